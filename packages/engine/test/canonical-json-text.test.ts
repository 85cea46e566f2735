import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/canonical-json.js';
import { propertyParameters, propertyTimeout } from './support/property-runs.js';

/** Canonical JSON the plain way: sorted keys, every string and key written by JSON.stringify. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => reference(item ?? null)).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort().filter((key) => record[key] !== undefined);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${reference(record[key])}`).join(',')}}`;
}

/** Strings JSON must escape or pass through: quotes, backslashes, control characters, paired and lone surrogates. */
const awkwardString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\u0000', '\u001f', '\u007f', '\u2028', '\ud800', '\udfff', '\ud83d\ude00', 'a', '市') }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    awkwardString,
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('node')),
    fc.dictionary(awkwardString, tie('node')),
  ),
})).node;

describe('canonical JSON', () => {
  it(
    'writes sorted keys and every string as JSON.stringify does, whatever the strings hold',
    () => {
      fc.assert(
        fc.property(value, (given) => {
          expect(canonicalJson(given)).toBe(reference(given));
        }),
        propertyParameters(500),
      );
    },
    propertyTimeout(),
  );

  it('writes a string with a lone surrogate, a quote or a control character escaped, as JSON.stringify does', () => {
    for (const text of ['\ud800', 'a\udc00b', '"', '\\', '\u0000', '\n', '\u001f']) {
      expect(canonicalJson({ [text]: text })).toBe(`{${JSON.stringify(text)}:${JSON.stringify(text)}}`);
    }
    expect(canonicalJson('\ud83d\ude00')).toBe('"\ud83d\ude00"');
  });
});
