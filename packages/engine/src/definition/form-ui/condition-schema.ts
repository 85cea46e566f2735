import type { ValidateFunction } from '../ajv.js';
import { compileSchema } from '../schema-validators.js';
import { isSchema } from './schema-scope.js';

// Conditions are compiled like every schema, alone and once per content (with their own,
// non-strict options); this map only spares hashing the same object again.
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * The compiled test of a condition schema, cached per schema object.
 * @throws Error (ajv's) when the schema cannot be compiled; the form-layout check reports that first.
 */
export function conditionTest(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = compileSchema(schema, 'condition').validate;
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
