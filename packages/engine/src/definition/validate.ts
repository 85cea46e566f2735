import workflowSchema from '../../schema/workflow.schema.json' with { type: 'json' };
import { DefinitionError, type Issue } from '../errors.js';
import { joinPointer, parsePointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import { createAjv, type ErrorObject, type ValidateFunction } from './ajv.js';
import { ajvErrorsToIssues } from './ajv-issues.js';
import { createCheckContext, definitionChecks } from './checks/index.js';
import { DEFAULT_DEFINITION_LIMITS, definitionLimitIssues, type DefinitionLimits } from './limits.js';
import type { WorkflowDefinition } from './workflow-definition.generated.js';

export { DEFAULT_DEFINITION_LIMITS, definitionLimitCodes, type DefinitionLimits } from './limits.js';
export { parseDefinitionText, type ParsedDefinitionText, type TextIssue, type TextPosition } from './json-text.js';

/** The outcome of {@link validateDefinition}. */
export interface DefinitionValidation {
  /** True when there is no issue at all. */
  valid: boolean;
  /** Every problem found, in document order, each once. */
  issues: Issue[];
  /** The input, typed, when it is valid. */
  definition?: WorkflowDefinition;
}

let structureValidator: ValidateFunction | undefined;

/** The validator of `schema/workflow.schema.json`, compiled on first use and then shared. */
function validateStructure(input: unknown): Issue[] {
  structureValidator ??= createAjv().compile(workflowSchema);
  if (structureValidator(input)) return [];
  return nameIssues(structureValidator.errors ?? []);
}

/**
 * ajv reports a bad key under `propertyNames` twice: the failed rule at the parent object, and a
 * generic "property name must be valid" at the key. Reports it once instead, at the key, saying
 * which name is wrong and why (code `schema.<rule>`, e.g. `schema.pattern`).
 */
function nameIssues(errors: readonly ErrorObject[]): Issue[] {
  const names = new Map<string, { name: string; isName: boolean }>();
  const located = errors
    .filter((error) => error.keyword !== 'propertyNames')
    .map((error) => {
      if (error.propertyName === undefined) return error;
      const pointer = joinPointer(error.instancePath, error.propertyName);
      names.set(pointer, { name: error.propertyName, isName: error.params.pattern === NAME_PATTERN });
      return { ...error, instancePath: pointer };
    });
  return ajvErrorsToIssues(located, 'schema').map((found) => {
    const key = names.get(found.pointer);
    if (key === undefined) return found;
    const rule = key.isName
      ? { zh: '（应以字母开头，只含字母、数字、_ 或 -）', en: ' (a letter, then letters, digits, "_" or "-")' }
      : { zh: '', en: '' };
    return {
      ...found,
      message: text(`名称“${key.name}”无效：${found.message['zh-CN']}${rule.zh}`, `Name "${key.name}" is invalid: ${found.message.en}${rule.en}`),
    };
  });
}

/** The pattern of names (states, roles, forms, events, effects) in the workflow schema. */
const NAME_PATTERN = workflowSchema.$defs.name.pattern;

/**
 * Validates a workflow definition and reports every problem at once, each at the JSON pointer of
 * the offending value with a Chinese and an English message.
 *
 * First the size limits of {@link DEFAULT_DEFINITION_LIMITS} (codes `limit.<limit>`: how deep
 * values and states nest, how many values, states and transitions), so that nothing after meets
 * input that could exhaust the stack; then the structure, against `schema/workflow.schema.json`
 * (codes `schema.<keyword>`, such as `schema.required`); then, only when the structure is valid, the meaning checks of
 * `definitionChecks` (unknown targets, unreachable states, undeclared roles, invalid
 * expressions, …). Never throws for bad input.
 */
export function validateDefinition(input: unknown, options: { limits?: Partial<DefinitionLimits> } = {}): DefinitionValidation {
  const limited = definitionLimitIssues(input, { ...DEFAULT_DEFINITION_LIMITS, ...options.limits });
  if (limited.length > 0) return { valid: false, issues: limited };
  const structural = validateStructure(input);
  if (structural.length > 0) return { valid: false, issues: orderIssues(input, structural) };
  const definition = input as WorkflowDefinition;
  const context = createCheckContext(definition);
  const issues = orderIssues(
    input,
    definitionChecks.flatMap((check) => check.check(context)),
  );
  return issues.length > 0 ? { valid: false, issues } : { valid: true, issues, definition };
}

/**
 * Returns the input typed as a {@link WorkflowDefinition} when it is valid.
 *
 * @throws DefinitionError listing every issue found by {@link validateDefinition}.
 */
export function assertValidDefinition(input: unknown): WorkflowDefinition {
  const result = validateDefinition(input);
  if (!result.definition) throw new DefinitionError(result.issues);
  return result.definition;
}

/** Removes repeated issues (same pointer, code and message) and sorts them in document order. */
function orderIssues(document: unknown, issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  const unique = issues.filter((found) => {
    const key = `${found.pointer}\u0000${found.code}\u0000${found.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const keys = new Map(unique.map((found) => [found, documentPosition(document, found.pointer)]));
  return unique
    .map((found, order) => ({ found, order }))
    .sort((a, b) => comparePositions(keys.get(a.found) ?? [], keys.get(b.found) ?? []) || a.order - b.order)
    .map(({ found }) => found);
}

/**
 * Where a pointer falls in the document: for each step, the position of the key among its
 * object's keys (or the array index). A step that does not exist (a missing required property)
 * sorts after its existing siblings.
 */
function documentPosition(document: unknown, pointer: string): number[] {
  const position: number[] = [];
  let current: unknown = document;
  for (const token of parsePointer(pointer) ?? []) {
    if (current === null || typeof current !== 'object') {
      position.push(Number.MAX_SAFE_INTEGER);
      current = undefined;
    } else if (Array.isArray(current)) {
      const index = /^\d+$/.test(token) ? Number(token) : Number.MAX_SAFE_INTEGER;
      position.push(index);
      current = current[index];
    } else {
      const index = Object.keys(current).indexOf(token);
      position.push(index < 0 ? Number.MAX_SAFE_INTEGER : index);
      current = index < 0 ? undefined : (current as Record<string, unknown>)[token];
    }
  }
  return position;
}

function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
