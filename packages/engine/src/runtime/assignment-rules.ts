import { ForbiddenError } from '../errors.js';
import { text } from '../localized-text.js';
import { activeStateNames } from '../compile/state-value.js';
import type { ActionSpec, CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { StoredInstance, TaskAssignee } from '../store/store.js';
import type { FoundAction } from './find-action.js';
import type { Actor } from './types.js';
import { ownValue } from '../own-keys.js';
import { builtinAction } from '../builtins/actions/index.js';

/** The key a task's assignment is kept under: its state, and for a branch task, its unit. */
export function taskKey(state: string, unit?: string): string {
  return unit === undefined ? state : `${state}#${unit}`;
}

/**
 * The claims and delegations an action falls under, with their keys. A branch action: its
 * branch's task. Any other action: the task of the state declaring it, of a state containing that
 * state, and of an active state inside it — a state's task lists the actions of the states
 * containing it, so a claim on either side covers the action.
 */
function assignmentsCovering(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  spec: ActionSpec,
  unit: string | undefined,
): Array<{ key: string; assignee: TaskAssignee }> {
  if (unit !== undefined) {
    const key = taskKey(spec.state, unit);
    const assignee = ownValue(instance.assignees, key);
    return assignee ? [{ key, assignee }] : [];
  }
  const path = compiled.index.states.get(spec.state)?.path ?? [spec.state];
  const covering: Array<{ key: string; assignee: TaskAssignee }> = [];
  for (const [key, assignee] of Object.entries(instance.assignees)) {
    if (key.includes('#')) continue; // a branch's task: only its branch's actions
    if (path.includes(key) || compiled.index.states.get(key)?.path.includes(spec.state)) covering.push({ key, assignee });
  }
  return covering;
}

/**
 * Who holds the task an action belongs to, and under which key: the claim or delegation of the
 * action's own task, else one covering it (see {@link assignmentsCovering}); undefined when the
 * task is free. Claiming, releasing and delegating act on this holding.
 */
export function taskHolder(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  spec: ActionSpec,
  unit: string | undefined,
): { key: string; assignee: TaskAssignee } | undefined {
  const key = taskKey(spec.state, unit);
  const own = ownValue(instance.assignees, key);
  return own ? { key, assignee: own } : assignmentsCovering(compiled, instance, spec, unit)[0];
}

/**
 * Who, other than `actor`, holds the task an action belongs to (claimed or delegated), so that
 * the actor may not take it: once a task is held, only its holder acts on it, whatever role the
 * action names (the proposer withdrawing included). A built-in action with its own rule on the
 * holder (`allows`: claiming, releasing) is left to that rule.
 */
function otherHolder(compiled: CompiledWorkflow, instance: StoredInstance, spec: ActionSpec, actor: Actor, unit: string | undefined): TaskAssignee | undefined {
  if (spec.builtin !== undefined && builtinAction(spec.builtin)?.allows) return undefined;
  return assignmentsCovering(compiled, instance, spec, unit).find(({ assignee }) => assignee.user !== actor.id)?.assignee;
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
    text('该任务已由他人认领或受托办理，只有其本人可以操作', 'This task was claimed by or delegated to someone else: only they may act on it'),
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
  const builtin = spec.builtin === undefined ? undefined : builtinAction(spec.builtin);
  if (builtin?.allows) return builtin.allows(taskHolder(compiled, instance, spec, unit)?.assignee, actor);
  return otherHolder(compiled, instance, spec, actor, unit) === undefined;
}
