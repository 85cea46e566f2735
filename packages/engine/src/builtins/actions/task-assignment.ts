import { ForbiddenError } from '../../errors.js';
import { text } from '../../localized-text.js';
import type { BuiltinApplyArgs, OfferingState } from './builtin-action.js';
import type { StoredInstance, TaskAssignee } from '../../store/store.js';
import { taskHolder, taskKey } from '../../runtime/assignment-rules.js';
import { afterEvent, finish, nextEvent, type AppliedCommand } from '../../runtime/step.js';
import type { Actor } from '../../runtime/types.js';

/** The roles a state's `assignment` names for its task: those who may claim it and those who may delegate it. */
export function taskHolders(state: OfferingState): string[] | undefined {
  const assignment = state.node.assignment;
  if (!assignment) return undefined;
  return [...new Set([...(assignment.claim ?? []), ...(assignment.delegate ?? [])])];
}

/** What one assignment operation decided: the task's holders afterwards, and the audit event's payload. */
export interface AssignmentChange {
  assignees: StoredInstance['assignees'];
  payload?: unknown;
}

/**
 * Claims (认领), releases or delegates (委托) a task: `decide` reads who holds it now (see
 * `taskHolder`) and returns who holds it afterwards, under the key of that holding (or of the
 * task itself when it is free); the operation is audited and the state does not change.
 */
export function changeAssignment(
  { compiled, instance, found, command, atDate, environment }: BuiltinApplyArgs,
  decide: (current: TaskAssignee | undefined, key: string, at: string, refuse: (zh: string, en: string) => never) => AssignmentChange,
): AppliedCommand {
  const { spec } = found;
  // The holding may be a containing or contained state's (a claimed compound state holds its children's task).
  const held = taskHolder(compiled, instance, spec, found.branch?.key);
  const key = held?.key ?? taskKey(spec.state, found.branch?.key);
  const at = atDate.toISOString();
  const actor: Actor = command.actor;
  const refuse = (zh: string, en: string): never => {
    throw new ForbiddenError(spec.event, spec.roles, text(zh, en));
  };
  const { assignees, payload } = decide(held?.assignee, key, at, refuse);
  const event = nextEvent(instance, {
    at,
    actor,
    type: spec.event,
    branch: found.branch?.key,
    payload,
    to: instance.state,
    path: { transitions: [spec.pointer] },
  });
  const updated = afterEvent(instance, event, { assignees });
  return finish(compiled, updated, instance.version, event, [], actor, command.idempotencyKey, atDate, environment);
}
