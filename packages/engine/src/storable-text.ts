import { z } from 'zod';
import { text } from './localized-text.js';

/**
 * Why a string cannot be stored, or undefined when it can: PostgreSQL's `text` and `jsonb` refuse
 * U+0000 and UTF-16 surrogates without their pair, so every store refuses them alike.
 */
export function unstorableString(value: string): 'nul' | 'loneSurrogate' | undefined {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0) return 'nul';
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return 'loneSurrogate';
      i++;
    }
  }
  return undefined;
}

/** The messages of {@link unstorableString}'s answers, for zod refinements and walks alike. */
export const UNSTORABLE_MESSAGES = {
  nul: text('字符串不能含 NUL 字符（U+0000）', 'a string cannot contain the NUL character (U+0000)'),
  loneSurrogate: text(
    '字符串含不成对的 UTF-16 代理项（U+D800–U+DFFF），不是有效的 Unicode 文本',
    'a string contains a UTF-16 surrogate without its pair (U+D800–U+DFFF): it is not valid Unicode text',
  ),
} as const;

/** A zod string that every store can keep (see {@link unstorableString}). */
export const storableString = z.string().superRefine((value, context) => {
  const problem = unstorableString(value);
  if (problem !== undefined) context.addIssue({ code: 'custom', message: UNSTORABLE_MESSAGES[problem].en, params: { storable: problem } });
});
