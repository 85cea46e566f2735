import type { Issue } from '../errors.js';
import { getAtPointer, joinPointer, parsePointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import type { ValidateFunction } from './ajv.js';
import { ajvErrorsToIssues } from './ajv-issues.js';
import type { JsonSchemaObject } from './json-schema.js';
import type { FieldPermission, FieldPermissions, Transition, WorkflowDefinition } from './workflow-definition.generated.js';
import { ownValue } from '../own-keys.js';

export type { FieldPermission, FieldPermissions };

/**
 * The field permissions of the action whose transition (or list of alternatives) sits at
 * `pointer` in the definition — `ActionSpec.pointer`. Alternatives share them (the first one's
 * count, as for roles and form). Empty when the action declares none.
 */
export function actionFieldPermissions(definition: WorkflowDefinition, pointer: string): FieldPermissions {
  const tokens = parsePointer(pointer);
  const node = tokens === undefined ? undefined : getAtPointer(definition, tokens);
  const transition = (Array.isArray(node) ? node[0] : node) as Transition | undefined;
  return transition?.fields ?? {};
}

/** Whether a field counts as filled in: present, and not null, an empty string or an empty list. */
export function isFilled(value: unknown): boolean {
  return !(value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0));
}

/**
 * The problems of a payload against the action's field permissions: a `required` field left
 * empty (`payload.fieldRequired`), a `hidden` or `readonly` field submitted
 * (`payload.fieldHidden`, `payload.fieldReadonly`). Each issue points at the field.
 */
export function fieldPermissionIssues(fields: FieldPermissions, payload: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const [pointer, permission] of Object.entries(fields)) {
    const tokens = parsePointer(pointer);
    if (tokens === undefined) continue;
    const value = getAtPointer(payload, tokens);
    if (permission === 'required' && !isFilled(value)) {
      issues.push({ pointer, code: 'payload.fieldRequired', message: text('此项在本步骤必须填写', 'this field must be filled in at this step') });
    } else if (permission !== 'required' && value !== undefined) {
      issues.push({
        pointer,
        code: permission === 'hidden' ? 'payload.fieldHidden' : 'payload.fieldReadonly',
        message:
          permission === 'hidden'
            ? text('此项在本步骤不可填写，请不要提交', 'this field is hidden at this step and must not be submitted')
            : text('此项在本步骤只读，请不要提交', 'this field is read-only at this step and must not be submitted'),
      });
    }
  }
  return issues;
}

/**
 * Every problem of a payload: the form schema's (with the compiled ajv validator) and then the
 * field permissions', skipping a permission issue where the schema already reports that field.
 * The engine refuses a command with exactly these issues, and `<luzhi-form>` shows them.
 */
export function payloadIssues(validate: ValidateFunction, fields: FieldPermissions, payload: unknown): Issue[] {
  const issues = validate(payload) ? [] : ajvErrorsToIssues(validate.errors, 'payload');
  const reported = new Set(issues.map((issue) => issue.pointer));
  for (const issue of fieldPermissionIssues(fields, payload)) {
    if (!reported.has(issue.pointer)) issues.push(issue);
  }
  return issues;
}

/**
 * The schema of the form field at `pointer` (a path of property names), looking through
 * `properties` and the properties of `if`/`then`/`else`, `allOf` and `dependentSchemas`.
 * Undefined when no schema declares such a field. `parentRequired` tells whether the object
 * holding it lists it in its own `required`.
 */
export function fieldSchemaAt(
  schema: JsonSchemaObject,
  pointer: string,
): { schema: JsonSchemaObject; parentRequired: boolean } | undefined {
  const tokens = parsePointer(pointer);
  if (tokens === undefined || tokens.length === 0) return undefined;
  let current: JsonSchemaObject = schema;
  let parentRequired = false;
  for (const token of tokens) {
    const found = propertySchema(current, token);
    if (!found) return undefined;
    parentRequired = Array.isArray(current.required) && current.required.includes(token);
    current = found;
  }
  return { schema: current, parentRequired };
}

function propertySchema(schema: JsonSchemaObject, name: string): JsonSchemaObject | undefined {
  const direct = ownValue(schema.properties as Record<string, JsonSchemaObject> | undefined, name);
  if (direct && typeof direct === 'object') return direct;
  const nested = [schema.if, schema.then, schema.else, ...asArray(schema.allOf), ...Object.values(asObject(schema.dependentSchemas))];
  for (const candidate of nested) {
    if (candidate && typeof candidate === 'object') {
      const found = propertySchema(candidate as JsonSchemaObject, name);
      if (found) return found;
    }
  }
  return undefined;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asObject = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** The pointer of one permission inside a transition, for messages: `…/fields/~1title`. */
export function fieldPermissionPointer(transitionPointer: string, field: string): string {
  return joinPointer(transitionPointer, 'fields', field);
}

/**
 * The field permissions of action `event` declared on `state` — what an instance view's action
 * (`{ state, event }`) needs to render its form as the engine will check it.
 */
export function fieldPermissionsFor(definition: WorkflowDefinition, state: string, event: string): FieldPermissions {
  const pointer = findStatePointer(definition.states, state, '/states');
  return pointer === undefined ? {} : actionFieldPermissions(definition, joinPointer(pointer, 'on', event));
}

function findStatePointer(states: WorkflowDefinition['states'] | undefined, name: string, at: string): string | undefined {
  for (const [key, node] of Object.entries(states ?? {})) {
    const pointer = joinPointer(at, key);
    if (key === name) return pointer;
    const found = findStatePointer(node.states, name, joinPointer(pointer, 'states'));
    if (found) return found;
  }
  return undefined;
}
