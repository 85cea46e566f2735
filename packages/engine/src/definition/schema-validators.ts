import { sha256Hex } from '../hash.js';
import { createAjv, createConditionAjv, type LuzhiAjv, type ValidateFunction } from './ajv.js';

/** How many compiled schemas the module keeps for reuse, least recently used dropped first. */
export const SCHEMA_VALIDATOR_CACHE_SIZE = 500;

/**
 * How many schemas one shared ajv instance compiles before a fresh one replaces it: ajv keeps a
 * reference to every schema it compiled, so a long-running process that sees ever new schemas
 * would otherwise grow without bound.
 */
export const SCHEMAS_PER_AJV = 500;

/** A JSON Schema compiled by {@link compileSchema}. */
export interface CompiledSchema {
  /** The validator; shared by every definition whose schema has the same content. */
  readonly validate: ValidateFunction;
  /** The resource URIs (`$id`s, top and nested, resolved and normalized) the schema declares. */
  readonly ids: readonly string[];
}

interface SharedAjv {
  ajv: LuzhiAjv;
  /** What `ajv.refs` and `ajv.schemas` hold of the instance itself (the meta-schemas). */
  baseRefs: ReadonlyMap<string, unknown>;
  baseSchemas: ReadonlyMap<string, unknown>;
  compiled: number;
}

/**
 * The option sets schemas are compiled with: `engine` ({@link createAjv}, for payloads and data)
 * and `condition` ({@link createConditionAjv}, for the conditions of forms).
 */
export type SchemaOptionSet = 'engine' | 'condition';

const factories: Record<SchemaOptionSet, () => LuzhiAjv> = { engine: createAjv, condition: createConditionAjv };
const shared = new Map<SchemaOptionSet, SharedAjv>();
const cache = new Map<string, CompiledSchema>();

/**
 * The ajv instance made by {@link createAjv} that this module shares, with the draft 2020-12
 * meta-schema already compiled. Between two calls of {@link compileSchema} it knows no schema but
 * its meta-schemas, so `validateSchema` on it answers the same for every caller.
 */
export function sharedAjv(): LuzhiAjv {
  return currentShared('engine').ajv;
}

function currentShared(options: SchemaOptionSet): SharedAjv {
  let found = shared.get(options);
  if (found === undefined || found.compiled >= SCHEMAS_PER_AJV) {
    const ajv = factories[options]();
    // Compiles the meta-schema now, so the registry's baseline below includes all it adds.
    if (options === 'engine') ajv.validateSchema({});
    found = { ajv, baseRefs: new Map(Object.entries(ajv.refs)), baseSchemas: new Map(Object.entries(ajv.schemas)), compiled: 0 };
    shared.set(options, found);
  }
  return found;
}

/**
 * Compiles a JSON Schema with one of the option sets (the engine's, {@link createAjv}, unless
 * `options` says otherwise), once per option set and distinct
 * content in this process: two definitions — of one tenant or of two — whose schemas have the same
 * JSON text get the same validator. Each schema is compiled alone: whatever it registers in
 * ajv (its `$id`s) is removed again before this returns, so a schema never sees, resolves or
 * collides with another's `$id`, and two schemas with the same `$id` but different content each
 * get their own validator. The schema is compiled from a frozen copy, so changing the caller's
 * object later changes nothing.
 * @throws Error (ajv's) when the schema is invalid or cannot be compiled; nothing is cached then.
 */
export function compileSchema(schema: unknown, options: SchemaOptionSet = 'engine'): CompiledSchema {
  // The text as written, key order included: ajv reports errors in the order of `properties`.
  const json = JSON.stringify(schema) ?? 'null';
  const key = `${options}:${sha256Hex(json)}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Most recently used last.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const compiled = compileAlone(deepFreeze(JSON.parse(json) as unknown), options);
  cache.set(key, compiled);
  if (cache.size > SCHEMA_VALIDATOR_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return compiled;
}

/** The validator of {@link compileSchema}. */
export function schemaValidator(schema: unknown): ValidateFunction {
  return compileSchema(schema).validate;
}

function compileAlone(schema: unknown, options: SchemaOptionSet): CompiledSchema {
  const state = currentShared(options);
  const { ajv } = state;
  state.compiled++;
  try {
    const validate = ajv.compile(schema as object);
    const ids = Object.keys(ajv.refs).filter((id) => id !== '' && !state.baseRefs.has(id));
    return { validate, ids };
  } finally {
    // Back to the meta-schemas only, whether the compile succeeded or not. removeSchema also drops
    // the registration of the schema's $id — the meta-schema's own, should a schema claim its id.
    if (typeof schema === 'object' && schema !== null) ajv.removeSchema(schema);
    restore(ajv.refs as Record<string, unknown>, state.baseRefs);
    restore(ajv.schemas as Record<string, unknown>, state.baseSchemas);
  }
}

function restore(registry: Record<string, unknown>, base: ReadonlyMap<string, unknown>): void {
  for (const id of Object.keys(registry)) if (!base.has(id)) delete registry[id];
  for (const [id, value] of base) if (registry[id] !== value) registry[id] = value;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
