/** A small deterministic random source (mulberry32): the same seed gives the same draws. */
export function randomSource(seed: number): { next(): number; int(below: number): number; pick<T>(items: readonly T[]): T } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { next, int, pick: (items) => items[int(items.length)]! };
}

type Schema = Record<string, unknown>;
const isSchema = (value: unknown): value is Schema => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A value that a JSON schema (as forms use them) probably accepts, drawn with `random`: every
 * required property and some optional ones, enum and const values, `oneOf` branches, strings
 * padded to `minLength` from `strings`. Schemas it does not understand give a string; `pattern`,
 * `format` and `if`/`then` are not honoured, so a payload may still be refused.
 */
export function sampleFromSchema(schema: unknown, random: ReturnType<typeof randomSource>, strings: readonly string[], depth = 0): unknown {
  if (!isSchema(schema) || depth > 20) return random.pick(strings);
  if (Object.hasOwn(schema, 'const')) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return random.pick(schema.enum);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches) && branches.length > 0) return sampleFromSchema(random.pick(branches), random, strings, depth + 1);
  }
  const type = Array.isArray(schema.type) ? random.pick(schema.type as unknown[]) : schema.type;
  switch (type) {
    case 'object': {
      const properties = isSchema(schema.properties) ? schema.properties : {};
      const required = new Set(Array.isArray(schema.required) ? schema.required.filter((key): key is string => typeof key === 'string') : []);
      const value: Record<string, unknown> = {};
      for (const key of Object.keys(properties)) {
        if (!required.has(key) && random.next() < 0.5) continue;
        Object.defineProperty(value, key, {
          value: sampleFromSchema(properties[key], random, strings, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return value;
    }
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const length = Math.min(min + random.int(3), typeof schema.maxItems === 'number' ? schema.maxItems : Infinity);
      const items = Array.from({ length }, () => sampleFromSchema(schema.items, random, strings, depth + 1));
      return schema.uniqueItems === true ? [...new Map(items.map((item) => [JSON.stringify(item), item])).values()] : items;
    }
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
      const max = typeof schema.maximum === 'number' ? schema.maximum : min + 100;
      const value = min + random.next() * (max - min);
      return type === 'integer' ? Math.ceil(value) : value;
    }
    case 'boolean':
      return random.next() < 0.5;
    case 'null':
      return null;
    default: {
      let value = random.pick(strings);
      const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
      while ([...value].length < min) value += random.pick(strings);
      if (typeof schema.maxLength === 'number') value = [...value].slice(0, schema.maxLength).join('');
      return value;
    }
  }
}
