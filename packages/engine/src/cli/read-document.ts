import { readFile } from 'node:fs/promises';
import { parseDefinitionText } from '../definition/validate.js';
import type { ReadDocument } from '../definition/workflow-source.js';
import { text, type LocalizedText } from '../localized-text.js';

export type { ReadDocument } from '../definition/workflow-source.js';

const REASONS: Record<string, LocalizedText> = {
  ENOENT: text('文件不存在', 'no such file'),
  EACCES: text('没有读取权限', 'permission denied'),
  EPERM: text('没有读取权限', 'permission denied'),
  EISDIR: text('这是一个目录，不是文件', 'it is a directory, not a file'),
};

/**
 * Reads a JSON file as text and parses it with {@link parseDefinitionText}, so that syntax errors
 * come with their line and column and duplicate keys are reported. A file that cannot be read is
 * an issue (`file.unreadable`), never an exception.
 */
export async function readDocument(file: string): Promise<ReadDocument> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? text(String((error as Error).message), String((error as Error).message));
    return {
      issues: [
        {
          pointer: '',
          code: 'file.unreadable',
          message: text(`无法读取文件：${reason['zh-CN']}`, `cannot read the file: ${reason.en}`),
        },
      ],
      positions: new Map(),
    };
  }
  const parsed = parseDefinitionText(source);
  return {
    ...(parsed.value === undefined && parsed.issues.some((issue) => issue.code === 'json.syntax')
      ? {}
      : { value: parsed.value }),
    issues: parsed.issues,
    positions: parsed.positions,
  };
}
