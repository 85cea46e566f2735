import { createAjv, createSchemaCompiler, escapeToken, type LuzhiAjv, type ValidateFunction } from '@luzhi/engine';
import { FormSchemaError } from '../errors.js';
import { propertyNames, resolveScope, scopeOf, isSchema } from './schema-scope.js';
import { fieldKind, typeOf } from './field-kind.js';
import { UI_ELEMENT_TYPES, type ControlElement, type JsonSchema, type UiElement } from './ui-schema.js';

/** What `<luzhi-form>` is given: a workflow form (`{ title, schema, ui }`) or its parts. */
export interface FormInput {
  schema: unknown;
  ui?: unknown;
}

/** A checked form: its schema, its UI schema (given or generated) and the compiled validator. */
export interface FormModel {
  readonly schema: JsonSchema;
  readonly ui: UiElement;
  /**
   * The engine's validator for this schema, compiled with `createAjv()` on first use.
   * @throws FormSchemaError when the engine could not compile the schema.
   */
  readonly validate: ValidateFunction;
  /** Whether the validator has been compiled yet. */
  readonly compiled: boolean;
}

let ajv: LuzhiAjv | undefined;
const validators = new WeakMap<object, ValidateFunction>();
const models = new WeakMap<object, WeakMap<object, FormModel>>();
const generated = Symbol('generated');

/**
 * Checks a form's schema and UI schema and compiles the schema with the engine's ajv, the way the
 * engine compiles it for payloads. With `compile: 'later'` the validator is compiled on first use
 * instead (a first render need not wait for it). Models are cached per (schema, ui) object pair.
 * @throws FormSchemaError saying where the schema or the UI schema is wrong, in both languages.
 */
export function createFormModel(input: FormInput, options: { compile?: 'now' | 'later' } = {}): FormModel {
  const { schema } = input;
  if (!isSchema(schema) || typeOf(schema) !== 'object') {
    throw new FormSchemaError('form.notObject', 'schema', '', '表单的 JSON Schema 必须是 "type": "object" 的对象', 'the JSON Schema of a form must be an object with "type": "object"');
  }
  const uiKey = isSchema(input.ui) ? input.ui : generated;
  const cached = models.get(schema)?.get(uiKey as object);
  if (cached) {
    if (options.compile !== 'later') void cached.validate;
    return cached;
  }
  const ui = input.ui === undefined ? defaultLayout(schema) : (input.ui as UiElement);
  if (input.ui !== undefined) checkUi(input.ui, schema, '');
  const model: FormModel = {
    schema,
    ui,
    get validate() {
      return compileValidator(schema);
    },
    get compiled() {
      return validators.has(schema);
    },
  };
  if (options.compile !== 'later') void model.validate;
  if (!models.has(schema)) models.set(schema, new WeakMap());
  models.get(schema)!.set(uiKey as object, model);
  return model;
}

function compileValidator(schema: JsonSchema): ValidateFunction {
  let validate = validators.get(schema);
  if (validate) return validate;
  try {
    validate = (ajv ??= createAjv()).compile(schema);
  } catch {
    // Ask the engine's definition check where and why, with its bilingual explanation.
    const compiler = createSchemaCompiler();
    const [found] = compiler.issues(schema, '', 'form.schemaInvalid', { zh: '表单的', en: 'the form' });
    compiler.dispose();
    throw new FormSchemaError(
      'form.schemaInvalid',
      'schema',
      found?.pointer ?? '',
      found?.message['zh-CN'] ?? 'JSON Schema 无法编译',
      found?.message.en ?? 'the JSON Schema cannot be compiled',
    );
  }
  validators.set(schema, validate);
  return validate;
}

/**
 * The UI schema JSON Forms would generate for an object schema: a vertical layout with one Control
 * per property, conditional properties included (they show while their condition holds).
 */
export function defaultLayout(schema: JsonSchema): UiElement {
  return {
    type: 'VerticalLayout',
    elements: propertyNames(schema).map((name): ControlElement => ({ type: 'Control', scope: scopeOf([name]) })),
  };
}

/** Checks the shape of a UI schema and that each Control's scope names a field of `base`. */
function checkUi(element: unknown, base: JsonSchema, pointer: string): void {
  const fail = (at: string, zh: string, en: string): never => {
    throw new FormSchemaError('form.uiInvalid', 'ui', at, zh, en);
  };
  if (!isSchema(element)) fail(pointer, 'UI schema 的元素必须是对象', 'a UI schema element must be an object');
  const node = element as Record<string, unknown>;
  if (typeof node.type !== 'string' || !UI_ELEMENT_TYPES.includes(node.type)) {
    fail(`${pointer}/type`, `元素类型必须是 ${UI_ELEMENT_TYPES.join('、')} 之一，而不是 ${JSON.stringify(node.type)}`, `the element type must be one of ${UI_ELEMENT_TYPES.join(', ')}, not ${JSON.stringify(node.type)}`);
  }
  if (node.rule !== undefined) checkRule(node.rule, base, `${pointer}/rule`);
  if (node.type === 'Control') {
    if (typeof node.scope !== 'string') fail(`${pointer}/scope`, 'Control 必须有字符串 scope，如 "#/properties/title"', 'a Control needs a string scope such as "#/properties/title"');
    const target = resolveScope(base, node.scope as string);
    if (!target) {
      const names = propertyNames(base).join('、') || '（无）';
      throw new FormSchemaError(
        'form.scopeUnknown',
        'ui',
        `${pointer}/scope`,
        `scope “${String(node.scope)}” 不指向表单中的任何字段；可用字段：${names}`,
        `scope "${String(node.scope)}" names no field of the form; fields: ${propertyNames(base).join(', ') || '(none)'}`,
      );
    }
    if (node.options !== undefined && !isSchema(node.options)) fail(`${pointer}/options`, 'options 必须是对象', 'options must be an object');
    const detail = (node.options as Record<string, unknown> | undefined)?.detail;
    if (detail !== undefined) {
      const kind = fieldKind(target!.schema, node.options as ControlElement['options']);
      const detailBase = kind === 'group-list' ? (target!.schema.items as JsonSchema) : target!.schema;
      checkUi(detail, detailBase, `${pointer}/options/detail`);
    }
    return;
  }
  if (node.type === 'Label') {
    if (typeof node.text !== 'string') fail(`${pointer}/text`, 'Label 必须有文字 text', 'a Label needs a text');
    return;
  }
  if (!Array.isArray(node.elements)) fail(`${pointer}/elements`, `${String(node.type)} 必须有 elements 数组`, `a ${String(node.type)} needs an elements array`);
  (node.elements as unknown[]).forEach((child, index) => checkUi(child, base, `${pointer}/elements/${escapeToken(index)}`));
}

function checkRule(rule: unknown, base: JsonSchema, pointer: string): void {
  const effects = ['SHOW', 'HIDE', 'ENABLE', 'DISABLE'];
  if (!isSchema(rule) || !effects.includes(rule.effect as string)) {
    throw new FormSchemaError('form.uiInvalid', 'ui', `${pointer}/effect`, `rule.effect 必须是 ${effects.join('、')} 之一`, `rule.effect must be one of ${effects.join(', ')}`);
  }
  checkCondition(rule.condition, base, `${pointer}/condition`);
}

function checkCondition(condition: unknown, base: JsonSchema, pointer: string): void {
  if (isSchema(condition) && (condition.type === 'OR' || condition.type === 'AND') && Array.isArray(condition.conditions)) {
    condition.conditions.forEach((inner, index) => checkCondition(inner, base, `${pointer}/conditions/${index}`));
    return;
  }
  if (!isSchema(condition) || typeof condition.scope !== 'string' || !isSchema(condition.schema)) {
    throw new FormSchemaError('form.uiInvalid', 'ui', pointer, '条件必须有 scope 和 schema', 'a condition needs a scope and a schema');
  }
  if (!resolveScope(base, condition.scope)) {
    throw new FormSchemaError('form.scopeUnknown', 'ui', `${pointer}/scope`, `条件的 scope “${condition.scope}” 不指向表单中的任何字段`, `the condition's scope "${condition.scope}" names no field of the form`);
  }
}
