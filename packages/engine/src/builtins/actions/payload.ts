import { ajvErrorsToIssues } from '../../definition/ajv-issues.js';
import type { ValidateFunction } from '../../definition/ajv.js';
import { schemaValidator } from '../../definition/schema-validators.js';
import { PayloadError } from '../../errors.js';
import { validatePayload } from '../../runtime/find-action.js';
import type { CompiledWorkflow, ActionSpec } from '../../compile/compiled-workflow.js';
import type { BuiltinActionForm } from './builtin-action.js';

// Compiled on first use: a module that only lists the built-ins compiles nothing.
const validators = new Map<string, ValidateFunction>();

/**
 * Checks a built-in action's payload against its registered schema, or, for an action without
 * one, that there is no payload.
 * @throws PayloadError listing the issues under `/payload`-relative pointers.
 */
export function checkBuiltinPayload(action: BuiltinActionForm, compiled: CompiledWorkflow, spec: ActionSpec, payload: unknown): void {
  if (action.payload === undefined) {
    validatePayload(compiled, spec, payload);
    return;
  }
  let validate = validators.get(action.name);
  if (validate === undefined) {
    validate = schemaValidator(action.payload);
    validators.set(action.name, validate);
  }
  if (!validate(payload ?? {})) throw new PayloadError(ajvErrorsToIssues(validate.errors, 'payload'));
}
