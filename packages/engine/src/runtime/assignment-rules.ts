import { ForbiddenError } from '../errors.js';
import { text } from '../localized-text.js';
import { activeStateNames } from '../compile/state-value.js';
import type { ActionSpec } from '../compile/compiled-workflow.js';
import type { StoredInstance } from '../store/store.js';
import type { FoundAction } from './find-action.js';
import type { Actor } from './types.js';
import { ownValue } from '../own-keys.js';
import { builtinAction } from '../builtins/actions/index.js';

/** The key a task's assignment is kept under: its state, and for a branch task, its unit. */
export function taskKey(state: string, unit?: string): string {
  return unit === undefined ? state : `${state}#${unit}`;
}

/**
 * @throws ForbiddenError when the task was claimed by or delegated to someone else and the actor
 * acts through one of the roles that share it (`assignment.claim`/`delegate`); other roles — the
 * proposer withdrawing, say — are not affected by who holds the office's task.
 */
export function checkAssignee(instance: StoredInstance, found: FoundAction, actor: Actor): void {
  const assignee = ownValue(instance.assignees, taskKey(found.spec.state, found.branch?.key));
  if (!assignee || assignee.user === actor.id) return;
  const held = found.spec.roles.filter((role) => actor.roles.includes(role));
  if (held.some((role) => found.spec.sharedBy?.includes(role))) {
    throw new ForbiddenError(
      found.spec.event,
      found.spec.roles,
      text('该任务已由他人认领或受托办理，只有其本人可以操作', 'This task was claimed by or delegated to someone else: only they may act on it'),
    );
  }
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
  instance: StoredInstance,
  spec: ActionSpec,
  actor: Actor,
  unit?: string,
): boolean {
  const assignee = ownValue(instance.assignees, taskKey(spec.state, unit));
  const builtin = spec.builtin === undefined ? undefined : builtinAction(spec.builtin);
  if (builtin?.allows) return builtin.allows(assignee, actor);
  if (assignee === undefined || assignee.user === actor.id) return true;
  return !spec.roles.some((role) => actor.roles.includes(role) && spec.sharedBy?.includes(role));
}
