/**
 * JSON Pointer (RFC 6901) helpers. Every error that points into a definition, a payload or the
 * instance data uses a pointer built here.
 */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a pointer from its tokens: `['states', 'a/b']` → `/states/a~1b`. */
export function toPointer(tokens: ReadonlyArray<string | number>): string {
  return tokens.map((token) => '/' + escapeToken(token)).join('');
}

/** Appends tokens to an existing pointer. */
export function joinPointer(pointer: string, ...tokens: Array<string | number>): string {
  return pointer + toPointer(tokens);
}

/**
 * Splits a pointer into its unescaped tokens. Returns `undefined` for a string that is not a
 * pointer (non-empty and not starting with `/`, or a `~` not followed by 0 or 1).
 */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/') || /~[^01]|~$/.test(pointer)) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** An array index as RFC 6901 writes it: `0`, or digits without a leading zero. */
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

/**
 * Reads the value at a pointer, or `undefined` when a step is missing. An array is stepped into
 * by an index only (`0`, `12`): never by `length`, `-1` or `01`.
 */
export function getAtPointer(document: unknown, tokens: readonly string[]): unknown {
  let current: unknown = document;
  for (const token of tokens) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) {
      return undefined;
    }
    if (Array.isArray(current) && !ARRAY_INDEX.test(token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/**
 * Returns a copy of `document` with `value` written at the pointer, copying only the objects and
 * arrays along the path (the rest is shared). Missing intermediate objects are created, and a
 * missing list where the pointer appends (`-`) is created as a list.
 */
export function setAtPointer<T>(document: T, tokens: readonly string[], value: unknown): T {
  if (tokens.length === 0) return value as T;
  const [head, ...rest] = tokens as [string, ...string[]];
  const container: unknown = document === undefined && head === '-' ? [] : document;
  if (Array.isArray(container)) {
    const copy = container.slice();
    const index = head === '-' ? copy.length : Number(head);
    copy[index] = setAtPointer(copy[index], rest, value);
    return copy as T;
  }
  const base =
    container !== null && typeof container === 'object' ? (container as Record<string, unknown>) : {};
  const copy: Record<string, unknown> = { ...base };
  // Defined, not assigned: a token such as "__proto__" becomes an ordinary property.
  Object.defineProperty(copy, head, {
    value: setAtPointer(Object.hasOwn(base, head) ? base[head] : undefined, rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy as T;
}

/**
 * Returns a copy of `document` without the value at the pointer, copying only the objects and
 * arrays along the path; the document itself when there is nothing there.
 */
export function removeAtPointer<T>(document: T, tokens: readonly string[]): T {
  if (tokens.length === 0 || document === null || typeof document !== 'object') return document;
  const [head, ...rest] = tokens as [string, ...string[]];
  if (!Object.hasOwn(document, head)) return document;
  if (Array.isArray(document)) {
    const index = Number(head);
    if (!Number.isInteger(index) || index < 0 || index >= document.length) return document;
    const copy = document.slice();
    if (rest.length === 0) copy.splice(index, 1);
    else copy[index] = removeAtPointer(copy[index], rest);
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...(document as Record<string, unknown>) };
  if (rest.length === 0) delete copy[head];
  else {
    Object.defineProperty(copy, head, {
      value: removeAtPointer((document as Record<string, unknown>)[head], rest),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy as T;
}
