/**
 * The one place that configures and calls jsep.
 *
 * jsep keeps its operator table in module-global state shared by every user of the package in
 * the process, so the language changes it as little as possible: it only ADDS the binary
 * operator `in`, at the precedence of `<` (as in JavaScript), once, when this module loads.
 * Nothing is removed: operators the language does not allow (bitwise, `**`, `??`, unary `+`, …)
 * still parse and are rejected by the compiler with a message that names them.
 */
import jsep from 'jsep';

/** A parsed expression tree, as jsep builds it. */
export type SyntaxNode = jsep.Expression;

const IN_OPERATOR = 'in';
const RELATIONAL_PRECEDENCE = 7;

if (!Object.hasOwn(jsep.binary_ops, IN_OPERATOR)) {
  jsep.addBinaryOp(IN_OPERATOR, RELATIONAL_PRECEDENCE);
}

/** A parse failure: jsep's own description (English) and the character index it stopped at. */
export interface ParseFailure {
  ok: false;
  /** Why parsing stopped, as jsep words it, or `tooDeep` when the nesting exhausted the stack. */
  description: string;
  index?: number;
}

/** Parses an expression; never throws. */
export function parse(source: string): { ok: true; node: SyntaxNode } | ParseFailure {
  try {
    return { ok: true, node: jsep(source) };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, description: 'tooDeep' };
    const { description, index } = error as { description?: unknown; index?: unknown };
    return typeof description === 'string' && typeof index === 'number'
      ? { ok: false, description, index }
      : { ok: false, description: String(error) };
  }
}

/** All operator spellings jsep currently recognises, longest first (used to locate tokens). */
export function knownOperators(): string[] {
  return [...new Set([...Object.keys(jsep.binary_ops), ...Object.keys(jsep.unary_ops)])].sort(
    (a, b) => b.length - a.length,
  );
}
