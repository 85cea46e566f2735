import { getAtPointer, joinPointer, parsePointer } from '../../json-pointer.js';
import { isSchema, type FormJsonSchema } from './schema-scope.js';

/** How deep schemas may nest inside a form schema (each `properties/x`, `items`, `allOf/0`… is one level). */
export const FORM_SCHEMA_MAX_DEPTH = 20;

/** Why a form schema cannot be read for rendering: where, and the reason in both languages. */
export interface SchemaRefusal {
  code: 'form.refUnsupported' | 'form.tooDeep';
  pointer: string;
  zh: string;
  en: string;
}

/** A form schema with its local `$ref`s replaced by what they point at. */
export interface InlinedSchema {
  schema: FormJsonSchema;
  /** The pointer, in the original schema, of each inlined schema object (for messages). */
  origin: WeakMap<object, string>;
}

const SINGLE = ['items', 'additionalProperties', 'if', 'then', 'else', 'not', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems'];
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const MAPS = ['properties', 'patternProperties', 'dependentSchemas', 'dependencies'];

class Refused extends Error {
  constructor(readonly refusal: SchemaRefusal) {
    super(refusal.en);
  }
}

/**
 * Replaces every `$ref` of a form schema that points inside it (`#`, `#/$defs/x`,
 * `#/definitions/x`) by the schema it points at, keywords beside the `$ref` (a `title`, say)
 * winning, so a form reads `items`, `properties` and titles without resolving references. The
 * original is not changed; objects that nothing refers through are still copied. Refuses a
 * reference to another document or an anchor, a `$dynamicRef`, a reference that leads back to
 * itself (a recursive schema has no finite form), an `$id` below the top (it would change what
 * references inside it mean), and schemas nested deeper than
 * {@link FORM_SCHEMA_MAX_DEPTH}.
 */
export function inlineLocalRefs(root: FormJsonSchema): InlinedSchema | { refusal: SchemaRefusal } {
  const origin = new WeakMap<object, string>();
  const targets = new Map<string, unknown>();

  const visit = (node: unknown, pointer: string, trail: readonly string[], depth: number): unknown => {
    if (!isSchema(node)) return node;
    if (depth > FORM_SCHEMA_MAX_DEPTH) {
      throw new Refused({
        code: 'form.tooDeep',
        pointer,
        zh: `表单的 schema 嵌套超过 ${FORM_SCHEMA_MAX_DEPTH} 层`,
        en: `the form's schema nests deeper than ${FORM_SCHEMA_MAX_DEPTH} levels`,
      });
    }
    if (depth > 0 && Object.hasOwn(node, '$id')) {
      // A nested $id starts a new resource: references inside it would mean something else.
      throw new Refused(refUnsupported(joinPointer(pointer, '$id'), '表单 schema 内部不能再写 $id（只有最外层可以）', 'a form schema may have $id only at its top'));
    }
    for (const keyword of ['$dynamicRef', '$recursiveRef']) {
      if (Object.hasOwn(node, keyword)) throw new Refused(refUnsupported(joinPointer(pointer, keyword), `${keyword} 无法在表单中展开`, `${keyword} cannot be expanded in a form`));
    }
    let base: FormJsonSchema | undefined;
    if (Object.hasOwn(node, '$ref')) {
      const at = joinPointer(pointer, '$ref');
      const target = localTarget(node.$ref);
      if (target === undefined) {
        throw new Refused(refUnsupported(at, `只能引用本 schema 内的位置（如 "#/$defs/名称"），不能是 ${JSON.stringify(node.$ref)}`, `only references inside this schema (such as "#/$defs/name") can be shown, not ${JSON.stringify(node.$ref)}`));
      }
      if (trail.includes(target)) {
        throw new Refused(refUnsupported(at, `引用 "${String(node.$ref)}" 指回自身（递归的 schema 无法展开为表单）`, `the reference "${String(node.$ref)}" leads back to itself (a recursive schema has no finite form)`));
      }
      let resolved = targets.get(target);
      if (resolved === undefined) {
        const found = getAtPointer(root, parsePointer(target) ?? []);
        if (!isSchema(found) && typeof found !== 'boolean') {
          throw new Refused(refUnsupported(at, `引用 "${String(node.$ref)}" 不指向任何 schema`, `the reference "${String(node.$ref)}" points at no schema`));
        }
        resolved = visit(found, target, [...trail, target], depth + 1);
        targets.set(target, resolved);
      }
      const siblings = Object.keys(node).filter((key) => key !== '$ref');
      if (siblings.length === 0 || !isSchema(resolved)) return resolved;
      base = resolved;
    }
    const copy: FormJsonSchema = base ? { ...base } : {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref') continue;
      const at = joinPointer(pointer, key);
      let next: unknown = value;
      if (SINGLE.includes(key) || (key === 'items' && Array.isArray(value))) {
        next = Array.isArray(value) ? value.map((item, index) => visit(item, joinPointer(at, index), trail, depth + 1)) : visit(value, at, trail, depth + 1);
      } else if (LISTS.includes(key) && Array.isArray(value)) {
        next = value.map((item, index) => visit(item, joinPointer(at, index), trail, depth + 1));
      } else if (MAPS.includes(key) && isSchema(value)) {
        next = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, visit(item, joinPointer(at, name), trail, depth + 1)]));
      }
      Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
    }
    origin.set(copy, pointer);
    return copy;
  };

  try {
    return { schema: visit(root, '', [''], 0) as FormJsonSchema, origin };
  } catch (error) {
    if (error instanceof Refused) return { refusal: error.refusal };
    throw error;
  }
}

/** The pointer a local reference (`#`, `#/…`) names, or undefined for any other reference. */
export function localTarget(ref: unknown): string | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  return fragment === '' || parsePointer(fragment) !== undefined ? fragment : undefined;
}

function refUnsupported(pointer: string, zh: string, en: string): SchemaRefusal {
  return { code: 'form.refUnsupported', pointer, zh, en };
}
