/** Estimates the width in pixels of `text` set at `fontSize`: `(text, fontSize) => width`. */
export type MeasureText = (text: string, fontSize: number) => number;

/**
 * A font-independent estimate: a full-width character (Chinese, full-width punctuation) takes one
 * em, anything else six tenths of one. Enough to size boxes without a DOM; the element may pass a
 * measure that asks a canvas instead.
 */
export const estimateTextWidth: MeasureText = (text, fontSize) => {
  let ems = 0;
  for (const char of text) ems += char.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return Math.ceil(ems * fontSize);
};
