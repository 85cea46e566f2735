import { joinPointer, parsePointer } from '../../json-pointer.js';

/** Where a value of a resolved workflow was written: a file and a pointer into it. */
export interface Origin {
  file: string;
  pointer: string;
}

/**
 * Remembers where each part of a document under construction came from. An object or array keeps
 * its origin as long as it is the same object (renamed keys and moved states keep theirs); a
 * value written by an operation or a patch into an existing object records its own origin under
 * that key. Anything else is found under its parent's origin, at the same relative path.
 */
export class Provenance {
  private readonly objects = new WeakMap<object, Origin>();
  private readonly members = new WeakMap<object, Map<string, Origin>>();

  /** Records the origin of an object or array (and, by default, of everything inside it). */
  adopt(value: unknown, origin: Origin): void {
    if (value !== null && typeof value === 'object') this.objects.set(value, origin);
  }

  /** Records the origin of the value under `key` of `container`. */
  member(container: object, key: string, origin: Origin): void {
    let map = this.members.get(container);
    if (map === undefined) this.members.set(container, (map = new Map()));
    map.set(key, origin);
  }

  /** Moves a member origin when a key is renamed. */
  renameMember(container: object, from: string, to: string): void {
    const map = this.members.get(container);
    const origin = map?.get(from);
    if (map === undefined || origin === undefined) return;
    map.delete(from);
    map.set(to, origin);
  }

  /**
   * Shifts the member origins of `array` at `index` and after one place up, for an element
   * inserted at `index`.
   */
  shiftMembers(array: unknown[], index: number): void {
    const map = this.members.get(array);
    if (map === undefined) return;
    for (let at = array.length - 2; at >= index; at--) {
      const origin = map.get(String(at));
      map.delete(String(at));
      if (origin !== undefined) map.set(String(at + 1), origin);
    }
  }

  /** Where the value at `pointer` of `document` came from (a missing value: where it would be). */
  locate(document: unknown, pointer: string, fallback: Origin): Origin {
    let origin = this.objects.get(document as object) ?? fallback;
    let current: unknown = document;
    for (const token of parsePointer(pointer) ?? []) {
      if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) {
        origin = { file: origin.file, pointer: joinPointer(origin.pointer, token) };
        current = undefined;
        continue;
      }
      const next = (current as Record<string, unknown>)[token];
      origin =
        (next !== null && typeof next === 'object' ? this.objects.get(next) : undefined) ??
        this.members.get(current)?.get(token) ??
        { file: origin.file, pointer: joinPointer(origin.pointer, token) };
      current = next;
    }
    return origin;
  }
}

/**
 * A deep copy of a JSON value whose objects and arrays record their origin in `provenance`
 * (`origin` and the relative path below it). Keys such as `__proto__` stay own properties.
 * Iterative, so any depth the reader accepted is copied without recursion.
 */
export function copyWithOrigin(value: unknown, origin: Origin, provenance: Provenance): unknown {
  const root = { value: undefined as unknown };
  const stack: Array<{ source: unknown; origin: Origin; assign: (copy: unknown) => void }> = [
    { source: value, origin, assign: (copy) => (root.value = copy) },
  ];
  while (stack.length > 0) {
    const { source, origin: at, assign } = stack.pop()!;
    if (source === null || typeof source !== 'object') {
      assign(source);
      continue;
    }
    if (Array.isArray(source)) {
      const copy: unknown[] = new Array(source.length);
      provenance.adopt(copy, at);
      assign(copy);
      source.forEach((item, index) =>
        stack.push({ source: item, origin: { file: at.file, pointer: joinPointer(at.pointer, index) }, assign: (child) => (copy[index] = child) }),
      );
      continue;
    }
    const copy: Record<string, unknown> = {};
    provenance.adopt(copy, at);
    assign(copy);
    for (const key of Object.keys(source)) {
      defineOwn(copy, key, undefined);
      stack.push({
        source: (source as Record<string, unknown>)[key],
        origin: { file: at.file, pointer: joinPointer(at.pointer, key) },
        assign: (child) => defineOwn(copy, key, child),
      });
    }
  }
  return root.value;
}

/** Writes an own, enumerable property: a key such as `__proto__` is data, never the prototype. */
export function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** True for a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
