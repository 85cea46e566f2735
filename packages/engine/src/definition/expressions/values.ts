/**
 * Run-time semantics shared by operators and functions. Every helper accepts any value and
 * answers `undefined` or `false` for a shape it does not handle: evaluation never throws on data.
 */
import { FORBIDDEN_KEYS } from './language.js';

/** An object made by a JSON parser or an object literal: its prototype is `Object.prototype` or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Reads one member: an own property of an array or plain object, or `length` of a string.
 * Keys other than strings and numbers, and the forbidden names, read as `undefined`.
 */
export function readMember(target: unknown, key: unknown): unknown {
  let name: string;
  if (typeof key === 'string') name = key;
  else if (typeof key === 'number') name = String(key);
  else return undefined;
  if (FORBIDDEN_KEYS.has(name)) return undefined;
  if (typeof target === 'string') return name === 'length' ? target.length : undefined;
  if (Array.isArray(target) || isPlainObject(target)) {
    return Object.hasOwn(target, name) ? (target as Record<string, unknown>)[name] : undefined;
  }
  return undefined;
}

/** Reads a chain of members; a missing step gives `undefined`. */
export function readPath(target: unknown, path: readonly string[]): unknown {
  let current = target;
  for (const name of path) {
    if (current === undefined) return undefined;
    current = readMember(current, name);
  }
  return current;
}

/** Reads a root from the scope; only the scope's own properties count. */
export function readRoot(scope: unknown, name: string): unknown {
  if (scope === null || typeof scope !== 'object' || !Object.hasOwn(scope, name)) return undefined;
  return (scope as Record<string, unknown>)[name];
}

/**
 * `==` of the language: strict equality for primitives, structural equality for arrays and plain
 * objects (same own keys, equal values), identity for any other object.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return structurallyEqual(a, b, new Map());
}

function structurallyEqual(a: unknown, b: unknown, comparing: Map<object, Set<object>>): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const isArray = Array.isArray(a);
  if (isArray !== Array.isArray(b)) return false;
  if (!isArray && !(isPlainObject(a) && isPlainObject(b))) return false;

  // A pair met again while it is still being compared is part of a cycle: assuming it equal
  // lets the rest of the structure decide, and keeps cyclic data from recursing forever.
  let partners = comparing.get(a);
  if (partners?.has(b)) return true;
  if (!partners) comparing.set(a, (partners = new Set()));
  partners.add(b);

  if (isArray) {
    const left = a as unknown[];
    const right = b as unknown[];
    if (left.length !== right.length) return false;
    for (let i = 0; i < left.length; i++) {
      if (!structurallyEqual(left[i], right[i], comparing)) return false;
    }
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(right, key) || !structurallyEqual(left[key], right[key], comparing)) return false;
  }
  return true;
}

/**
 * `item in container`: an element equal (as `==`) to `item` of an array, a substring of a string,
 * or an own key of a plain object. Anything else is `false`.
 */
export function isMember(item: unknown, container: unknown): boolean {
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) {
      if (deepEqual(container[i], item)) return true;
    }
    return false;
  }
  if (typeof container === 'string') return typeof item === 'string' && container.includes(item);
  if (isPlainObject(container) && (typeof item === 'string' || typeof item === 'number')) {
    const key = String(item);
    return !FORBIDDEN_KEYS.has(key) && Object.hasOwn(container, key);
  }
  return false;
}

/** A number result, or `undefined` when it is not finite (division by zero, overflow). */
export function finiteOrUndefined(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}
