import { joinPointer } from '../json-pointer.js';

/**
 * Where `value` nests deeper than `maxDepth` objects and arrays, as a JSON pointer, or undefined
 * when it does not. The walk stops at `maxDepth`, so that no input can overflow the call stack;
 * a cycle counts as nesting without end and is found the same way.
 */
export function pointerBeyondDepth(value: unknown, maxDepth: number): string | undefined {
  const found = deeper(value, maxDepth);
  return found === undefined ? undefined : pathTo(value, found, maxDepth);
}

/**
 * The first object found `depth` levels down, or undefined. Recursive, but never more than
 * `depth` calls deep, which callers keep in the hundreds: rows are read on every command.
 */
function deeper(value: unknown, depth: number): object | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth <= 0) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = deeper(item, depth - 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const found = deeper((value as Record<string, unknown>)[key], depth - 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The pointer of `target`, found at `depth` under `root` (again with an explicit stack). */
function pathTo(root: unknown, target: unknown, depth: number): string {
  const stack: Array<{ value: unknown; keys: string[] }> = [{ value: root, keys: [] }];
  while (stack.length > 0) {
    const { value, keys } = stack.pop()!;
    if (value === target && keys.length === depth) return joinPointer('', ...keys);
    if (value === null || typeof value !== 'object' || keys.length >= depth) continue;
    for (const key of Object.keys(value)) stack.push({ value: (value as Record<string, unknown>)[key], keys: [...keys, key] });
  }
  return '';
}
