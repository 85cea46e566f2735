import workflowSchema from '../../../schema/workflow.schema.json' with { type: 'json' };
import { joinPointer } from '../../json-pointer.js';

type SchemaNode = { readonly [keyword: string]: unknown };

/** A value of the document reached through `$ref: "#/$defs/<def>"` (or the root, `#`). */
export interface DefinitionNode {
  def: string;
  pointer: string;
  value: unknown;
}

const DEFS = workflowSchema.$defs as unknown as Readonly<Record<string, SchemaNode>>;

/**
 * Calls `visit` for every value of a (possibly invalid) workflow document that the schema
 * describes with one of its `$defs`, with the def's name and the value's pointer. The walk follows
 * the schema itself (`properties`, `additionalProperties`, `items`, `anyOf`, `$ref`), so it finds a
 * def wherever the language allows it. Values of the wrong type are skipped, never thrown at. The
 * document must be of bounded depth (the definition limits are checked before).
 */
export function walkDefinition(document: unknown, visit: (node: DefinitionNode) => void): void {
  visit({ def: '#', pointer: '', value: document });
  walk(document, workflowSchema as unknown as SchemaNode, '', visit);
}

function walk(value: unknown, schema: SchemaNode, pointer: string, visit: (node: DefinitionNode) => void): void {
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
    const def = ref.slice('#/$defs/'.length);
    const target = Object.hasOwn(DEFS, def) ? DEFS[def] : undefined;
    if (target === undefined) return;
    visit({ def, pointer, value });
    walk(value, target, pointer, visit);
    return;
  }
  if (Array.isArray(schema.anyOf)) {
    for (const branch of schema.anyOf as SchemaNode[]) walk(value, branch, pointer, visit);
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const items = schema.items as SchemaNode | undefined;
    if (items !== undefined && typeof items === 'object') value.forEach((item, index) => walk(item, items, joinPointer(pointer, index), visit));
    return;
  }
  const properties = (schema.properties ?? {}) as Readonly<Record<string, SchemaNode>>;
  const additional = schema.additionalProperties;
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    const childSchema = Object.hasOwn(properties, key) ? properties[key] : typeof additional === 'object' && additional !== null ? (additional as SchemaNode) : undefined;
    if (childSchema !== undefined) walk(child, childSchema, joinPointer(pointer, key), visit);
  }
}

/** A `$ref` to a def found in the schema: the def it sits in and the path from there. */
export interface SchemaReference {
  /** The def that holds the reference, or `#` for the root. */
  def: string;
  /** Property names from the def to the reference; `#` for array items, `*` for any key, `@keys` for property names. */
  path: string[];
}

/**
 * Every place in the workflow schema that refers to `$defs/<target>`, by the def it sits in.
 * Used by the tests that keep {@link REFERENCE_SITES} complete.
 */
export function schemaReferencesTo(target: string): SchemaReference[] {
  const found: SchemaReference[] = [];
  const scan = (schema: unknown, def: string, path: string[]): void => {
    if (schema === null || typeof schema !== 'object') return;
    const node = schema as SchemaNode;
    if (node.$ref === `#/$defs/${target}`) found.push({ def, path });
    for (const branch of (Array.isArray(node.anyOf) ? node.anyOf : []) as unknown[]) scan(branch, def, path);
    for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, unknown>)) scan(child, def, [...path, key]);
    if (typeof node.additionalProperties === 'object') scan(node.additionalProperties, def, [...path, '*']);
    if (typeof node.propertyNames === 'object') scan(node.propertyNames, def, [...path, '@keys']);
    if (typeof node.items === 'object') scan(node.items, def, [...path, '#']);
  };
  const { $defs: _defs, ...root } = workflowSchema as unknown as Record<string, unknown>;
  scan(root, '#', []);
  for (const [def, schema] of Object.entries(DEFS)) scan(schema, def, []);
  return found;
}
