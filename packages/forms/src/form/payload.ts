import { parsePointer } from '@luzhi/engine';

/**
 * The payload a form submits: its value without the omitted fields (hidden, read-only by
 * permission, not offered now), without empty text (`""` means not given, as in an HTML form),
 * and without blank entries of value lists. Nothing else is changed: the engine's validator
 * judges the rest.
 */
export function buildPayload(value: unknown, omitted: ReadonlySet<string>): Record<string, unknown> {
  const cleaned = clean(value, '', omitted);
  return cleaned !== null && typeof cleaned === 'object' && !Array.isArray(cleaned) ? (cleaned as Record<string, unknown>) : {};
}

function clean(value: unknown, pointer: string, omitted: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) {
    return value
      .map((item, index) => clean(item, `${pointer}/${index}`, omitted))
      .filter((item) => item !== undefined);
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (omitted.has(at)) continue;
      const kept = clean(entry, at, omitted);
      // Defined, not assigned: a field named "__proto__" stays an ordinary field.
      if (kept !== undefined) Object.defineProperty(result, key, { value: kept, enumerable: true, writable: true, configurable: true });
    }
    return result;
  }
  return value === '' ? undefined : value;
}

/** The tokens of a pointer built by the form (always valid). */
export function tokensOf(pointer: string): string[] {
  return parsePointer(pointer) ?? [];
}
