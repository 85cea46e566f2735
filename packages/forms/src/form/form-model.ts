import { checkFormLayout, createAjv, createSchemaCompiler, isSchema, type Issue, type LuzhiAjv, type ValidateFunction } from '@luzhi/engine';
import { FormSchemaError } from '../errors.js';
import type { JsonSchema, UiElement } from './ui-schema.js';

/** What `<luzhi-form>` is given: a workflow form (`{ title, schema, ui }`) or its parts. */
export interface FormInput {
  schema: unknown;
  ui?: unknown;
}

/** A checked form: its schema, its UI schema (given or generated) and the compiled validator. */
export interface FormModel {
  /** The schema as given: what the payload is validated against. */
  readonly schema: JsonSchema;
  /** The schema with its local `$ref`s inlined: what the fields are rendered from. */
  readonly layoutSchema: JsonSchema;
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
 * Checks a form's schema and UI schema with the engine's own form-layout check (the one
 * `luzhi validate` runs) and compiles the schema with the engine's ajv, the way the engine
 * compiles it for payloads. With `compile: 'later'` the validator is compiled on first use
 * instead (a first render need not wait for it). Models are cached per (schema, ui) object pair.
 * @throws FormSchemaError saying where the schema or the UI schema is wrong, in both languages.
 */
export function createFormModel(input: FormInput, options: { compile?: 'now' | 'later' } = {}): FormModel {
  const { schema } = input;
  const uiKey = isSchema(input.ui) ? input.ui : generated;
  const cached = isSchema(schema) ? models.get(schema)?.get(uiKey as object) : undefined;
  if (cached) {
    if (options.compile !== 'later') void cached.validate;
    return cached;
  }
  const checked = checkFormLayout(schema, input.ui);
  const [first] = checked.issues;
  if (first || !checked.schema || !isSchema(schema)) {
    throw new FormSchemaError(first?.code ?? 'form.notObject', first?.source ?? 'schema', first?.pointer ?? '', first?.message['zh-CN'] ?? '', first?.message.en ?? '');
  }
  const model: FormModel = {
    schema,
    layoutSchema: checked.schema,
    ui: checked.ui as UiElement,
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
    let found: Issue | undefined;
    try {
      [found] = compiler.issues(schema, '', 'form.schemaInvalid', { zh: '表单的', en: 'the form' });
    } catch {
      // Nothing more precise to say than the message below.
    } finally {
      compiler.dispose();
    }
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
export { defaultLayout } from '@luzhi/engine';
