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

/**
 * Exit statuses of `luzhi`: 0 everything passed; 1 a definition or calendar file has issues, or a
 * scenario step failed; 2 a usage error; 3 `calendar check` found the current or the next year
 * without calendar data.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, yearMissing: 3 } as const;
