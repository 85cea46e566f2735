/**
 * The operators of the language. `&&`, `||` and `? :` short-circuit, so the compiler builds them
 * itself; every other operator is a plain function of its evaluated operands, listed here.
 */
import { deepEqual, finiteOrUndefined, isMember } from './values.js';

type BinaryOperator = (left: unknown, right: unknown) => unknown;
type UnaryOperator = (operand: unknown) => unknown;

/** Both numbers or both strings: the only pairs `<` and friends, and `+`, are defined for. */
function sameKind(left: unknown, right: unknown): left is number | string {
  return (
    (typeof left === 'number' && typeof right === 'number') ||
    (typeof left === 'string' && typeof right === 'string')
  );
}

function arithmetic(operate: (left: number, right: number) => number): BinaryOperator {
  return (left, right) =>
    typeof left === 'number' && typeof right === 'number' ? finiteOrUndefined(operate(left, right)) : undefined;
}

const equal: BinaryOperator = (left, right) => deepEqual(left, right);
const notEqual: BinaryOperator = (left, right) => !deepEqual(left, right);

/** Binary operators evaluated after both operands; `===` and `!==` are synonyms of `==` and `!=`. */
export const BINARY_OPERATORS: ReadonlyMap<string, BinaryOperator> = new Map<string, BinaryOperator>([
  ['==', equal],
  ['===', equal],
  ['!=', notEqual],
  ['!==', notEqual],
  ['<', (left, right) => sameKind(left, right) && left < (right as typeof left)],
  ['<=', (left, right) => sameKind(left, right) && left <= (right as typeof left)],
  ['>', (left, right) => sameKind(left, right) && left > (right as typeof left)],
  ['>=', (left, right) => sameKind(left, right) && left >= (right as typeof left)],
  [
    '+',
    (left, right) => {
      if (typeof left === 'number' && typeof right === 'number') return finiteOrUndefined(left + right);
      if (typeof left === 'string' && typeof right === 'string') return left + right;
      return undefined;
    },
  ],
  ['-', arithmetic((left, right) => left - right)],
  ['*', arithmetic((left, right) => left * right)],
  ['/', arithmetic((left, right) => left / right)],
  ['%', arithmetic((left, right) => left % right)],
  ['in', (left, right) => isMember(left, right)],
]);

/** Unary operators: `!` gives a boolean by JavaScript truthiness, `-` negates numbers only. */
export const UNARY_OPERATORS: ReadonlyMap<string, UnaryOperator> = new Map<string, UnaryOperator>([
  ['!', (operand) => !operand],
  ['-', (operand) => (typeof operand === 'number' ? -operand : undefined)],
]);

/** Operators that evaluate their right operand only when needed, with JavaScript's semantics. */
export const SHORT_CIRCUIT_OPERATORS: ReadonlySet<string> = new Set(['&&', '||']);
