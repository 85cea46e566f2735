import type { CompiledWorkflow } from '../compile/compiled-workflow.js';
import { activeStateNames, type StateValue } from '../compile/state-value.js';
import { StoreDataError, type Issue } from '../errors.js';
import { joinPointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import type { StoredInstance, StoredTimer } from '../store/store.js';

const unknownState = (pointer: string, name: string, definition: string): Issue => ({
  pointer,
  code: 'row.unknownState',
  message: text(`流程定义 ${definition} 中没有状态“${name}”`, `The workflow ${definition} has no state "${name}"`),
});

const misplaced = (pointer: string, name: string, why: { zh: string; en: string }): Issue => ({
  pointer,
  code: 'row.stateMismatch',
  message: text(`状态“${name}”${why.zh}`, `State "${name}" ${why.en}`),
});

/** The error for an instance row whose states do not fit its definition. */
const badRow = (instance: StoredInstance, issues: Issue[]): StoreDataError =>
  new StoreDataError(issues, `instance ${instance.tenant}/${instance.id}`, { kind: 'instance', tenant: instance.tenant, id: instance.id });

/**
 * Checks that an instance row read back names only states its definition knows, each where it
 * can be: the state value follows the definition's nesting (one child of a compound state, every
 * region of a parallel one, a plain or forEach state as a leaf); `entered` has exactly the active
 * states; deadlines belong to active states; branches to active forEach states and their children;
 * assignments to known states. A row that breaks this is reported, never used: the next command
 * would be computed, and committed, on top of it.
 *
 * @throws StoreDataError naming the row and each field.
 */
export function checkStoredStates(compiled: CompiledWorkflow, instance: StoredInstance): void {
  const issues: Issue[] = [];
  const states = compiled.index.states;
  const definition = compiled.key;
  const known = (name: string): boolean => states.has(name);

  const visit = (value: StateValue, parent: string | undefined, pointer: string): void => {
    if (typeof value === 'string') {
      const state = states.get(value);
      if (state === undefined) issues.push(unknownState(pointer, value, definition));
      else if (state.parent !== parent) issues.push(misplaced(pointer, value, { zh: '不在此处', en: 'does not belong here' }));
      else if (state.children.length > 0 && !state.node.forEach) {
        issues.push(misplaced(pointer, value, { zh: '有子状态，不能单独作为当前状态', en: 'has child states and cannot stand alone' }));
      }
      return;
    }
    const names = Object.keys(value);
    if (parent !== undefined) {
      const kind = states.get(parent)?.kind;
      const expected = kind === 'parallel' ? states.get(parent)!.children.length : 1;
      if (names.length !== expected) {
        issues.push(misplaced(pointer, parent, { zh: '的子状态数目不对', en: 'has the wrong number of active child states' }));
      }
    }
    for (const name of names) {
      const at = joinPointer(pointer, name);
      const state = states.get(name);
      const child = value[name]!;
      if (state === undefined) issues.push(unknownState(at, name, definition));
      else if (state.parent !== parent) issues.push(misplaced(at, name, { zh: '不在此处', en: 'does not belong here' }));
      else if (typeof child !== 'string' && Object.keys(child).length === 0) {
        // A plain state standing as a region of a parallel state.
        if (state.children.length > 0 && !state.node.forEach) {
          issues.push(misplaced(at, name, { zh: '有子状态，不能单独作为当前状态', en: 'has child states and cannot stand alone' }));
        }
      } else if (state.children.length === 0 || state.node.forEach) {
        // A forEach state is one state: its branches live beside the state value, not in it.
        issues.push(misplaced(at, name, { zh: '在此不能有子状态', en: 'cannot have active child states' }));
      } else visit(child, name, at);
    }
  };
  visit(instance.state, undefined, '/state');
  if (issues.length > 0) throw badRow(instance, issues);

  const active = new Set(activeStateNames(instance.state));
  for (const name of Object.keys(instance.entered)) {
    if (!active.has(name)) issues.push(misplaced(joinPointer('/entered', name), name, { zh: '不是当前状态', en: 'is not active' }));
  }
  for (const name of active) {
    if (!Object.hasOwn(instance.entered, name)) {
      issues.push(misplaced(joinPointer('/entered', name), name, { zh: '缺少进入时间', en: 'has no time of entry' }));
    }
  }
  for (const name of Object.keys(instance.deadlines)) {
    if (!active.has(name)) issues.push(misplaced(joinPointer('/deadlines', name), name, { zh: '不是当前状态', en: 'is not active' }));
  }
  for (const [forEach, units] of Object.entries(instance.branches)) {
    const pointer = joinPointer('/branches', forEach);
    if (!active.has(forEach) || !states.get(forEach)?.node.forEach) {
      issues.push(misplaced(pointer, forEach, { zh: '不是当前的分办（forEach）状态', en: 'is not an active forEach state' }));
      continue;
    }
    for (const [unit, branch] of Object.entries(units)) {
      const at = joinPointer(pointer, unit, 'state');
      if (!known(branch.state)) issues.push(unknownState(at, branch.state, definition));
      else if (states.get(branch.state)!.parent !== forEach) {
        issues.push(misplaced(at, branch.state, { zh: `不是 ${forEach} 的子状态`, en: `is not a child of ${forEach}` }));
      }
    }
  }
  for (const key of Object.keys(instance.assignees)) {
    const name = key.split('#', 1)[0]!;
    if (!known(name)) issues.push(unknownState(joinPointer('/assignees', key), name, definition));
  }
  if (issues.length > 0) throw badRow(instance, issues);
}

/**
 * Checks that a timer row names a state its instance's definition knows.
 * @throws StoreDataError naming the timer, at `/state`.
 */
export function checkTimerState(compiled: CompiledWorkflow, timer: StoredTimer): void {
  if (compiled.index.states.has(timer.state)) return;
  throw new StoreDataError([unknownState('/state', timer.state, compiled.key)], `timer of tenant ${timer.tenant}`, {
    kind: 'timer',
    tenant: timer.tenant,
    id: timer.id,
  });
}
