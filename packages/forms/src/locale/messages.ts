/**
 * The package's own strings (buttons, markers, summaries): never the page's. Field titles and
 * validation messages come from the workflow definition and the engine, which carry their own
 * languages.
 */
export interface FormMessages {
  /** The submit button, when the form does not name its own. */
  submit: string;
  /** Beside the label of a required field, for screen readers (the visible marker is `*`). */
  required: string;
  /** Adds a row to a repeatable group. */
  addItem: string;
  /** Removes row `index` (1-based) of a repeatable group. */
  removeItem: (index: number) => string;
  /** The heading of one row of a repeatable group. */
  item: (index: number) => string;
  /** Above the list of problems after a refused submit. */
  errorSummary: (count: number) => string;
  /** Chooses files for an attachment field. */
  attach: string;
  /** Removes an attachment. */
  removeAttachment: (name: string) => string;
  /** An upload that the host's callback refused. */
  uploadFailed: (name: string) => string;
  /** Shown while files upload. */
  uploading: string;
  /** A value not given, in read-only review mode. */
  empty: string;
  /** The empty choice of a select. */
  choose: string;
  /** Yes and no, for a boolean in review mode. */
  yes: string;
  no: string;
  /** A file size for display. */
  fileSize: (bytes: number) => string;
  /** Beside the name of a tab or step whose fields have errors, for screen readers (the visible marker is `!`). */
  hasErrors: string;
  /** The buttons that move between the steps of a stepper. */
  previous: string;
  next: string;
  /** The number of a step, before its name: step `index` (1-based) of `count`. */
  step: (index: number, count: number) => string;
}
