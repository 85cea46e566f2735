import { ForbiddenError } from '../errors.js';
import { text } from '../localized-text.js';
import { activeStateNames } from '../compile/state-value.js';
import type { ActionSpec, CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { StoredInstance } from '../store/store.js';
import type { FoundAction } from './find-action.js';
import type { Actor } from './types.js';
import { ownValue } from '../own-keys.js';

/** The key a task's assignment is kept under: its state, and for a branch task, its unit. */
export function taskKey(state: string, unit?: string): string {
  return unit === undefined ? state : `${state}#${unit}`;
}

type Assignment = StoredInstance['assignees'][string];

/**
 * The claims and delegations an action falls under. A branch action: its branch's task. Any
 * other action: the task of the state declaring it, of a state containing that state, and of an
 * active state inside it — a state's task lists the actions of the states containing it, so a
 * claim on either side covers the action.
 */
function assignmentsCovering(compiled: CompiledWorkflow, instance: StoredInstance, spec: ActionSpec, unit: string | undefined): Assignment[] {
  if (unit !== undefined) {
    const assignee = ownValue(instance.assignees, taskKey(spec.state, unit));
    return assignee ? [assignee] : [];
  }
  const path = compiled.index.states.get(spec.state)?.path ?? [spec.state];
  const covering: Assignment[] = [];
  for (const [key, assignee] of Object.entries(instance.assignees)) {
    if (key.includes('#')) continue; // a branch's task: only its branch's actions
    if (path.includes(key) || compiled.index.states.get(key)?.path.includes(spec.state)) covering.push(assignee);
  }
  return covering;
}

/**
 * Who, other than `actor`, holds the task an action belongs to (claimed or delegated), so that
 * the actor may not take it: once a task is held, only its holder acts on it, whatever role the
 * action names (the proposer withdrawing included). Claiming and releasing follow their own rules.
 */
function otherHolder(compiled: CompiledWorkflow, instance: StoredInstance, spec: ActionSpec, actor: Actor, unit: string | undefined): Assignment | undefined {
  if (spec.builtin === 'claimTask' || spec.builtin === 'releaseTask') return undefined;
  return assignmentsCovering(compiled, instance, spec, unit).find((assignee) => assignee.user !== actor.id);
}

/** The claim or delegation that keeps a task from being claimed now, if any: its own, or one covering it. */
export function claimBlockedBy(compiled: CompiledWorkflow, instance: StoredInstance, spec: ActionSpec, unit: string | undefined): Assignment | undefined {
  return assignmentsCovering(compiled, instance, spec, unit)[0];
}

/**
 * @throws ForbiddenError when the task was claimed by or delegated to someone else
 * (`actor.forbidden`): any action of the task, through any role, is then theirs alone.
 */
export function checkAssignee(compiled: CompiledWorkflow, instance: StoredInstance, found: FoundAction, actor: Actor): void {
  const holder = otherHolder(compiled, instance, found.spec, actor, found.branch?.key);
  if (!holder) return;
  throw new ForbiddenError(
    found.spec.event,
    found.spec.roles,
    text(`该任务已由“${holder.user}”认领或受托办理，只有其本人可以操作`, `This task was claimed by or delegated to "${holder.user}": only they may act on it`),
  );
}

/** The assignments whose task is still open: its state still active, or its branch still in it. */
export function assigneesStillOpen(instance: StoredInstance): StoredInstance['assignees'] {
  if (Object.keys(instance.assignees).length === 0) return instance.assignees;
  const active = new Set(activeStateNames(instance.state));
  const open = (key: string): boolean => {
    // State names never contain '#'; a unit name may, so split at the first one only.
    const at = key.indexOf('#');
    const state = at < 0 ? key : key.slice(0, at);
    const unit = at < 0 ? undefined : key.slice(at + 1);
    if (unit === undefined) return active.has(state);
    return Object.values(instance.branches).some((branches) => ownValue(branches, unit)?.state === state);
  };
  const kept = Object.entries(instance.assignees).filter(([key]) => open(key));
  return kept.length === Object.keys(instance.assignees).length ? instance.assignees : Object.fromEntries(kept);
}

/** Whether the task's assignment lets the actor take the action now (claim only when free, …). */
export function assignmentAllows(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  spec: ActionSpec,
  actor: Actor,
  unit?: string,
): boolean {
  if (spec.builtin === 'claimTask') return claimBlockedBy(compiled, instance, spec, unit) === undefined;
  if (spec.builtin === 'releaseTask') return ownValue(instance.assignees, taskKey(spec.state, unit))?.user === actor.id;
  return otherHolder(compiled, instance, spec, actor, unit) === undefined;
}
