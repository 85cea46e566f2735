import type { LocalizedText } from '../../localized-text.js';

/**
 * A root identifier and the static member chain read from it: `payload.a.b` →
 * `{ root: 'payload', path: ['a', 'b'] }`. A computed access (`x[y]`) ends the static path.
 */
export interface ExpressionReference {
  root: string;
  path: readonly string[];
}

/** The values an expression can read, by root name (`payload`, `data`, `actor`, …). */
export type ExpressionScope = { readonly [root: string]: unknown };

/** An expression compiled once into closures; `evaluate` may be called any number of times. */
export interface CompiledExpression {
  readonly source: string;
  /** every root identifier used, with its static member path */
  readonly references: readonly ExpressionReference[];
  evaluate(scope: ExpressionScope): unknown;
}

/** The error codes `compileExpression` reports. */
export type ExpressionErrorCode = 'expression.syntax' | 'expression.forbidden' | 'expression.unknownFunction';

/** The outcome of compiling one expression: the compiled form, or why it was rejected. */
export type CompileResult =
  | { ok: true; expression: CompiledExpression }
  | { ok: false; code: ExpressionErrorCode; message: LocalizedText; index?: number };
