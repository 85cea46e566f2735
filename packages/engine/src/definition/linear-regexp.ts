import { RE2JS } from 're2js';

/** What ajv needs of a compiled `pattern`: a search that says whether the pattern occurs in a string. */
export interface LinearRegExp {
  test(input: string): boolean;
  toString(): string;
}

/** The start of the message of the error {@link linearRegExp} throws; schema compilation recognizes it. */
export const UNSUPPORTED_PATTERN = 'unsupported pattern';

// `\p{Script=Han}` and `\p{sc=Han}` are ECMAScript's spellings of RE2's `\p{Han}`.
const SCRIPT_PROPERTY = /\\([pP])\{(?:Script|sc)=([A-Za-z_]+)\}/g;

/**
 * Compiles a JSON Schema `pattern` (or a `patternProperties` key) for a matcher that runs in time
 * linear in the input (RE2's automata, in plain JavaScript: the same in Node and in the browser).
 * No pattern can backtrack: `^(a+)+$` on a long string of `a`s answers at once. The price is
 * RE2's syntax: backreferences (`\1`) and lookaround (`(?=`, `(?!`, `(?<=`, `(?<!`) are refused,
 * which makes the schema fail to compile. `flags` are ECMAScript flags (`u`, `i`, `m`, `s`).
 * @throws Error whose message starts with {@link UNSUPPORTED_PATTERN}.
 */
export function linearRegExp(pattern: string, flags = ''): LinearRegExp {
  let compiled: RE2JS;
  try {
    const translated = RE2JS.translateRegExp(pattern.replace(SCRIPT_PROPERTY, '\\$1{$2}'));
    compiled = RE2JS.compile(
      translated,
      (flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0) |
        (flags.includes('m') ? RE2JS.MULTILINE : 0) |
        (flags.includes('s') ? RE2JS.DOTALL : 0),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${UNSUPPORTED_PATTERN} ${JSON.stringify(pattern)}: ${reason}`);
  }
  return {
    test: (input) => compiled.test(input),
    toString: () => `/${pattern}/${flags}`,
  };
}
