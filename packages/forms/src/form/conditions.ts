import { conditionalBranches, conditionMatches, getAtPointer, isSchema, record, resolveScope } from '@luzhi/engine';
import type { Condition, JsonSchema, Rule, SchemaCondition } from './ui-schema.js';

/** Whether `value` matches a condition schema (compiled by the engine's form-layout check first). */
export const matches = conditionMatches;

/**
 * The `then`/`else`/`allOf`/`dependentSchemas` branches of an object schema that apply to
 * `value` (and the schema form of draft-07's `dependencies`, which ajv still evaluates).
 */
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
  for (const [name, dependent] of [...Object.entries(record(schema.dependentSchemas)), ...Object.entries(record(schema.dependencies))]) {
    if (Object.hasOwn(present, name) && present[name] !== undefined && isSchema(dependent)) active.push(dependent, ...activeBranches(dependent, value));
  }
  return active;
}

/**
 * The fields of an object required now: its own `required`, those of the conditional branches
 * that apply, and `dependentRequired` (or the list form of `dependencies`) for the fields present.
 */
export function requiredNow(schema: JsonSchema, value: unknown): Set<string> {
  const required = new Set<string>();
  const present = record(value);
  for (const source of [schema, ...activeBranches(schema, value)]) {
    if (Array.isArray(source.required)) for (const name of source.required) required.add(String(name));
    for (const [name, needs] of [...Object.entries(record(source.dependentRequired)), ...Object.entries(record(source.dependencies))]) {
      const given = Object.hasOwn(present, name) ? present[name] : undefined;
      if (given !== undefined && given !== '' && Array.isArray(needs)) for (const need of needs) required.add(String(need));
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
  if (Object.hasOwn(condition, 'expectedValue')) return sameJson(value, condition.expectedValue);
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

/** Deep equality of JSON values (an `expectedValue` condition). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
