import { LimitError } from './errors.js';
import { joinPointer } from './json-pointer.js';
import { text } from './localized-text.js';

/**
 * How deeply canonical JSON may nest objects and arrays. Well below what `JSON.stringify` and
 * `JSON.parse` survive (about 4,000 levels on Node 20), so anything hashed can also be stored, and
 * well within the call stack.
 */
export const MAX_CANONICAL_DEPTH = 1_000;

/**
 * Serializes a JSON value with object keys in sorted order, so equal values always give the same
 * text: the input of content hashes and of the audit hash chain. `undefined` properties are left
 * out and `undefined` array items become `null`, as JSON.stringify does.
 *
 * @throws LimitError (`limit.jsonDepth`) for a value nested deeper than {@link MAX_CANONICAL_DEPTH},
 * pointing at the first container too deep — checked as it goes, before the stack could run out.
 */
export function canonicalJson(value: unknown): string {
  return write(value, 0, value);
}

/** Characters JSON.stringify escapes (and surrogates, which it escapes when unpaired). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it; most strings need no escape and are quoted directly. */
function quote(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

function write(value: unknown, depth: number, root: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (depth >= MAX_CANONICAL_DEPTH) throw tooDeep(root);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + write(value[i] ?? null, depth + 1, root);
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length > 1) keys.sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += (first ? '' : ',') + quote(key) + ':' + write(item, depth + 1, root);
    first = false;
  }
  return out + '}';
}

/** The error for a value too deep, at the first container beyond the limit in canonical order (found without recursion). */
function tooDeep(root: unknown): LimitError {
  const pending: Array<{ value: unknown; pointer: string; depth: number }> = [{ value: root, pointer: '', depth: 0 }];
  let pointer = '';
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.depth >= MAX_CANONICAL_DEPTH) {
      pointer = next.pointer;
      break;
    }
    const record = next.value as Record<string, unknown>;
    const keys = Array.isArray(record) ? record.map((_, index) => String(index)) : Object.keys(record).sort();
    for (let i = keys.length - 1; i >= 0; i--) {
      pending.push({ value: record[keys[i]!], pointer: joinPointer(next.pointer, keys[i]!), depth: next.depth + 1 });
    }
  }
  return new LimitError('limit.jsonDepth', [
    {
      pointer,
      code: 'limit.jsonDepth',
      message: text(
        `嵌套过深：对象和数组最多嵌套 ${MAX_CANONICAL_DEPTH} 层`,
        `Nested too deeply: objects and arrays may be nested at most ${MAX_CANONICAL_DEPTH} levels deep`,
      ),
    },
  ]);
}
