import { ajvErrorsToIssues } from '../definition/ajv-issues.js';
import { canonicalJson } from '../canonical-json.js';
import { PayloadError, StoreDataError, type Issue } from '../errors.js';
import { joinPointer, removeAtPointer, setAtPointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import { emptyRecord, ownValue, setOwn } from '../own-keys.js';
import { activeStateNames, type StateValue } from '../compile/state-value.js';
import type { BranchState, CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { StateDeadline, StoredInstance } from '../store/store.js';
import { assigneesStillOpen, taskKey } from './assignment-rules.js';
import { branchDeadlinesAfter, deadlinesAfter } from './deadlines.js';
import { isLeafState, kindMismatch, notLeaf, type CheckedPlan } from './migration-plan.js';
import { configurationOf, placedLeaves } from './state-configuration.js';
import { afterEvent, finish, nextEvent, type AppliedCommand, type CommandEnvironment } from './step.js';
import { checkStoredStates } from './stored-states.js';
import { pointerBeyondDepth } from '../store/json-depth.js';
import { STORED_JSON_MAX_DEPTH } from '../store/row-schemas.js';
import { instanceInfo } from './view.js';
import type { Actor } from './types.js';

/** What migrating one instance gives: the rows to commit, or why it cannot move. */
export type AppliedMigration =
  | { ok: true; applied: AppliedCommand; from: StateValue; to: StateValue }
  | { ok: false; issues: Issue[] };

/**
 * Moves one instance of `plan.from` to `plan.to` (the pure part of `engine.migrate`): maps its
 * active states, branches and assignments, computes its new data, carries its deadlines (kept
 * while their rule is unchanged, else recounted from when their state was entered), and audits it
 * as a `migrated` event. Returns the issues instead, pointing into the instance row (`/state`,
 * `/branches/…`, `/data/…`), when a state has no counterpart, the states make no configuration of
 * the new version, or the new data does not fit its data schema. Reads nothing else and leaves
 * `instance` untouched.
 */
export function applyMigration(
  plan: CheckedPlan,
  instance: StoredInstance,
  actor: Actor,
  atDate: Date,
  environment: CommandEnvironment,
): AppliedMigration {
  const { from, to } = plan;
  const at = atDate.toISOString();
  const issues: Issue[] = [];
  const targetOf = (name: string): string | undefined =>
    plan.states.get(name) ?? (to.index.states.has(name) ? name : undefined);

  // Each active leaf, and the new leaf it becomes.
  const moves: Array<{ source: string; target: string }> = [];
  for (const leaf of placedLeaves(instance.state, '/state')) {
    const target = targetOf(leaf.name);
    const moved = target === undefined ? undefined : to.index.states.get(target)!;
    if (moved === undefined) issues.push(unmapped(leaf.pointer, leaf.name, to.key));
    else if (!isLeafState(moved)) issues.push(notLeaf(leaf.pointer, moved.name, to.key));
    else if ((from.index.states.get(leaf.name)?.node.forEach === undefined) !== (moved.node.forEach === undefined)) {
      issues.push(kindMismatch(leaf.pointer, leaf.name, moved.name));
    } else moves.push({ source: leaf.name, target: moved.name });
  }
  const branches = migrateBranches(plan, instance, targetOf, issues);
  const data = migrateData(plan, instance, at, issues);
  if (issues.length > 0) return { ok: false, issues };

  const configuration = configurationOf(to, moves.map((move) => move.target), '/state');
  if ('issues' in configuration) return { ok: false, issues: configuration.issues };
  const state = configuration.value;
  const entered = enteredAfterMigration(to, instance, moves, state);
  const deadlines = deadlinesAfterMigration(plan, instance, moves, state, entered, environment);

  const event = nextEvent(instance, {
    at,
    actor,
    type: 'migrated',
    payload: { definition: plan.id, from: from.definition.version, to: to.definition.version },
    to: state,
  });
  const updated = afterEvent(instance, event, {
    definitionVersion: to.definition.version,
    state,
    data,
    entered,
    deadlines,
    branches: branchDeadlinesAfter(to, branches, branches, environment.calendar),
    assignees: migrateAssignees(instance, targetOf),
  });
  updated.assignees = assigneesStillOpen(updated);
  let applied: AppliedCommand;
  try {
    // finish binds the row to the new version as every commit does, and may refuse its data for it.
    applied = finish(to, updated, instance.version, event, [], actor, undefined, atDate, environment);
    // The same check every row read back passes: the new row must be one the new version can run.
    checkStoredStates(to, applied.write.instance);
  } catch (error) {
    if (error instanceof StoreDataError) return { ok: false, issues: [...error.issues] };
    if (error instanceof PayloadError) {
      return { ok: false, issues: error.issues.map((found) => (error.subject === 'data' ? { ...found, pointer: `/data${found.pointer}` } : found)) };
    }
    throw error;
  }
  return { ok: true, applied, from: instance.state, to: state };
}

const unmapped = (pointer: string, name: string, key: string): Issue => ({
  pointer,
  code: 'migration.unmappedState',
  message: text(
    `状态“${name}”在 ${key} 中没有同名状态，迁移计划的 states 也没有指定它迁往何处`,
    `State "${name}" has no state of the same name in ${key}, and the plan's "states" does not say where it goes`,
  ),
});

/** A deadline rule as a comparable text: when it falls due and when it warns. */
function ruleOf(compiled: CompiledWorkflow, state: string): string | undefined {
  const rule = compiled.index.states.get(state)?.node.deadline;
  return rule === undefined ? undefined : canonicalJson({ within: rule.within, warnBefore: rule.warnBefore ?? null });
}

const sameRule = (plan: CheckedPlan, source: string, target: string): boolean => {
  const rule = ruleOf(plan.from, source);
  return rule !== undefined && rule === ruleOf(plan.to, target);
};

/**
 * The branches of each active forEach state, under its new name, each in its new child state.
 * A branch deadline whose rule is unchanged is kept; any other is left out, to be recounted.
 */
function migrateBranches(
  plan: CheckedPlan,
  instance: StoredInstance,
  targetOf: (name: string) => string | undefined,
  issues: Issue[],
): StoredInstance['branches'] {
  const result: StoredInstance['branches'] = emptyRecord();
  for (const [forEach, units] of Object.entries(instance.branches)) {
    const moved = targetOf(forEach);
    if (moved === undefined || plan.to.index.states.get(moved)?.node.forEach === undefined) continue; // reported with the leaf
    if (Object.hasOwn(result, moved)) {
      issues.push({
        pointer: joinPointer('/branches', forEach),
        code: 'migration.branchState',
        message: text(
          `两个分办（forEach）状态都迁往“${moved}”：它们的分支不能合并`,
          `Two forEach states would both become "${moved}": their branches cannot be merged`,
        ),
      });
      continue;
    }
    const next: Record<string, BranchState> = emptyRecord();
    for (const [unit, branch] of Object.entries(units)) {
      const pointer = joinPointer('/branches', forEach, unit, 'state');
      const target = targetOf(branch.state);
      if (target === undefined) {
        issues.push(unmapped(pointer, branch.state, plan.to.key));
        continue;
      }
      if (plan.to.index.states.get(target)?.parent !== moved) {
        issues.push({
          pointer,
          code: 'migration.branchState',
          message: text(
            `分支“${unit}”所在的“${branch.state}”迁往“${target}”，它不是 ${moved} 的子状态`,
            `Branch "${unit}" is in "${branch.state}", which would become "${target}": not a child state of ${moved}`,
          ),
        });
        continue;
      }
      const { deadline, ...rest } = branch;
      setOwn(next, unit, deadline !== undefined && sameRule(plan, branch.state, target) ? { ...rest, state: target, deadline } : { ...rest, state: target });
    }
    setOwn(result, moved, next);
  }
  return result;
}

/**
 * The new data: every expression computed on the instance as it was, then written in order;
 * `null`, or an expression giving no value, removes the value. The result must fit the new data
 * schema; its issues point into the row (`/data/…`).
 */
function migrateData(plan: CheckedPlan, instance: StoredInstance, now: string, issues: Issue[]): Record<string, unknown> {
  const scope = { data: instance.data, instance: instanceInfo(instance), now };
  const values = plan.data.map((entry) => entry.expression?.evaluate(scope));
  let data = instance.data;
  plan.data.forEach((entry, index) => {
    const value = values[index];
    data = value === undefined ? removeAtPointer(data, entry.tokens) : setAtPointer(data, entry.tokens, value);
  });
  // Rows read back deeper than this are refused: a pointer may not build data no store can return.
  const tooDeep = pointerBeyondDepth(data, STORED_JSON_MAX_DEPTH - 1);
  if (tooDeep !== undefined) {
    issues.push({
      pointer: `/data${tooDeep}`,
      code: 'migration.dataTooDeep',
      message: text(`新数据嵌套超过 ${STORED_JSON_MAX_DEPTH - 1} 层`, `The new data nests deeper than ${STORED_JSON_MAX_DEPTH - 1} levels`),
    });
    return data;
  }
  const validate = plan.to.dataValidator;
  if (validate && !validate(data)) {
    for (const found of ajvErrorsToIssues(validate.errors, 'data')) issues.push({ ...found, pointer: `/data${found.pointer}` });
  }
  return data;
}

/**
 * When each state of the new configuration was entered: a leaf when the state it comes from was
 * (the earliest, when several merge), a containing state when it was entered before (same name),
 * else when the first of its leaves was.
 */
function enteredAfterMigration(
  to: CompiledWorkflow,
  instance: StoredInstance,
  moves: ReadonlyArray<{ source: string; target: string }>,
  state: StateValue,
): Record<string, string> {
  const leafEntered = new Map<string, string>();
  for (const { source, target } of moves) {
    const since = ownValue(instance.entered, source)!;
    const known = leafEntered.get(target);
    if (known === undefined || since < known) leafEntered.set(target, since);
  }
  const entered: Record<string, string> = {};
  for (const name of activeStateNames(state)) {
    const since =
      leafEntered.get(name) ??
      ownValue(instance.entered, name) ??
      [...leafEntered].filter(([leaf]) => to.index.states.get(leaf)!.path.includes(name)).map(([, at]) => at).sort()[0]!;
    setOwn(entered, name, since);
  }
  return entered;
}

/**
 * The deadlines of the new configuration: one whose state's rule (`within`, `warnBefore`) is
 * unchanged keeps its due time, marks and extensions; any other is recounted from when its state
 * was entered. One counted through a year without calendar data is recounted as a command would.
 */
function deadlinesAfterMigration(
  plan: CheckedPlan,
  instance: StoredInstance,
  moves: ReadonlyArray<{ source: string; target: string }>,
  state: StateValue,
  entered: Record<string, string>,
  environment: CommandEnvironment,
): Record<string, StateDeadline> {
  const kept: Record<string, StateDeadline> = {};
  for (const name of activeStateNames(state)) {
    const sources = moves.filter((move) => move.target === name).map((move) => move.source);
    if (sources.length === 0 && Object.hasOwn(instance.entered, name)) sources.push(name);
    for (const source of sources) {
      const deadline = ownValue(instance.deadlines, source);
      if (deadline !== undefined && sameRule(plan, source, name)) {
        setOwn(kept, name, deadline);
        break;
      }
    }
  }
  // A provisional deadline kept here is recounted, like any other, before the next command or timer.
  return deadlinesAfter(plan.to, { deadlines: kept, entered }, state, entered, environment.calendar);
}

/** The assignments (claims, delegations) under the new names of their states; the others are dropped. */
function migrateAssignees(instance: StoredInstance, targetOf: (name: string) => string | undefined): StoredInstance['assignees'] {
  const assignees: StoredInstance['assignees'] = {};
  for (const [key, assignee] of Object.entries(instance.assignees)) {
    // State names never contain '#'; a unit name may, so split at the first one only.
    const at = key.indexOf('#');
    const target = targetOf(at < 0 ? key : key.slice(0, at));
    if (target !== undefined) setOwn(assignees, taskKey(target, at < 0 ? undefined : key.slice(at + 1)), assignee);
  }
  return assignees;
}
