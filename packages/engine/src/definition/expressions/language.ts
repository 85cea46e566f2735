/**
 * The fixed vocabulary of the expression language: the roots an expression reads from and the
 * property names it may never read.
 */

/** The root names an expression may read; any other bare name evaluates to `undefined`. */
export const EXPRESSION_ROOTS: readonly string[] = Object.freeze([
  'payload',
  'data',
  'actor',
  'instance',
  'branch',
  'branches',
  'now',
]);

/**
 * Names that lead from data to the object model (prototypes, constructors) rather than to data.
 * They are rejected when written literally and read as `undefined` when computed at run time.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
