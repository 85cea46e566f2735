import Ajv2020Module from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { getAtPointer } from '@luzhi/engine';
import { conditionalBranches, isSchema, record, resolveScope } from './schema-scope.js';
import type { Condition, JsonSchema, Rule, SchemaCondition } from './ui-schema.js';

const Ajv2020 = (Ajv2020Module.default ?? Ajv2020Module) as typeof Ajv2020Module.default;

// Conditions (`if`, rule conditions) only decide what to show and mark; payloads are checked by
// the engine's strict validator. A condition is a fragment lifted out of its schema (an `if`
// relies on the type around it), so it is compiled without strict mode.
let conditionAjv: InstanceType<typeof Ajv2020> | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/** Whether `value` matches a condition schema. */
export function matches(schema: unknown, value: unknown): boolean {
  if (schema === true || schema === undefined) return true;
  if (!isSchema(schema)) return false;
  let validate = compiled.get(schema);
  if (!validate) {
    conditionAjv ??= new Ajv2020({ strict: false, validateFormats: false, validateSchema: false });
    validate = conditionAjv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate(value) as boolean;
}

/** The `then`/`else`/`dependentSchemas` branches of an object schema that apply to `value`. */
export function activeBranches(schema: JsonSchema, value: unknown): JsonSchema[] {
  const active: JsonSchema[] = [];
  if (schema.if !== undefined) {
    const branch = matches(schema.if, value ?? {}) ? schema.then : schema.else;
    if (isSchema(branch)) active.push(branch, ...activeBranches(branch, value));
  }
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) if (isSchema(part)) active.push(part, ...activeBranches(part, value));
  }
  const present = record(value);
  for (const [name, dependent] of Object.entries(record(schema.dependentSchemas))) {
    if (Object.hasOwn(present, name) && present[name] !== undefined && isSchema(dependent)) active.push(dependent, ...activeBranches(dependent, value));
  }
  return active;
}

/**
 * The fields of an object required now: its own `required`, those of the conditional branches
 * that apply, and `dependentRequired` for the fields present.
 */
export function requiredNow(schema: JsonSchema, value: unknown): Set<string> {
  const required = new Set<string>();
  const present = record(value);
  for (const source of [schema, ...activeBranches(schema, value)]) {
    if (Array.isArray(source.required)) for (const name of source.required) required.add(String(name));
    for (const [name, needs] of Object.entries(record(source.dependentRequired))) {
      if (Object.hasOwn(present, name) && present[name] !== undefined && present[name] !== '' && Array.isArray(needs)) for (const need of needs) required.add(String(need));
    }
  }
  return required;
}

/**
 * Whether a field of an object is offered now: a field of `properties` always; a field declared
 * only in a conditional branch, while that branch applies.
 */
export function offeredNow(schema: JsonSchema, value: unknown, name: string): boolean {
  if (Object.hasOwn(record(schema.properties), name)) return true;
  const declares = (branch: JsonSchema): boolean => Object.hasOwn(record(branch.properties), name);
  if (!conditionalBranches(schema).some(function declaresDeep(branch): boolean {
    return declares(branch) || conditionalBranches(branch).some(declaresDeep);
  })) {
    return true;
  }
  return activeBranches(schema, value).some(declares);
}

/** Whether a UI rule's condition holds, reading scopes from `root` (the form's value). */
export function conditionHolds(condition: Condition, rootSchema: JsonSchema, root: unknown): boolean {
  if (condition.type === 'OR') return condition.conditions.some((inner) => conditionHolds(inner, rootSchema, root));
  if (condition.type === 'AND') return condition.conditions.every((inner) => conditionHolds(inner, rootSchema, root));
  condition = condition as SchemaCondition;
  const target = resolveScope(rootSchema, condition.scope);
  const value = target ? getAtPointer(root, target.tokens) : undefined;
  if (value === undefined && condition.failWhenUndefined) return false;
  return matches(condition.schema, value);
}

/** What a rule makes of its element now. */
export function ruleOutcome(rule: Rule | undefined, rootSchema: JsonSchema, root: unknown): { visible: boolean; enabled: boolean } {
  if (!rule) return { visible: true, enabled: true };
  const holds = conditionHolds(rule.condition, rootSchema, root);
  switch (rule.effect) {
    case 'SHOW':
      return { visible: holds, enabled: true };
    case 'HIDE':
      return { visible: !holds, enabled: true };
    case 'ENABLE':
      return { visible: true, enabled: holds };
    case 'DISABLE':
      return { visible: true, enabled: !holds };
  }
}
