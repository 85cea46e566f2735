import { LimitError } from '../errors.js';
import { getAtPointer, joinPointer, parsePointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import { localTarget } from '../definition/form-ui/inline-refs.js';

/** How large a schema may grow once its references are inlined, for type generation. */
export interface TypegenLimits {
  /** How deeply schemas may nest after inlining (each `properties/x`, `items`, `allOf/0`… is one level). */
  readonly maxSchemaDepth: number;
  /** How many schema objects one workflow's schemas may hold in all after inlining. */
  readonly maxSchemaNodes: number;
}

/** The limits `luzhi typegen` and the presets build apply. */
export const DEFAULT_TYPEGEN_LIMITS: TypegenLimits = Object.freeze({ maxSchemaDepth: 64, maxSchemaNodes: 20_000 });

/** Keywords whose value is one schema. */
const SINGLE = new Set(['items', 'additionalProperties']);
/** Keywords whose value is a list of schemas. */
const LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
/** Keywords whose value maps names to schemas. */
const MAPS = new Set(['properties', 'patternProperties']);
/**
 * What the type generator is given of a schema: keywords that only narrow what the type says
 * (`not`, `if`, `minLength`…) are left out, so the type is never narrower than the schema.
 * Naming and code keywords (`title`, `$id`, `$defs`, `tsType`, `tsEnumNames`) never reach it:
 * names come from the definition's own names, and no schema can write code into the output.
 */
const KEPT = new Set(['type', 'enum', 'const', 'required', 'description', 'deprecated', ...SINGLE, ...LISTS, ...MAPS]);

/** A schema ready for json-schema-to-typescript. */
export type PreparedSchema = { [keyword: string]: unknown };

/** Counts schema objects across every schema of one workflow, against {@link TypegenLimits.maxSchemaNodes}. */
export interface NodeBudget {
  used: number;
}

const own = (target: PreparedSchema, key: string, value: unknown): void => {
  // defineProperty: a key such as "__proto__" stays an ordinary own key.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function tooLarge(pointer: string, zh: string, en: string): LimitError {
  return new LimitError('typegen.tooLarge', [{ pointer, code: 'typegen.tooLarge', message: text(zh, en) }]);
}

/**
 * Copies the schema at `pointer` of a definition into what the type generator reads: local
 * `$ref`s inlined (a reference that leads back to itself is typed `unknown`; keywords beside a
 * `$ref` are combined with it by `allOf`), a schema's `title` folded into its description, and
 * only the keywords that shape a TypeScript type kept. Never changes the input.
 * @throws LimitError (`typegen.tooLarge`) when the inlined schema nests deeper or grows larger
 * than `limits` allow, pointing at the schema where it happens.
 */
export function schemaForTypes(root: unknown, pointer: string, limits: TypegenLimits, budget: NodeBudget): PreparedSchema {
  const tooMany = (at: string): LimitError =>
    tooLarge(at, `schema 展开引用后超过 ${limits.maxSchemaNodes} 个子 schema 和枚举值，无法生成类型`, `the schemas hold more than ${limits.maxSchemaNodes} schema objects and enum values once their references are inlined; no types can be generated`);
  const visit = (node: unknown, at: string, trail: readonly string[], depth: number): PreparedSchema => {
    if (!isObject(node)) return {};
    if (depth > limits.maxSchemaDepth) {
      throw tooLarge(at, `schema 展开引用后嵌套超过 ${limits.maxSchemaDepth} 层，无法生成类型`, `the schema nests deeper than ${limits.maxSchemaDepth} levels once its references are inlined; no types can be generated`);
    }
    if (++budget.used > limits.maxSchemaNodes) throw tooMany(at);
    const copy: PreparedSchema = {};
    const keyAt = (key: string): string => joinPointer(at, key);
    const title = typeof node.title === 'string' ? node.title : undefined;
    const description = typeof node.description === 'string' ? node.description : undefined;
    const comment = [title, description].filter((part): part is string => part !== undefined && part !== '').join('\n\n');
    for (const [key, value] of Object.entries(node)) {
      if (!KEPT.has(key) || key === 'description') continue;
      if (key === 'enum' || key === 'const') {
        // Values are data, written as literal types here: the generator never reads them as schemas.
        const values = key === 'const' ? [value] : Array.isArray(value) ? value : [];
        budget.used += values.length;
        if (budget.used > limits.maxSchemaNodes) throw tooMany(keyAt(key));
        own(copy, 'tsType', values.length === 0 ? 'never' : values.map(literalType).join(' | '));
        continue;
      }
      if (key === 'additionalProperties' && typeof value === 'boolean') own(copy, key, value);
      else if (key === 'items' && Object.hasOwn(node, 'prefixItems')) continue; // `items` then types only the rest
      // The generator types every other key by the patterns too: right only when no other key is allowed.
      else if (key === 'patternProperties' && node.additionalProperties !== false) continue;
      else if (SINGLE.has(key)) own(copy, key, visit(value, keyAt(key), trail, depth + 1));
      else if (LISTS.has(key) && Array.isArray(value)) own(copy, key, value.map((item, index) => visit(item, joinPointer(keyAt(key), index), trail, depth + 1)));
      else if (MAPS.has(key) && isObject(value)) {
        const map: PreparedSchema = {};
        for (const [name, item] of Object.entries(value)) own(map, name, visit(item, joinPointer(keyAt(key), name), trail, depth + 1));
        own(copy, key, map);
      } else if (key === 'required') own(copy, key, Array.isArray(value) ? value.filter((name) => typeof name === 'string') : []);
      else if (!SINGLE.has(key) && !LISTS.has(key) && !MAPS.has(key)) own(copy, key, value);
    }
    if (comment !== '') own(copy, 'description', comment);
    if (!Object.hasOwn(node, '$ref')) return copy;
    const target = localTarget(node.$ref);
    // Another document, or a reference back into itself: no finite type, so any value.
    if (target === undefined || trail.includes(target)) return copy;
    const resolved = visit(getAtPointer(schemaRoot, parsePointer(target) ?? ['\u0000']), joinPointer(pointer, ...(parsePointer(target) ?? [])), [...trail, target], depth + 1);
    return Object.keys(copy).length === 0 ? resolved : { allOf: [resolved, copy] };
  };
  const schemaRoot = getAtPointer(root, parsePointer(pointer) ?? []);
  return visit(schemaRoot, pointer, [''], 0);
}

/**
 * The TypeScript type of exactly one JSON value: a string, number, boolean or null literal, a
 * tuple, or an object type with its keys quoted. A number JSON cannot write back (beyond
 * the range of a double) is typed `number`.
 */
export function literalType(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'number';
  if (Array.isArray(value)) return `[${value.map(literalType).join(', ')}]`;
  if (isObject(value)) return `{ ${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${literalType(item)}`).join('; ')} }`;
  return 'unknown';
}
