import type { MessageLanguage } from '../localized-text.js';

/** Where a CLI command writes, and the options every command shares. */
export interface CliContext {
  /** Writes one line of the command's output (standard output). */
  out(line: string): void;
  /** Writes one line of diagnostics (standard error). */
  err(line: string): void;
  /** The language of messages. */
  lang: MessageLanguage;
  /** Machine-readable output instead of lines for people. */
  json: boolean;
}
