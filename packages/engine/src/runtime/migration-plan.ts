import { z } from 'zod';
import { compileExpression, type CompiledExpression } from '../definition/expressions/index.js';
import { PayloadError, type Issue } from '../errors.js';
import { joinPointer, parsePointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import { storableString } from '../storable-text.js';
import { PARSE_OPTIONS, zodIssues } from './command-schema.js';
import type { CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { IndexedState } from '../definition/state-index.js';

/**
 * What {@link Engine.migrate} moves: the running instances of `id@from` to `id@to`. Written as
 * JSON, so that a map file can hold `states` and `data`.
 */
export interface MigrationPlan {
  /** The workflow (definition id). */
  id: string;
  /** The version the instances run on now. */
  from: number;
  /** The version they move to. */
  to: number;
  /**
   * Old state name → new state name, for the active states that were renamed or merged. A state
   * left out keeps its name when the new version has a state of that name.
   */
  states?: Record<string, string> | undefined;
  /**
   * The new data: a JSON pointer into the data → an expression computed on the instance as it was
   * (`data`, `instance`, `now`), all from the old data, as a transition's `set`; `null` (or an
   * expression that gives no value) removes the value there.
   */
  data?: Record<string, string | null> | undefined;
}

/** A data entry of a checked plan: where it writes, and what (undefined: remove). */
export interface DataEntry {
  pointer: string;
  tokens: readonly string[];
  expression: CompiledExpression | undefined;
}

/** A plan checked against both versions, ready to apply to one instance after another. */
export interface CheckedPlan {
  id: string;
  from: CompiledWorkflow;
  to: CompiledWorkflow;
  /** The explicit renames (old name → new name). */
  states: ReadonlyMap<string, string>;
  data: readonly DataEntry[];
}

const envelope = z.strictObject({
  id: storableString.min(1).max(200),
  from: z.number().int().min(1),
  to: z.number().int().min(1),
  states: z.unknown().optional(),
  data: z.unknown().optional(),
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const issue = (pointer: string, code: string, zh: string, en: string): Issue => ({ pointer, code, message: text(zh, en) });

/**
 * Checks the shape of a plan (`states` maps names to names, `data` pointers to expressions or
 * null) and returns it with its maps as Maps, whatever names they hold (`__proto__` included).
 * @throws PayloadError('plan') with pointers into the plan.
 */
export function parseMigrationPlan(input: unknown): {
  id: string;
  from: number;
  to: number;
  states: Map<string, string>;
  data: Map<string, string | null>;
} {
  const result = envelope.safeParse(input, PARSE_OPTIONS);
  if (!result.success) throw new PayloadError(zodIssues(result.error, 'plan'), 'plan');
  const { id, from, to } = result.data;
  const issues: Issue[] = [];
  const states = new Map<string, string>();
  const data = new Map<string, string | null>();
  const entries = (value: unknown, field: 'states' | 'data'): Array<[string, unknown]> => {
    if (value === undefined) return [];
    if (isObject(value)) return Object.entries(value);
    issues.push(issue(`/${field}`, 'plan.notObject', `${field} 应为对象`, `"${field}" must be an object`));
    return [];
  };
  for (const [name, target] of entries(result.data.states, 'states')) {
    if (typeof target === 'string' && target.length > 0) states.set(name, target);
    else issues.push(issue(joinPointer('/states', name), 'plan.stateName', '应为新版本中的状态名称', 'expected the name of a state of the new version'));
  }
  for (const [pointer, source] of entries(result.data.data, 'data')) {
    if (source === null || typeof source === 'string') data.set(pointer, source);
    else issues.push(issue(joinPointer('/data', pointer), 'plan.dataValue', '应为表达式（文本）或 null', 'expected an expression (a string) or null'));
  }
  if (issues.length > 0) throw new PayloadError(issues, 'plan');
  return { id, from, to, states, data };
}

/** A state that can stand as a leaf of a configuration: a plain or final state, or a forEach state. */
export const isLeafState = (state: IndexedState): boolean => state.children.length === 0 || state.node.forEach !== undefined;

/**
 * Checks a parsed plan against the two versions: every renamed state exists on its side and is a
 * leaf there, a forEach state maps to a forEach state, no state maps to a final state at the top
 * level (that would end the instance without an event), and every data entry is a pointer with an
 * expression that compiles.
 * @throws PayloadError('plan') with pointers into the plan.
 */
export function checkMigrationPlan(
  parsed: ReturnType<typeof parseMigrationPlan>,
  from: CompiledWorkflow,
  to: CompiledWorkflow,
): CheckedPlan {
  const issues: Issue[] = [];
  if (parsed.from === parsed.to) {
    issues.push(issue('/to', 'migration.sameVersion', '迁移的目标版本与原版本相同', 'The plan moves instances to the version they are on'));
  }
  for (const [name, target] of parsed.states) {
    const pointer = joinPointer('/states', name);
    const source = from.index.states.get(name);
    const moved = to.index.states.get(target);
    if (source === undefined) {
      issues.push(issue(pointer, 'migration.unknownSourceState', `${from.key} 中没有状态“${name}”`, `${from.key} has no state "${name}"`));
    } else if (!isLeafState(source)) {
      issues.push(notLeaf(pointer, name, from.key));
    }
    if (moved === undefined) {
      issues.push(issue(pointer, 'migration.unknownTargetState', `${to.key} 中没有状态“${target}”`, `${to.key} has no state "${target}"`));
    } else if (!isLeafState(moved)) {
      issues.push(notLeaf(pointer, target, to.key));
    } else if (moved.kind === 'final' && moved.parent === undefined) {
      issues.push(
        issue(pointer, 'migration.finalTarget', `不能迁移到流程的终止状态“${target}”`, `Instances cannot be moved to the workflow's final state "${target}"`),
      );
    }
    if (source !== undefined && moved !== undefined && isLeafState(source) && isLeafState(moved) && (source.node.forEach === undefined) !== (moved.node.forEach === undefined)) {
      issues.push(kindMismatch(pointer, name, target));
    }
  }
  const data: DataEntry[] = [];
  for (const [pointer, source] of parsed.data) {
    const at = joinPointer('/data', pointer);
    const tokens = parsePointer(pointer);
    if (tokens === undefined || tokens.length === 0) {
      issues.push(issue(at, 'migration.dataPointer', `“${pointer}”不是实例数据中的 JSON 指针（以 / 开头）`, `"${pointer}" is not a JSON pointer into the data (starting with /)`));
      continue;
    }
    if (source === null) {
      data.push({ pointer, tokens, expression: undefined });
      continue;
    }
    const compiled = compileExpression(source);
    if (compiled.ok) data.push({ pointer, tokens, expression: compiled.expression });
    else issues.push({ pointer: at, code: compiled.code, message: compiled.message });
  }
  if (issues.length > 0) throw new PayloadError(issues, 'plan');
  return { id: parsed.id, from, to, states: parsed.states, data };
}

/** The issue of a state that has child states and so cannot be where an instance stands. */
export function notLeaf(pointer: string, name: string, key: string): Issue {
  return issue(
    pointer,
    'migration.notLeafState',
    `${key} 的状态“${name}”有子状态：请映射到（或从）它的某个子状态`,
    `State "${name}" of ${key} has child states: map to (or from) one of them`,
  );
}

/** The issue of a forEach state mapped to one that is not, or the other way round. */
export function kindMismatch(pointer: string, name: string, target: string): Issue {
  return issue(
    pointer,
    'migration.kindMismatch',
    `“${name}”与“${target}”不能对应：分办（forEach）状态只能迁移到分办状态，其分支随之迁移`,
    `"${name}" cannot become "${target}": a forEach state moves only to a forEach state, which takes its branches`,
  );
}
