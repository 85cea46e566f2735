/**
 * The safe expression language of workflow definitions (guards in `when`, values in `set` and in
 * effect arguments). Expressions are parsed by jsep and compiled once into closures: nothing is
 * ever passed to `eval` or `new Function`, and only the scope's roots, own data properties and a
 * few whitelisted functions are reachable. The language is described in docs/expressions.md.
 */
import { compileTree, ExpressionRejection } from './compiler.js';
import { parseErrorMessage, syntaxMessage } from './messages.js';
import { parse } from './parser.js';
import { text } from '../../localized-text.js';
import type { CompileResult, CompiledExpression, ExpressionScope } from './types.js';

export { EXPRESSION_ROOTS } from './language.js';
export type { CompileResult, CompiledExpression, ExpressionReference, ExpressionScope } from './types.js';

/**
 * Parses and compiles an expression. Never throws: a rejected source gives `ok: false` with
 * `expression.syntax`, `expression.forbidden` or `expression.unknownFunction`, a bilingual message
 * and, when it can be located, the character index (from 0) of the problem.
 */
export function compileExpression(source: string): CompileResult {
  if (typeof source !== 'string') {
    const message = syntaxMessage(text(typeof source, typeof source), undefined, text('文本形式的表达式', 'an expression as a string'));
    return { ok: false, code: 'expression.syntax', message };
  }
  const parsed = parse(source);
  if (!parsed.ok) {
    const message = parseErrorMessage(source, parsed.description, parsed.index);
    return parsed.index === undefined
      ? { ok: false, code: 'expression.syntax', message }
      : { ok: false, code: 'expression.syntax', message, index: parsed.index };
  }
  try {
    const { evaluate, references } = compileTree(parsed.node, source);
    const expression: CompiledExpression = Object.freeze({ source, references, evaluate });
    return { ok: true, expression };
  } catch (error) {
    if (!(error instanceof ExpressionRejection)) throw error;
    const { code, message, index } = error;
    return index === undefined ? { ok: false, code, message } : { ok: false, code, message, index };
  }
}

/** A guard holds only when the expression evaluates to exactly `true`. */
export function evaluateGuard(expression: CompiledExpression, scope: ExpressionScope): boolean {
  return expression.evaluate(scope) === true;
}
