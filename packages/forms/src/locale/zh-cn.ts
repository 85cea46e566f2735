import type { FormMessages } from './messages.js';

/** The package's own strings in Chinese (simplified). */
export const zhCN: FormMessages = {
  submit: '提交',
  required: '必填',
  addItem: '添加一项',
  removeItem: (index) => `删除第 ${index} 项`,
  item: (index) => `第 ${index} 项`,
  errorSummary: (count) => `表单有 ${count} 处需要修改`,
  attach: '选择文件',
  removeAttachment: (name) => `删除附件“${name}”`,
  uploadFailed: (name) => `“${name}”上传失败`,
  uploading: '正在上传…',
  empty: '（未填写）',
  choose: '请选择',
  yes: '是',
  no: '否',
  fileSize: (bytes) => formatSize(bytes, ['字节', 'KB', 'MB', 'GB']),
  hasErrors: '有错误',
  previous: '上一步',
  next: '下一步',
  step: (index, count) => `第 ${index} 步，共 ${count} 步`,
};

/** `1.5 MB`, `320 KB`, `12 字节`: one decimal from KB up. */
export function formatSize(bytes: number, units: readonly [string, string, string, string]): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} ${units[0]}` : `${value.toFixed(1)} ${units[unit]}`;
}
