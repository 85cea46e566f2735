import type { JsonSchema } from './ui-schema.js';

/** Where a Control's scope leads: the field's schema, its data path, and the object holding it. */
export interface ScopeTarget {
  schema: JsonSchema;
  /** Property names from the scope's base (the form, or an array item) to the field. */
  tokens: string[];
  /** The schema of the object that holds the field; undefined for the scope `#`. */
  parent: JsonSchema | undefined;
}

/**
 * Resolves a JSON Forms scope (`#/properties/a/properties/b`) against `base`. A property may be
 * declared in `properties` or, as a conditional field, in the `properties` of `then`, `else`,
 * `allOf` or `dependentSchemas`. Undefined when the scope names nothing.
 */
export function resolveScope(base: JsonSchema, scope: string): ScopeTarget | undefined {
  if (scope === '#' || scope === '#/') return { schema: base, tokens: [], parent: undefined };
  if (!scope.startsWith('#/')) return undefined;
  const parts = scope
    .slice(2)
    .split('/')
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
  let schema = base;
  let parent: JsonSchema | undefined;
  const tokens: string[] = [];
  for (let at = 0; at < parts.length; at += 2) {
    const name = parts[at + 1];
    if (parts[at] !== 'properties' || name === undefined) return undefined;
    const next = propertyOf(schema, name);
    if (!next) return undefined;
    parent = schema;
    schema = next;
    tokens.push(name);
  }
  return { schema, tokens, parent };
}

/** The schema of property `name` of an object schema, wherever it is declared (see {@link resolveScope}). */
export function propertyOf(schema: JsonSchema, name: string): JsonSchema | undefined {
  const direct = record(schema.properties)[name];
  if (isSchema(direct)) return direct;
  for (const branch of conditionalBranches(schema)) {
    const found = propertyOf(branch, name);
    if (found) return found;
  }
  return undefined;
}

/** The subschemas that may add properties to an object under a condition. */
export function conditionalBranches(schema: JsonSchema): JsonSchema[] {
  return [schema.then, schema.else, ...(Array.isArray(schema.allOf) ? schema.allOf : []), ...Object.values(record(schema.dependentSchemas))].filter(isSchema);
}

/** Every property name of an object schema, those of `properties` first, then conditional ones. */
export function propertyNames(schema: JsonSchema): string[] {
  const names = new Set(Object.keys(record(schema.properties)));
  for (const branch of conditionalBranches(schema)) for (const name of propertyNames(branch)) names.add(name);
  return [...names];
}

/** Whether `value` is a schema object (not `true`/`false`, not a list). */
export function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object's entries, or an empty record for anything else. */
export function record(value: unknown): Record<string, unknown> {
  return isSchema(value) ? value : {};
}

/** Builds the scope of a property path: `['a', 'b']` → `#/properties/a/properties/b`. */
export function scopeOf(tokens: readonly string[]): string {
  return tokens.length === 0 ? '#' : '#' + tokens.map((token) => `/properties/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
