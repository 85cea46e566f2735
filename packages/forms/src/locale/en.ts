import type { FormMessages } from './messages.js';
import { formatSize } from './zh-cn.js';

/** The package's own strings in English. */
export const en: FormMessages = {
  submit: 'Submit',
  required: 'required',
  addItem: 'Add',
  removeItem: (index) => `Remove item ${index}`,
  item: (index) => `Item ${index}`,
  errorSummary: (count) => (count === 1 ? 'One field needs attention' : `${count} fields need attention`),
  attach: 'Choose files',
  removeAttachment: (name) => `Remove attachment "${name}"`,
  uploadFailed: (name) => `Could not upload "${name}"`,
  uploading: 'Uploading…',
  empty: '(not given)',
  choose: 'Choose…',
  yes: 'Yes',
  no: 'No',
  fileSize: (bytes) => formatSize(bytes, ['bytes', 'KB', 'MB', 'GB']),
  hasErrors: 'has errors',
  previous: 'Previous',
  next: 'Next',
  step: (index, count) => `Step ${index} of ${count}`,
};
