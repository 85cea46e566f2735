import { isSchema, type FormJsonSchema } from './schema-scope.js';

/** How a field is rendered. */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'email'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'select'
  | 'radio'
  | 'multiselect'
  | 'date'
  | 'datetime'
  | 'object'
  | 'group-list'
  | 'value-list'
  | 'attachments';

/** One allowed value of an enum and what to show for it. */
export interface Choice {
  value: unknown;
  label: string;
}

/** The kind of control a schema and its UI options call for. */
export function fieldKind(schema: FormJsonSchema, options: { format?: unknown; multi?: unknown } | undefined): FieldKind {
  if (options?.format === 'attachments') return 'attachments';
  if (choicesOf(schema)) return options?.format === 'radio' ? 'radio' : 'select';
  const type = typeOf(schema);
  if (type === 'array') {
    const items = isSchema(schema.items) ? schema.items : {};
    if (choicesOf(items)) return 'multiselect';
    return typeOf(items) === 'object' ? 'group-list' : 'value-list';
  }
  if (type === 'object') return 'object';
  if (type === 'boolean') return 'boolean';
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  if (schema.format === 'date') return 'date';
  if (schema.format === 'date-time') return 'datetime';
  if (schema.format === 'email') return 'email';
  return options?.multi === true ? 'textarea' : 'text';
}

/**
 * The allowed values of an enum (`enum`, a `const`, or `oneOf`/`anyOf` of `const`s with titles),
 * or undefined when the schema is not one. A value that is not a string is labelled as JSON.
 */
export function choicesOf(schema: FormJsonSchema): Choice[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => ({ value, label: choiceLabel(value) }));
  if (Object.hasOwn(schema, 'const')) return [{ value: schema.const, label: typeof schema.title === 'string' ? schema.title : choiceLabel(schema.const) }];
  const alternatives = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
  if (alternatives && alternatives.length > 0 && alternatives.every((option) => isSchema(option) && Object.hasOwn(option, 'const'))) {
    return (alternatives as FormJsonSchema[]).map((option) => ({
      value: option.const,
      label: typeof option.title === 'string' ? option.title : choiceLabel(option.const),
    }));
  }
  return undefined;
}

function choiceLabel(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The schema's type, inferred from its keywords when `type` is absent or a list. */
export function typeOf(schema: FormJsonSchema): string | undefined {
  const type = Array.isArray(schema.type) ? schema.type.find((entry) => entry !== 'null') : schema.type;
  if (typeof type === 'string') return type;
  if (isSchema(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

/** A value for a new item of a list: an object for objects, else nothing yet. */
export function emptyItem(items: FormJsonSchema): unknown {
  return typeOf(items) === 'object' ? {} : undefined;
}
