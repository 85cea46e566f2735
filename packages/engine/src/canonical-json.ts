import { LimitError } from './errors.js';
import { joinPointer } from './json-pointer.js';
import { text } from './localized-text.js';

/**
 * How deeply canonical JSON may nest objects and arrays. Well below what `JSON.stringify` and
 * `JSON.parse` survive (about 4,000 levels on Node 20), so anything hashed can also be stored.
 */
export const MAX_CANONICAL_DEPTH = 1_000;

/** A container being written: its remaining keys (or indexes) and where it is. */
interface Frame {
  readonly value: Record<string, unknown> | unknown[];
  readonly keys: readonly string[] | undefined;
  next: number;
  written: number;
}

/**
 * Serializes a JSON value with object keys in sorted order, so equal values always give the same
 * text: the input of content hashes and of the audit hash chain. `undefined` properties are left
 * out and `undefined` array items become `null`, as JSON.stringify does. Works with its own stack,
 * never the call stack.
 *
 * @throws LimitError (`limit.jsonDepth`) for a value nested deeper than {@link MAX_CANONICAL_DEPTH}.
 */
export function canonicalJson(value: unknown): string {
  let out = '';
  const stack: Frame[] = [];
  const open = (item: unknown): void => {
    if (item === null || typeof item !== 'object') {
      out += JSON.stringify(item) ?? 'null';
      return;
    }
    if (stack.length >= MAX_CANONICAL_DEPTH) throw tooDeep(stack);
    if (Array.isArray(item)) {
      out += '[';
      stack.push({ value: item, keys: undefined, next: 0, written: 0 });
    } else {
      const keys = Object.keys(item);
      if (keys.length > 1) keys.sort();
      out += '{';
      stack.push({ value: item as Record<string, unknown>, keys, next: 0, written: 0 });
    }
  };
  open(value);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.keys === undefined) {
      const list = frame.value as unknown[];
      if (frame.next >= list.length) {
        out += ']';
        stack.pop();
        continue;
      }
      const index = frame.next++;
      if (index > 0) out += ',';
      open(list[index] ?? null);
      continue;
    }
    if (frame.next >= frame.keys.length) {
      out += '}';
      stack.pop();
      continue;
    }
    const key = frame.keys[frame.next++]!;
    const item = (frame.value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    out += (frame.written++ === 0 ? '' : ',') + JSON.stringify(key) + ':';
    open(item);
  }
  return out;
}

/** The error for a value too deep, pointing at it: each open container's current key, outermost first. */
function tooDeep(stack: readonly Frame[]): LimitError {
  const pointer = joinPointer('', ...stack.map((frame) => (frame.keys === undefined ? frame.next - 1 : frame.keys[frame.next - 1]!)));
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
