/** Small text helpers shared by the CLI commands. */
import type { Issue } from '../errors.js';
import type { MessageLanguage } from '../localized-text.js';

/** `FILE#/json/pointer: message`: how every located issue is printed. */
export function issueLine(file: string, issue: Issue, lang: MessageLanguage): string {
  return `${file}#${issue.pointer}: ${issue.message[lang]}`;
}

/** The width of a text in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(value: string): number {
  let width = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Pads a text with spaces to a display width (never cuts it). */
export function padDisplay(value: string, width: number): string {
  return value + ' '.repeat(Math.max(0, width - displayWidth(value)));
}

/** An instant as committee staff read it: China Standard Time, `2026-01-05 09:00`. */
export function formatInstant(instant: Date | string): string {
  const local = new Date(new Date(instant).getTime() + 8 * 3_600_000);
  if (Number.isNaN(local.getTime())) return String(instant);
  return local.toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * Text from a file or the command line made safe to print on a terminal: control characters
 * (escape sequences, carriage returns, line breaks) and bidirectional overrides are shown as `\u` escapes, not sent.
 */
export function printable(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
