import { computeDue, warnAt as warningStart } from '../calendar/deadline.js';
import { CalendarError } from '../errors.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import { evaluateGuard, type CompiledExpression } from '../definition/expressions/index.js';
import { activeStateNames, type StateValue } from '../compile/state-value.js';
import type { BranchState, CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { State } from '../definition/workflow-definition.generated.js';
import type { StateDeadline, StoredInstance, StoredTimer } from '../store/store.js';
import { ownValue, setOwn } from '../own-keys.js';
import { timerId } from './row-ids.js';

/** The colour of an open task (三色): on time, inside the warning window, overdue. */
export type TaskColour = 'green' | 'yellow' | 'red';

const severity: Record<TaskColour, number> = { green: 0, yellow: 1, red: 2 };

/** The worse of two colours. */
export function worseColour(a: TaskColour, b: TaskColour): TaskColour {
  return severity[a] >= severity[b] ? a : b;
}

/**
 * The deadlines of the active states after a command: a state that stays active keeps its
 * deadline (extensions and fired flags included); a state just entered gets one counted from
 * its entry on the committee calendar; a state left loses it.
 */
export function deadlinesAfter(
  compiled: CompiledWorkflow,
  previous: Pick<StoredInstance, 'deadlines' | 'entered'> | undefined,
  state: StateValue,
  entered: Record<string, string>,
  calendar: WorkCalendar,
): Record<string, StateDeadline> {
  const deadlines: Record<string, StateDeadline> = {};
  for (const name of activeStateNames(state)) {
    const deadline = compiled.index.states.get(name)?.node.deadline;
    if (!deadline) continue;
    const kept = ownValue(previous?.deadlines, name);
    if (kept && ownValue(previous?.entered, name) === ownValue(entered, name)) {
      setOwn(deadlines, name, kept);
      continue;
    }
    setOwn(deadlines, name, deadlineFrom(deadline, ownValue(entered, name)!, calendar));
  }
  return deadlines;
}

/** One deadline a recount on the current calendar moved: where it is, and its due before and after. */
export interface RecountedDeadline {
  state: string;
  /** For a branch's deadline: the branch's unit. */
  branch?: string | undefined;
  from: string;
  due: string;
}

/**
 * Whether a stored deadline is recounted on the calendar as it is now: only a provisional one
 * (counted through a year without calendar data) that nobody has extended and no timer has fired
 * for yet — those carry decisions taken on the old count and are left as they are.
 */
function recountable(deadline: StateDeadline): boolean {
  return deadline.provisional === true && !deadline.extensions && !deadline.warned && !deadline.expired;
}

/** Whether any deadline of the instance, of a state or of a branch, could be recounted. */
function hasRecountable(instance: StoredInstance): boolean {
  for (const deadline of Object.values(instance.deadlines)) if (recountable(deadline)) return true;
  for (const units of Object.values(instance.branches)) {
    for (const branch of Object.values(units)) if (branch.deadline !== undefined && recountable(branch.deadline)) return true;
  }
  return false;
}

/**
 * Recounts an instance's provisional deadlines — its states' and its branches' — on the calendar
 * as it is now: once the missing year's calendar has been added, they become exact (and lose the
 * flag). Returns the same instance when nothing changed, and the deadlines whose due moved.
 */
export function recountProvisional(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  calendar: WorkCalendar,
): { instance: StoredInstance; moved: RecountedDeadline[] } {
  const moved: RecountedDeadline[] = [];
  // Every command and timer passes here: an instance with nothing to recount is returned as it is, unwalked.
  if (instance.status === 'done' || !hasRecountable(instance)) return { instance, moved };
  let changed = false;
  const deadlines: Record<string, StateDeadline> = {};
  for (const [name, deadline] of Object.entries(instance.deadlines)) {
    const rule = compiled.index.states.get(name)?.node.deadline;
    const since = ownValue(instance.entered, name);
    let kept = deadline;
    const recounted = rule && since !== undefined && recountable(deadline) ? recount(rule, since, calendar) : undefined;
    if (recounted && !sameDeadline(recounted, deadline)) {
      kept = recounted;
      changed = true;
      if (recounted.due !== deadline.due) moved.push({ state: name, from: deadline.due, due: recounted.due });
    }
    setOwn(deadlines, name, kept);
  }
  let branchesChanged = false;
  const branches: StoredInstance['branches'] = {};
  for (const [forEach, units] of Object.entries(instance.branches)) {
    // Keyed by unit names from the data: no prototype, so `__proto__` is a unit like any other.
    const next: Record<string, BranchState> = Object.create(null);
    for (const [unit, branch] of Object.entries(units)) {
      const rule = compiled.index.states.get(branch.state)?.node.deadline;
      const deadline = branch.deadline;
      let updated = branch;
      const recounted = deadline && rule && recountable(deadline) ? recount(rule, branch.entered, calendar) : undefined;
      if (deadline && recounted && !sameDeadline(recounted, deadline)) {
        updated = { ...branch, deadline: recounted };
        branchesChanged = true;
        if (recounted.due !== deadline.due) moved.push({ state: branch.state, branch: unit, from: deadline.due, due: recounted.due });
      }
      setOwn(next, unit, updated);
    }
    setOwn(branches, forEach, next);
  }
  if (!changed && !branchesChanged) return { instance, moved };
  return {
    instance: { ...instance, ...(changed ? { deadlines } : {}), ...(branchesChanged ? { branches } : {}) },
    moved,
  };
}

/**
 * The deadline counted again from `entered` on the calendar as it is now, or undefined when that
 * calendar refuses to count through the missing year (`missingYear: 'throw'`): the stored count
 * then stays, provisional as it was.
 */
function recount(rule: NonNullable<State['deadline']>, entered: string, calendar: WorkCalendar): StateDeadline | undefined {
  try {
    return deadlineFrom(rule, entered, calendar);
  } catch (error) {
    if (error instanceof CalendarError && error.code === 'calendar.yearMissing') return undefined;
    throw error;
  }
}

function sameDeadline(a: StateDeadline, b: StateDeadline): boolean {
  return a.due === b.due && a.warnAt === b.warnAt && a.provisional === b.provisional;
}

/** Computes a state's deadline counted from `entered`. */
function deadlineFrom(rule: NonNullable<State['deadline']>, entered: string, calendar: WorkCalendar): StateDeadline {
  const due = computeDue(new Date(entered), rule.within, calendar);
  const warn = rule.warnBefore === undefined ? undefined : warningStart(due.due, rule.warnBefore, calendar);
  return {
    due: due.due.toISOString(),
    ...(warn ? { warnAt: warn.at.toISOString() } : {}),
    ...(due.provisional || warn?.provisional ? { provisional: true } : {}),
  };
}

/**
 * Gives each branch the deadline of the child state it is in (per unit, counted from when the
 * branch entered it): kept while the branch stays, computed when it moves, dropped when the new
 * child state has none.
 */
export function branchDeadlinesAfter(
  compiled: CompiledWorkflow,
  previous: StoredInstance['branches'] | undefined,
  branches: StoredInstance['branches'],
  calendar: WorkCalendar,
): StoredInstance['branches'] {
  let changed = false;
  const result: StoredInstance['branches'] = {};
  for (const [forEach, units] of Object.entries(branches)) {
    // Keyed by unit names from the data: no prototype, so `__proto__` is a unit like any other.
    const next: Record<string, BranchState> = Object.create(null);
    for (const [key, branch] of Object.entries(units)) {
      const rule = compiled.index.states.get(branch.state)?.node.deadline;
      const before = ownValue(ownValue(previous, forEach), key);
      let updated = branch;
      if (!rule) {
        if (branch.deadline) {
          const { deadline: _dropped, ...rest } = branch;
          updated = rest;
        }
      } else if (before && before.state === branch.state && before.entered === branch.entered && before.deadline) {
        if (branch.deadline !== before.deadline) updated = { ...branch, deadline: before.deadline };
      } else if (!branch.deadline || before?.entered !== branch.entered) {
        updated = { ...branch, deadline: deadlineFrom(rule, branch.entered, calendar) };
      }
      if (updated !== branch) changed = true;
      setOwn(next, key, updated);
    }
    setOwn(result, forEach, next);
  }
  return changed ? result : branches;
}

/**
 * The timers an instance needs: a warning not yet given (only where `onWarn` has something to do:
 * the colour needs no timer), and an expiry not yet recorded.
 */
export function timersOf(
  compiled: CompiledWorkflow,
  instance: Pick<StoredInstance, 'tenant' | 'id' | 'deadlines' | 'status' | 'branches'>,
): StoredTimer[] {
  if (instance.status === 'done') return [];
  const timers: StoredTimer[] = [];
  for (const [state, deadline] of Object.entries(instance.deadlines)) {
    const base = { tenant: instance.tenant, instanceId: instance.id, state };
    const warns = compiled.index.states.get(state)?.node.deadline?.onWarn !== undefined;
    if (warns && deadline.warnAt !== undefined && !deadline.warned && deadline.warnAt < deadline.due) {
      timers.push({ ...base, id: timerId(instance, state, 'warn', deadline.warnAt), kind: 'warn', dueAt: deadline.warnAt });
    }
    if (!deadline.expired) {
      timers.push({ ...base, id: timerId(instance, state, 'expire', deadline.due), kind: 'expire', dueAt: deadline.due });
    }
  }
  for (const units of Object.values(instance.branches)) {
    for (const [unit, branch] of Object.entries(units)) {
      const deadline = branch.deadline;
      if (!deadline) continue;
      const base = { tenant: instance.tenant, instanceId: instance.id, state: branch.state, branch: unit };
      const key = `${branch.state}#${unit}`;
      const warns = compiled.index.states.get(branch.state)?.node.deadline?.onWarn !== undefined;
      if (warns && deadline.warnAt !== undefined && !deadline.warned && deadline.warnAt < deadline.due) {
        timers.push({ ...base, id: timerId(instance, key, 'warn', deadline.warnAt), kind: 'warn', dueAt: deadline.warnAt });
      }
      if (!deadline.expired) {
        timers.push({ ...base, id: timerId(instance, key, 'expire', deadline.due), kind: 'expire', dueAt: deadline.due });
      }
    }
  }
  return timers;
}

/** The nearest deadline that governs a state: its own or one of the states containing it. */
export function governingDeadline(
  path: readonly string[],
  deadlines: Readonly<Record<string, StateDeadline>>,
): StateDeadline | undefined {
  let nearest: StateDeadline | undefined;
  for (const name of path) {
    const deadline = ownValue(deadlines, name);
    if (deadline && (!nearest || deadline.due < nearest.due)) nearest = deadline;
  }
  return nearest;
}

/** Where a task stands against its deadline at `now`. */
export interface TaskTiming {
  due: string | undefined;
  warnAt: string | undefined;
  overdue: boolean;
  dueSoon: boolean;
}

/** The timing of a task with the given due and warning instants, at `now` (ISO strings). */
export function timingAt(due: string | undefined, warnAt: string | undefined, now: string): TaskTiming {
  const overdue = due !== undefined && due <= now;
  return { due, warnAt, overdue, dueSoon: !overdue && warnAt !== undefined && warnAt <= now };
}

/** A compiled colour rule of a definition. */
export interface ColourRule {
  colour: TaskColour;
  when: CompiledExpression;
}

/**
 * A task's colour: the first colour rule of the definition whose `when` holds; without rules,
 * red when overdue, yellow when due soon, else green.
 */
export function colourOf(
  rules: readonly ColourRule[] | undefined,
  timing: TaskTiming,
  scope: { data: unknown; instance: unknown; now: string; state: string },
): TaskColour {
  if (!rules || rules.length === 0) return timing.overdue ? 'red' : timing.dueSoon ? 'yellow' : 'green';
  const expressionScope = {
    data: scope.data,
    instance: scope.instance,
    now: scope.now,
    task: { state: scope.state, ...timing },
  };
  for (const rule of rules) if (evaluateGuard(rule.when, expressionScope)) return rule.colour;
  return 'green';
}
