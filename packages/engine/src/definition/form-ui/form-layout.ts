import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import { text } from '../../localized-text.js';
import { conditionCompileError } from './condition-schema.js';
import { choicesOf, fieldKind, typeOf, type FieldKind } from './field-kind.js';
import { inlineLocalRefs } from './inline-refs.js';
import { isSchema, propertyNames, resolveScope, scopeOf, type FormJsonSchema } from './schema-scope.js';

/** How deep UI-schema elements (and rule conditions) may nest. */
export const FORM_UI_MAX_DEPTH = 32;

/** The JSON Schema dialect forms are written in (the engine compiles every schema as draft 2020-12). */
export const FORM_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The UI-schema element types `<luzhi-form>` renders, and the keys each may have. */
export const UI_ELEMENT_KEYS: ReadonlyMap<string, readonly string[]> = new Map([
  ['Control', ['type', 'scope', 'label', 'options', 'rule']],
  ['VerticalLayout', ['type', 'elements', 'rule']],
  ['HorizontalLayout', ['type', 'elements', 'rule']],
  ['Group', ['type', 'label', 'elements', 'rule']],
  ['Label', ['type', 'text', 'rule']],
  ['Categorization', ['type', 'label', 'elements', 'rule', 'options']],
  ['Category', ['type', 'label', 'elements', 'rule']],
]);

/** The element types `<luzhi-form>` renders. */
export const UI_ELEMENT_TYPES: readonly string[] = [...UI_ELEMENT_KEYS.keys()];

/** The options of a Control, each with the field kinds it applies to. */
interface ControlOption {
  valid: (value: unknown) => boolean;
  kinds: readonly FieldKind[] | 'any';
  zh: string;
  en: string;
}
const CONTROL_OPTIONS = new Map<string, ControlOption>([
  ['multi', { valid: (value: unknown) => typeof value === 'boolean', kinds: ['text', 'textarea'] as FieldKind[], zh: '布尔值，用于文本字段', en: 'a boolean, on a text field' }],
  ['format', { valid: (value: unknown) => value === 'radio' || value === 'attachments', kinds: 'any' as const, zh: '"radio"（枚举）或 "attachments"（对象数组）', en: '"radio" (on an enum) or "attachments" (on an array of objects)' }],
  ['detail', { valid: isSchema, kinds: ['object', 'group-list'] as FieldKind[], zh: 'UI schema 元素，用于对象或对象数组', en: 'a UI-schema element, on an object or an array of objects' }],
  ['readonly', { valid: (value: unknown) => typeof value === 'boolean', kinds: 'any' as const, zh: '布尔值', en: 'a boolean' }],
  ['placeholder', { valid: (value: unknown) => typeof value === 'string', kinds: ['text', 'textarea', 'email', 'number', 'integer'] as FieldKind[], zh: '字符串，用于文本或数字字段', en: 'a string, on a text or number field' }],
  ['accept', { valid: (value: unknown) => typeof value === 'string', kinds: ['attachments'] as FieldKind[], zh: '字符串，用于附件字段', en: 'a string, on an attachments field' }],
]);

/** The options of a Categorization. */
const CATEGORIZATION_OPTIONS = new Map<string, (value: unknown) => boolean>([
  ['variant', (value: unknown) => value === 'tabs' || value === 'stepper'],
  ['showNavButtons', (value: unknown) => typeof value === 'boolean'],
]);

const RULE_EFFECTS = ['SHOW', 'HIDE', 'ENABLE', 'DISABLE'];
const SINGLE_VALUE_KINDS: readonly FieldKind[] = ['text', 'textarea', 'email', 'number', 'integer', 'date', 'datetime', 'select', 'radio'];

/** A problem of a form, and whether its pointer is into the schema or into the UI schema. */
export interface FormIssue extends Issue {
  source: 'schema' | 'ui';
}

/** What {@link checkFormLayout} found. */
export interface FormLayoutCheck {
  /** Every problem, in the order found (the first is the one a form shows). */
  issues: FormIssue[];
  /** The schema with its local `$ref`s inlined, for rendering; undefined when it cannot be read. */
  schema: FormJsonSchema | undefined;
  /** The UI schema given, or the one generated from the schema. */
  ui: unknown;
}

/** Every code {@link checkFormLayout} may report. */
export const FORM_LAYOUT_CODES: readonly string[] = [
  'form.notObject',
  'form.schemaInvalid',
  'form.refUnsupported',
  'form.tooDeep',
  'form.uiInvalid',
  'form.scopeUnknown',
  'form.optionUnsupported',
  'form.controlUnsupported',
];

interface Base {
  schema: FormJsonSchema;
  /** Inside a layout generated from the schema: problems point into the schema, not the UI schema. */
  generated: boolean;
}

/**
 * The one check of what `<luzhi-form>` can render, shared by the engine's definition check and the
 * element: the schema (an object schema in draft 2020-12, local `$ref`s only, not recursive) and
 * the UI schema (known element types and keys, Categorization holding Categories, scopes that
 * name a field, options that apply to the field, rules with conditions that compile) and, for each
 * Control, whether its field has a control at all (a typed value, an object with properties, a
 * list of single values or of objects). Pointers are relative to the schema and the UI schema.
 */
export function checkFormLayout(schema: unknown, ui: unknown): FormLayoutCheck {
  const issues: FormIssue[] = [];
  const report = (source: FormIssue['source'], code: string, pointer: string, zh: string, en: string): void => {
    issues.push({ source, code, pointer, message: text(zh, en) });
  };
  if (!isSchema(schema) || typeOf(schema) !== 'object') {
    report('schema', 'form.notObject', '', '表单的 JSON Schema 必须是 "type": "object" 的对象', 'the JSON Schema of a form must be an object with "type": "object"');
    return { issues, schema: undefined, ui };
  }
  if (Object.hasOwn(schema, '$schema') && String(schema.$schema).replace(/#$/, '') !== FORM_SCHEMA_DIALECT) {
    report(
      'schema',
      'form.schemaInvalid',
      '/$schema',
      `表单按 JSON Schema 2020-12 编译，"$schema" 只能是 "${FORM_SCHEMA_DIALECT}" 或省略，而不是 ${JSON.stringify(schema.$schema)}（draft-07 等旧版本请改写：definitions → $defs，数组形式的 items → prefixItems，dependencies → dependentRequired / dependentSchemas）`,
      `forms are compiled as JSON Schema 2020-12: "$schema" must be "${FORM_SCHEMA_DIALECT}" or left out, not ${JSON.stringify(schema.$schema)} (rewrite draft-07 schemas: definitions → $defs, items as a list → prefixItems, dependencies → dependentRequired / dependentSchemas)`,
    );
    return { issues, schema: undefined, ui };
  }
  const inlined = inlineLocalRefs(schema);
  if ('refusal' in inlined) {
    const { refusal } = inlined;
    report('schema', refusal.code, refusal.pointer, refusal.zh, refusal.en);
    return { issues, schema: undefined, ui };
  }
  const origin = (node: FormJsonSchema): string => inlined.origin.get(node) ?? '';
  const root = inlined.schema;

  const element = (node: unknown, at: string, base: Base, depth: number, parent: 'categorization' | 'other'): void => {
    const fail = (code: string, pointer: string, zh: string, en: string): void => report('ui', code, pointer, zh, en);
    if (depth > FORM_UI_MAX_DEPTH) {
      fail('form.tooDeep', at, `UI schema 嵌套超过 ${FORM_UI_MAX_DEPTH} 层`, `the UI schema nests deeper than ${FORM_UI_MAX_DEPTH} levels`);
      return;
    }
    if (!isSchema(node)) {
      fail('form.uiInvalid', at, 'UI schema 的元素必须是对象', 'a UI-schema element must be an object');
      return;
    }
    const type = node.type;
    const keys = typeof type === 'string' ? UI_ELEMENT_KEYS.get(type) : undefined;
    if (!keys) {
      fail(
        'form.uiInvalid',
        joinPointer(at, 'type'),
        `元素类型必须是 ${UI_ELEMENT_TYPES.join('、')} 之一，而不是 ${JSON.stringify(type) ?? '（未写）'}`,
        `the element type must be one of ${UI_ELEMENT_TYPES.join(', ')}, not ${JSON.stringify(type) ?? '(none)'}`,
      );
      return;
    }
    const extra = Object.keys(node).find((key) => !keys.includes(key));
    if (extra !== undefined) {
      fail('form.uiInvalid', joinPointer(at, extra), `${String(type)} 不支持键“${extra}”；可用：${keys.join('、')}`, `a ${String(type)} has no key "${extra}"; the keys are ${keys.join(', ')}`);
      return;
    }
    if ((type === 'Category') !== (parent === 'categorization')) {
      fail(
        'form.uiInvalid',
        joinPointer(at, 'type'),
        type === 'Category' ? 'Category 只能直接放在 Categorization 的 elements 中' : 'Categorization 的 elements 只能是 Category',
        type === 'Category' ? 'a Category belongs directly in the elements of a Categorization' : 'the elements of a Categorization must be Categories',
      );
      return;
    }
    if (node.rule !== undefined) rule(node.rule, joinPointer(at, 'rule'), base, depth + 1);
    if (node.label !== undefined && !isTitle(node.label) && !(type === 'Control' && typeof node.label === 'boolean')) {
      fail('form.uiInvalid', joinPointer(at, 'label'), 'label 必须是非空字符串或按语言区分的文字', 'label must be a non-empty string or a text per locale');
    }
    if (type === 'Category' && node.label === undefined) {
      fail('form.uiInvalid', at, 'Category 必须有 label（作为标签页的名称）', 'a Category needs a label (the name of its tab)');
    }
    if (type === 'Label') {
      if (!isTitle(node.text)) fail('form.uiInvalid', joinPointer(at, 'text'), 'Label 必须有文字 text', 'a Label needs a text');
      return;
    }
    if (type === 'Control') {
      control(node, at, base, depth);
      return;
    }
    if (type === 'Categorization' && node.options !== undefined) {
      if (!isSchema(node.options)) {
        fail('form.optionUnsupported', joinPointer(at, 'options'), 'options 必须是对象', 'options must be an object');
      } else {
        for (const [name, value] of Object.entries(node.options)) {
          const valid = CATEGORIZATION_OPTIONS.get(name);
          if (!valid || !valid(value)) {
            fail(
              'form.optionUnsupported',
              joinPointer(at, 'options', name),
              `Categorization 支持的选项：variant（"tabs" 或 "stepper"）、showNavButtons（布尔值），不支持 ${name}: ${JSON.stringify(value)}`,
              `a Categorization takes the options variant ("tabs" or "stepper") and showNavButtons (a boolean), not ${name}: ${JSON.stringify(value)}`,
            );
          }
        }
      }
    }
    if (!Array.isArray(node.elements)) {
      fail('form.uiInvalid', joinPointer(at, 'elements'), `${String(type)} 必须有 elements 数组`, `a ${String(type)} needs an elements array`);
      return;
    }
    // A layout generated from the schema is as deep as the schema, which has its own limit.
    const next = base.generated ? depth : depth + 1;
    node.elements.forEach((child, index) => element(child, joinPointer(at, 'elements', index), base, next, type === 'Categorization' ? 'categorization' : 'other'));
  };

  const control = (node: FormJsonSchema, at: string, base: Base, depth: number): void => {
    const fail = (code: string, pointer: string, zh: string, en: string): void => report('ui', code, pointer, zh, en);
    const scopeAt = joinPointer(at, 'scope');
    if (typeof node.scope !== 'string') {
      fail('form.uiInvalid', scopeAt, 'Control 必须有字符串 scope，如 "#/properties/title"', 'a Control needs a string scope such as "#/properties/title"');
      return;
    }
    const target = resolveScope(base.schema, node.scope);
    if (!target && base.generated) {
      // A generated Control names a declared property whose schema is `true` or `false`.
      report(
        'schema',
        'form.controlUnsupported',
        origin(base.schema) + decodeScope(node.scope),
        `字段“${node.scope}”无法渲染：schema 为 true 或 false 的属性没有输入控件`,
        `the field "${node.scope}" cannot be rendered: a property whose schema is true or false has no control`,
      );
      return;
    }
    if (!target) {
      const names = propertyNames(base.schema);
      fail(
        'form.scopeUnknown',
        scopeAt,
        `scope “${node.scope}” 不指向表单中的任何字段（scope 只能经由 properties，如 "#/properties/a/properties/b"）；可用字段：${names.join('、') || '（无）'}`,
        `scope "${node.scope}" names no field of the form (a scope goes through properties only, e.g. "#/properties/a/properties/b"); fields: ${names.join(', ') || '(none)'}`,
      );
      return;
    }
    const options = node.options === undefined ? {} : node.options;
    if (!isSchema(options)) {
      fail('form.optionUnsupported', joinPointer(at, 'options'), 'options 必须是对象', 'options must be an object');
      return;
    }
    const kind = fieldKind(target.schema, options);
    for (const [name, value] of Object.entries(options)) {
      const option = CONTROL_OPTIONS.get(name);
      const pointer = joinPointer(at, 'options', name);
      if (!option) {
        fail(
          'form.optionUnsupported',
          pointer,
          `Control 不支持选项“${name}”；支持：${[...CONTROL_OPTIONS.keys()].join('、')}`,
          `a Control has no option "${name}"; the options are ${[...CONTROL_OPTIONS.keys()].join(', ')}`,
        );
        continue;
      }
      const fits = option.kinds === 'any' || option.kinds.includes(kind);
      const formatFits = name !== 'format' || (value === 'radio' ? kind === 'radio' : isAttachments(target.schema));
      if (!option.valid(value) || !fits || !formatFits) {
        fail(
          'form.optionUnsupported',
          pointer,
          `选项 ${name}: ${JSON.stringify(value)} 不适用于这个字段（${kindName(kind).zh}）；${name} 应为${option.zh}`,
          `the option ${name}: ${JSON.stringify(value)} does not apply to this field (${kindName(kind).en}); ${name} takes ${option.en}`,
        );
      }
    }
    const where = base.generated ? { source: 'schema' as const, pointer: origin(target.schema) } : { source: 'ui' as const, pointer: scopeAt };
    const problem = unrenderable(target.schema, kind);
    if (problem) {
      report(where.source, 'form.controlUnsupported', where.pointer, `字段“${node.scope}”无法渲染：${problem.zh}`, `the field "${node.scope}" cannot be rendered: ${problem.en}`);
      return;
    }
    if (kind !== 'object' && kind !== 'group-list') return;
    const inner = kind === 'object' ? target.schema : (target.schema.items as FormJsonSchema);
    if (isSchema(options.detail)) element(options.detail, joinPointer(at, 'options', 'detail'), { schema: inner, generated: false }, depth + 1, 'other');
    else element(defaultLayout(inner), '', { schema: inner, generated: true }, base.generated ? depth : depth + 1, 'other');
  };

  const rule = (value: unknown, at: string, base: Base, depth: number): void => {
    const fail = (pointer: string, zh: string, en: string): void => report('ui', 'form.uiInvalid', pointer, zh, en);
    if (!isSchema(value)) return fail(at, 'rule 必须是对象 { effect, condition }', 'a rule must be an object { effect, condition }');
    const extra = Object.keys(value).find((key) => key !== 'effect' && key !== 'condition');
    if (extra !== undefined) return fail(joinPointer(at, extra), `rule 只有 effect 和 condition，没有“${extra}”`, `a rule has only effect and condition, not "${extra}"`);
    if (typeof value.effect !== 'string' || !RULE_EFFECTS.includes(value.effect)) {
      return fail(joinPointer(at, 'effect'), `rule.effect 必须是 ${RULE_EFFECTS.join('、')} 之一`, `rule.effect must be one of ${RULE_EFFECTS.join(', ')}`);
    }
    condition(value.condition, joinPointer(at, 'condition'), base, depth + 1);
  };

  const condition = (value: unknown, at: string, base: Base, depth: number): void => {
    const fail = (code: string, pointer: string, zh: string, en: string): void => report('ui', code, pointer, zh, en);
    if (depth > FORM_UI_MAX_DEPTH) return fail('form.tooDeep', at, `规则条件嵌套超过 ${FORM_UI_MAX_DEPTH} 层`, `the rule's conditions nest deeper than ${FORM_UI_MAX_DEPTH} levels`);
    if (!isSchema(value)) return fail('form.uiInvalid', at, '条件必须是对象', 'a condition must be an object');
    if (value.type === 'OR' || value.type === 'AND') {
      const extra = Object.keys(value).find((key) => key !== 'type' && key !== 'conditions');
      if (extra !== undefined) return fail('form.uiInvalid', joinPointer(at, extra), `${value.type} 条件只有 type 和 conditions`, `an ${value.type} condition has only type and conditions`);
      if (!Array.isArray(value.conditions) || value.conditions.length === 0) {
        return fail('form.uiInvalid', joinPointer(at, 'conditions'), `${value.type} 条件必须有非空的 conditions 数组`, `an ${value.type} condition needs a non-empty conditions array`);
      }
      value.conditions.forEach((inner, index) => condition(inner, joinPointer(at, 'conditions', index), base, depth + 1));
      return;
    }
    if (value.type !== undefined && value.type !== 'LEAF' && value.type !== 'SCHEMA') {
      return fail('form.uiInvalid', joinPointer(at, 'type'), '条件的 type 只能是 OR、AND、LEAF 或省略', 'a condition type is OR, AND, LEAF or left out');
    }
    const extra = Object.keys(value).find((key) => !['type', 'scope', 'schema', 'expectedValue', 'failWhenUndefined'].includes(key));
    if (extra !== undefined) return fail('form.uiInvalid', joinPointer(at, extra), `条件不支持键“${extra}”`, `a condition has no key "${extra}"`);
    if (Object.hasOwn(value, 'schema') === Object.hasOwn(value, 'expectedValue')) {
      return fail('form.uiInvalid', at, '条件必须有 scope，以及 schema 或 expectedValue 之一', 'a condition needs a scope and one of schema or expectedValue');
    }
    if (value.failWhenUndefined !== undefined && typeof value.failWhenUndefined !== 'boolean') {
      return fail('form.uiInvalid', joinPointer(at, 'failWhenUndefined'), 'failWhenUndefined 必须是布尔值', 'failWhenUndefined must be a boolean');
    }
    if (typeof value.scope !== 'string') return fail('form.uiInvalid', joinPointer(at, 'scope'), '条件必须有字符串 scope', 'a condition needs a string scope');
    if (!resolveScope(base.schema, value.scope)) {
      return fail('form.scopeUnknown', joinPointer(at, 'scope'), `条件的 scope “${value.scope}” 不指向表单中的任何字段`, `the condition's scope "${value.scope}" names no field of the form`);
    }
    if (Object.hasOwn(value, 'schema')) {
      const error = conditionCompileError(value.schema);
      if (error !== undefined) fail('form.uiInvalid', joinPointer(at, 'schema'), `条件的 schema 无法编译：${error}`, `the condition's schema cannot be compiled: ${error}`);
    }
  };

  const given = ui === undefined ? defaultLayout(root) : ui;
  element(given, '', { schema: root, generated: ui === undefined }, 0, 'other');
  return { issues, schema: root, ui: given };
}

/**
 * The UI schema JSON Forms would generate for an object schema: a vertical layout with one Control
 * per property, conditional properties included (they show while their condition holds).
 */
export function defaultLayout(schema: FormJsonSchema): { type: 'VerticalLayout'; elements: Array<{ type: 'Control'; scope: string }> } {
  return { type: 'VerticalLayout', elements: propertyNames(schema).map((name) => ({ type: 'Control' as const, scope: scopeOf([name]) })) };
}

/** Why a field's schema has no control, or undefined when it has one. */
function unrenderable(schema: FormJsonSchema, kind: FieldKind): { zh: string; en: string } | undefined {
  if (kind === 'attachments') return undefined;
  if (choicesOf(schema)) return undefined;
  const type = typeOf(schema);
  if (type === undefined && typeof schema.format !== 'string') {
    return { zh: 'schema 没有 type（也不是枚举），不知道该用哪种输入控件', en: 'its schema has no type (and is no enum), so no input fits it' };
  }
  if (type === 'null') return { zh: '"type": "null" 的字段无可填写', en: 'a field of "type": "null" has nothing to fill in' };
  if (Array.isArray(schema.type) && schema.type.filter((entry) => entry !== 'null').length > 1) {
    return { zh: `一个字段只能有一种类型（可另加 "null"），不能是 ${JSON.stringify(schema.type)}`, en: `a field has one type (and maybe "null"), not ${JSON.stringify(schema.type)}` };
  }
  if (kind === 'object') {
    if (propertyNames(schema).length === 0) {
      return { zh: '对象没有声明任何属性（properties），无法生成输入控件', en: 'the object declares no properties, so there is nothing to fill in' };
    }
    const alternatives = [...(Array.isArray(schema.oneOf) ? schema.oneOf : []), ...(Array.isArray(schema.anyOf) ? schema.anyOf : [])];
    if (alternatives.some((alternative) => isSchema(alternative) && propertyNames(alternative).length > 0)) {
      return { zh: 'oneOf/anyOf 中的属性无法渲染（请改用 if/then/else 或 dependentSchemas）', en: 'properties inside oneOf/anyOf cannot be rendered (use if/then/else or dependentSchemas)' };
    }
    return undefined;
  }
  if (type !== 'array') return undefined;
  if (schema.prefixItems !== undefined || !isSchema(schema.items)) {
    return { zh: '数组必须用一个 schema 对象写 items（不支持 prefixItems 元组）', en: 'an array needs one schema object as items (prefixItems tuples are not supported)' };
  }
  if (kind === 'multiselect') return undefined;
  if (kind === 'group-list') return unrenderable(schema.items, 'object');
  const item = fieldKind(schema.items, {});
  if (!SINGLE_VALUE_KINDS.includes(item) || unrenderable(schema.items, item)) {
    return {
      zh: '列表的每一项必须是字符串、数字、日期或对象（不支持数组的数组、布尔值列表或没有 type 的项）',
      en: 'each item of a list must be a string, a number, a date or an object (not an array, a boolean or an untyped value)',
    };
  }
  return undefined;
}

/** The schema pointer a scope spells (`#/properties/a` → `/properties/a`). */
function decodeScope(scope: string): string {
  try {
    return decodeURIComponent(scope.slice(1));
  } catch {
    return scope.slice(1);
  }
}

function isAttachments(schema: FormJsonSchema): boolean {
  return typeOf(schema) === 'array' && isSchema(schema.items) && typeOf(schema.items) === 'object';
}

function isTitle(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0;
  return isSchema(value) && Object.keys(value).length > 0 && Object.values(value).every((entry) => typeof entry === 'string' && entry.length > 0);
}

function kindName(kind: FieldKind): { zh: string; en: string } {
  return { zh: `类型 ${kind}`, en: `kind ${kind}` };
}
