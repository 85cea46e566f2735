/**
 * A light tokenizer used only to point at the place of a rejected construct: jsep's tree carries
 * no positions, so after the compiler finds, say, a `&` it looks the operator up here. It runs
 * only on sources that already parsed, and only when something is being reported.
 */
import { knownOperators } from './parser.js';

/** One token of a source and the character index where it starts. */
export interface SourceToken {
  readonly kind: 'name' | 'number' | 'string' | 'punctuation';
  readonly text: string;
  readonly index: number;
}

// jsep's identifiers: ASCII letters, `$`, `_` and any non-ASCII character, then digits too.
const NAME = /[A-Za-z$_\u0080-\uffff][\w$\u0080-\uffff]*/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const SPACE = new Set([' ', '\t', '\n', '\r']);
const FIXED_PUNCTUATION = ['?.', '(', ')', '[', ']', ',', ';', ':', '?', '.'];

/** Splits a source into tokens; unknown characters become one-character punctuation. */
export function tokenize(source: string): SourceToken[] {
  const symbols = [...knownOperators().filter((op) => !/^[A-Za-z]/.test(op)), ...FIXED_PUNCTUATION].sort(
    (a, b) => b.length - a.length,
  );
  const tokens: SourceToken[] = [];
  let index = 0;
  const sticky = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = index;
    return pattern.exec(source)?.[0];
  };
  while (index < source.length) {
    const char = source.charAt(index);
    if (SPACE.has(char)) {
      index++;
      continue;
    }
    let kind: SourceToken['kind'];
    let text: string | undefined;
    if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < source.length && source.charAt(end) !== char) end += source.charAt(end) === '\\' ? 2 : 1;
      kind = 'string';
      text = source.slice(index, end + 1);
    } else if ((text = sticky(NUMBER)) !== undefined) {
      kind = 'number';
    } else if ((text = sticky(NAME)) !== undefined) {
      kind = 'name';
    } else {
      kind = 'punctuation';
      text = symbols.find((symbol) => source.startsWith(symbol, index)) ?? char;
    }
    tokens.push({ kind, text, index });
    index += text.length;
  }
  return tokens;
}

const WORD_OPERATORS = new Set(['in']);

/** Whether a token can end an operand (so a following `(` is a call and `-` is binary). */
export function isOperandEnd(token: SourceToken | undefined): boolean {
  if (token === undefined) return false;
  if (token.kind === 'name') return !WORD_OPERATORS.has(token.text);
  return token.kind !== 'punctuation' || token.text === ')' || token.text === ']';
}

function isOperandStart(token: SourceToken | undefined): boolean {
  if (token === undefined) return false;
  if (token.kind === 'name') return !WORD_OPERATORS.has(token.text);
  return token.kind !== 'punctuation' || token.text === '!' || token.text === '~';
}

/** The index of the first token with this text, optionally only where `where` holds. */
export function locate(
  tokens: readonly SourceToken[],
  text: string,
  where: (previous: SourceToken | undefined, next: SourceToken | undefined) => boolean = () => true,
): number | undefined {
  const position = tokens.findIndex(
    (token, i) => token.text === text && where(tokens[i - 1], tokens[i + 1]),
  );
  return tokens[position]?.index;
}

/** The index of a binary use of an operator (`a & b`), as opposed to a unary one. */
export function locateBinary(tokens: readonly SourceToken[], operator: string): number | undefined {
  return locate(tokens, operator, (previous) => isOperandEnd(previous));
}

/** The index of a unary use of an operator (`-x`, `~x`). */
export function locateUnary(tokens: readonly SourceToken[], operator: string): number | undefined {
  return locate(tokens, operator, (previous) => !isOperandEnd(previous));
}

/** The index of a call of a bare name: `name(`. */
export function locateCall(tokens: readonly SourceToken[], name: string): number | undefined {
  return locate(tokens, name, (previous, next) => next?.text === '(' && !isMemberDot(previous));
}

/** The index of the `(` of a call whose callee is not a bare name (`payload.f()`, `(x)()`). */
export function locateIndirectCall(tokens: readonly SourceToken[]): number | undefined {
  const position = tokens.findIndex((token, i) => {
    const callee = tokens[i - 1];
    if (token.text !== '(' || !isOperandEnd(callee)) return false;
    return callee?.kind !== 'name' || isMemberDot(tokens[i - 2]);
  });
  return tokens[position]?.index;
}

/** The index of an array hole (`[1, , 2]`). */
export function locateHole(tokens: readonly SourceToken[]): number | undefined {
  const position = tokens.findIndex(
    (token, i) => token.text === ',' && ['[', ','].includes(tokens[i - 1]?.text ?? ''),
  );
  return tokens[position]?.index;
}

/**
 * The index where a second expression starts without an operator joining it to the first:
 * at the top level (`a b`, `a; b`), inside a grouping parenthesis (`(a, b)`), or between the
 * items of a list or call written without commas (`['A' 'B']`, which jsep accepts).
 */
export function locateSecondExpression(
  tokens: readonly SourceToken[],
  within: 'top' | 'group' | 'list',
): number | undefined {
  const open: Array<'group' | 'list' | 'index'> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    const here = open.at(-1) ?? 'top';
    if (token.text === '(') {
      open.push(isOperandEnd(previous) ? 'list' : 'group');
    } else if (token.text === '[') {
      open.push(isOperandEnd(previous) ? 'index' : 'list');
    } else if (token.text === ')' || token.text === ']') {
      open.pop();
    } else if (here !== within) {
      continue;
    } else if (within !== 'list' && (token.text === ',' || token.text === ';')) {
      return token.index;
    } else if (isOperandEnd(previous) && isOperandStart(token)) {
      return token.index;
    }
  }
  return undefined;
}

function isMemberDot(token: SourceToken | undefined): boolean {
  return token?.text === '.' || token?.text === '?.';
}
