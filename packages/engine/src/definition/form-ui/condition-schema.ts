import Ajv2020Module from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { isSchema } from './schema-scope.js';

const Ajv2020 = (Ajv2020Module.default ?? Ajv2020Module) as typeof Ajv2020Module.default;

// Conditions (an `if`, a UI rule's condition) only decide what a form shows and marks; payloads
// are checked by the engine's strict validator. A condition is a fragment lifted out of its
// schema (an `if` relies on the type around it), so it is compiled without strict mode.
let conditionAjv: InstanceType<typeof Ajv2020> | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * The compiled test of a condition schema, cached per schema object.
 * @throws Error (ajv's) when the schema cannot be compiled; the form-layout check reports that first.
 */
export function conditionTest(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    conditionAjv ??= new Ajv2020({ strict: false, validateFormats: false, validateSchema: false });
    validate = conditionAjv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Whether `value` matches a condition schema (`true` and an absent schema match anything). */
export function conditionMatches(schema: unknown, value: unknown): boolean {
  if (schema === true || schema === undefined) return true;
  if (!isSchema(schema)) return false;
  return conditionTest(schema)(value) as boolean;
}

/** Why a condition schema cannot be compiled, or undefined when it can. */
export function conditionCompileError(schema: unknown): string | undefined {
  if (typeof schema === 'boolean') return undefined;
  if (!isSchema(schema)) return 'not a schema';
  try {
    conditionTest(schema);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
