/** A JSON Schema object as a form reads it. */
export type FormJsonSchema = { [keyword: string]: unknown };

/** Where a Control's scope leads: the field's schema, its data path, and the object holding it. */
export interface ScopeTarget {
  schema: FormJsonSchema;
  /** Property names from the scope's base (the form, or an array item) to the field. */
  tokens: string[];
  /** The schema of the object that holds the field; undefined for the scope `#`. */
  parent: FormJsonSchema | undefined;
}

/**
 * Resolves a JSON Forms scope (`#/properties/a/properties/b`) against `base`. A property may be
 * declared in `properties` or, as a conditional field, in the `properties` of `then`, `else`,
 * `allOf`, `dependentSchemas` or the schema form of `dependencies`. Undefined when the scope
 * names nothing (or leaves `properties`, e.g. `#/definitions/x`).
 */
export function resolveScope(base: FormJsonSchema, scope: string): ScopeTarget | undefined {
  if (scope === '#' || scope === '#/') return { schema: base, tokens: [], parent: undefined };
  if (!scope.startsWith('#/')) return undefined;
  let parts: string[];
  try {
    parts = scope
      .slice(2)
      .split('/')
      .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
  } catch {
    return undefined;
  }
  let schema = base;
  let parent: FormJsonSchema | undefined;
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
export function propertyOf(schema: FormJsonSchema, name: string): FormJsonSchema | undefined {
  const properties = record(schema.properties);
  const direct = Object.hasOwn(properties, name) ? properties[name] : undefined;
  if (isSchema(direct)) return direct;
  for (const branch of conditionalBranches(schema)) {
    const found = propertyOf(branch, name);
    if (found) return found;
  }
  return undefined;
}

/** The subschemas that may add properties to an object under a condition. */
export function conditionalBranches(schema: FormJsonSchema): FormJsonSchema[] {
  return [
    schema.then,
    schema.else,
    ...(Array.isArray(schema.allOf) ? schema.allOf : []),
    ...Object.values(record(schema.dependentSchemas)),
    ...Object.values(record(schema.dependencies)),
  ].filter(isSchema);
}

/** Every property name of an object schema, those of `properties` first, then conditional ones. */
export function propertyNames(schema: FormJsonSchema): string[] {
  const names = new Set(Object.keys(record(schema.properties)));
  for (const branch of conditionalBranches(schema)) for (const name of propertyNames(branch)) names.add(name);
  return [...names];
}

/** Whether `value` is a schema object (not `true`/`false`, not a list). */
export function isSchema(value: unknown): value is FormJsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze(Object.create(null) as Record<string, unknown>);

/** An object's entries, or an empty record for anything else. */
export function record(value: unknown): Readonly<Record<string, unknown>> {
  return isSchema(value) ? value : EMPTY;
}

/** Builds the scope of a property path: `['a', 'b']` → `#/properties/a/properties/b`. */
export function scopeOf(tokens: readonly string[]): string {
  // `%` is escaped too: scopes are URI fragments, and resolveScope decodes them.
  return tokens.length === 0 ? '#' : '#' + tokens.map((token) => `/properties/${token.replace(/%/g, '%25').replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
