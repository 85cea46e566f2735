import { getAtPointer, parsePointer } from '../../json-pointer.js';
import { linearRegExp } from '../linear-regexp.js';

/** A JSON Schema as found inside a definition: an object, or `true`/`false`. */
export type SchemaNode = { [keyword: string]: unknown } | boolean;

/**
 * Where one step into a schema leads:
 * - `schema`: the step is described by this sub-schema;
 * - `open`: the schema does not say (free-form object, composition keywords): anything may be there;
 * - `missing`: the schema rules the step out (undeclared property, index into a non-array, …).
 */
export type SchemaStep =
  | { kind: 'schema'; schema: SchemaNode }
  | { kind: 'open' }
  | { kind: 'missing' };

/**
 * How strict a step is about object properties:
 * - `declared`: a property must be declared (`properties`, `patternProperties`, or a schema in
 *   `additionalProperties`) whenever the object declares any — for writes (`set`, `forEach.in`);
 * - `closed`: a property is missing only when `additionalProperties` is `false`, and nothing
 *   below an array or a plain value is ruled out — for reads (`payload.x`, `data.x` in expressions).
 */
export type StepMode = 'declared' | 'closed';

const COMPOSITION = ['allOf', 'anyOf', 'oneOf', 'if', 'dependentSchemas', 'unevaluatedProperties', 'unevaluatedItems'];
const INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * Follows `$ref`s that point inside the same schema (`#`, `#/$defs/x`); returns undefined for a
 * reference it cannot follow (another document, an anchor, a cycle).
 */
export function resolveLocalRef(root: SchemaNode, schema: SchemaNode): SchemaNode | undefined {
  let current: SchemaNode = schema;
  for (let hops = 0; typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) return undefined;
    const ref: string = current.$ref as string;
    if (!ref.startsWith('#')) return undefined;
    let fragment: string;
    try {
      fragment = decodeURIComponent(ref.slice(1));
    } catch {
      return undefined;
    }
    const tokens = parsePointer(fragment);
    if (!tokens) return undefined;
    const target = getAtPointer(root, tokens);
    if (typeof target !== 'boolean' && (target === null || typeof target !== 'object')) return undefined;
    current = target as SchemaNode;
  }
  return current;
}

/** Whether a schema describes arrays (by `type`, `items` or `prefixItems`). */
export function isArraySchema(schema: SchemaNode): boolean {
  if (typeof schema === 'boolean') return false;
  return hasType(schema, 'array') || 'items' in schema || 'prefixItems' in schema;
}

/** Whether a schema describes objects (by `type` or the object keywords). */
export function isObjectSchema(schema: SchemaNode): boolean {
  if (typeof schema === 'boolean') return false;
  return hasType(schema, 'object') || 'properties' in schema || 'patternProperties' in schema || 'additionalProperties' in schema;
}

/** The sub-schema one step (a property name or an array index) below `schema`. */
export function stepInto(root: SchemaNode, schema: SchemaNode, token: string, mode: StepMode): SchemaStep {
  const resolved = resolveLocalRef(root, schema);
  if (resolved === undefined || resolved === true) return { kind: 'open' };
  if (resolved === false) return { kind: 'missing' };
  const isIndex = INDEX.test(token) || token === '-';
  if (isIndex && isArraySchema(resolved)) return stepIntoArray(resolved, token);
  if (isObjectSchema(resolved)) return stepIntoObject(resolved, token, mode);
  if (mode === 'closed' || COMPOSITION.some((keyword) => keyword in resolved)) return { kind: 'open' };
  if (isArraySchema(resolved)) return { kind: 'missing' };
  // A schema typed as string, number, … has nothing below it; an untyped one allows anything.
  return 'type' in resolved ? { kind: 'missing' } : { kind: 'open' };
}

/**
 * Follows a whole path of tokens. Returns the final step, and how many tokens were followed
 * before a `missing` or `open` step (the failing token is `tokens[depth]`).
 */
export function walkSchema(
  root: SchemaNode,
  tokens: readonly string[],
  mode: StepMode,
): { step: SchemaStep; depth: number } {
  let step: SchemaStep = { kind: 'schema', schema: root };
  let depth = 0;
  for (const token of tokens) {
    if (step.kind !== 'schema') break;
    const next = stepInto(root, step.schema, token, mode);
    if (next.kind !== 'schema') return { step: next, depth };
    step = next;
    depth++;
  }
  if (step.kind === 'schema') {
    const resolved = resolveLocalRef(root, step.schema);
    return { step: resolved === undefined ? { kind: 'open' } : { kind: 'schema', schema: resolved }, depth };
  }
  return { step, depth };
}

/** The property names an object schema declares in `properties`. */
export function declaredProperties(root: SchemaNode, schema: SchemaNode): string[] {
  const resolved = resolveLocalRef(root, schema);
  if (resolved === undefined || typeof resolved === 'boolean') return [];
  const properties = resolved.properties;
  return properties !== null && typeof properties === 'object' ? Object.keys(properties) : [];
}

function stepIntoArray(schema: { [keyword: string]: unknown }, token: string): SchemaStep {
  const prefix = schema.prefixItems;
  if (Array.isArray(prefix) && token !== '-') {
    const item: unknown = prefix[Number(token)];
    if (isSchemaNode(item)) return { kind: 'schema', schema: item };
  }
  const items = schema.items;
  if (isSchemaNode(items)) return items === false ? { kind: 'missing' } : { kind: 'schema', schema: items };
  return { kind: 'open' };
}

function stepIntoObject(schema: { [keyword: string]: unknown }, token: string, mode: StepMode): SchemaStep {
  const properties = asRecord(schema.properties);
  if (properties && Object.hasOwn(properties, token)) {
    const property = properties[token];
    if (isSchemaNode(property)) return { kind: 'schema', schema: property };
  }
  const patterns = asRecord(schema.patternProperties);
  for (const [pattern, property] of Object.entries(patterns ?? {})) {
    if (matches(pattern, token) && isSchemaNode(property)) return { kind: 'schema', schema: property };
  }
  const additional = schema.additionalProperties;
  if (additional === false) return { kind: 'missing' };
  if (isSchemaNode(additional) && additional !== true) return { kind: 'schema', schema: additional };
  if (COMPOSITION.some((keyword) => keyword in schema)) return { kind: 'open' };
  if (mode === 'declared' && (properties || patterns)) return { kind: 'missing' };
  return { kind: 'open' };
}

function hasType(schema: { [keyword: string]: unknown }, type: string): boolean {
  return schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));
}

function isSchemaNode(value: unknown): value is SchemaNode {
  return typeof value === 'boolean' || (value !== null && typeof value === 'object' && !Array.isArray(value));
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function matches(pattern: string, token: string): boolean {
  try {
    return linearRegExp(pattern, 'u').test(token);
  } catch {
    return false;
  }
}
