/**
 * Records keyed by names that come from definitions or data (states, roles, forms, effects,
 * actions, units, fields). Such a name may be `constructor`, `toString` or `__proto__`: a plain
 * `record[name]` would find a member of Object.prototype, and `record[name] = value` with
 * `__proto__` would replace the prototype instead of storing a value. The functions here read and
 * write own properties only.
 */

/** The value `record` holds under `key` itself, never one inherited from its prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record !== null && record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty record without a prototype: every key, `__proto__` included, is an ordinary entry. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Sets `key` on `record` as an own property (also for `__proto__`), in place. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of `record` with `key` set to `value` as an own property (also for `__proto__`). */
export function withOwn<T>(record: Readonly<Record<string, T>> | null | undefined, key: string, value: T): Record<string, T> {
  const copy: Record<string, T> = { ...record };
  setOwn(copy, key, value);
  return copy;
}
