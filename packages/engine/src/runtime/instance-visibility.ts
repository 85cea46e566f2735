import { activeStateNames } from '../compile/state-value.js';
import type { CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { StoredInstance } from '../store/store.js';
import { branchActions } from './find-action.js';
import { holdersOf } from './participants.js';
import { ownValue } from '../own-keys.js';
import { mayTake } from './role-holding.js';
import type { Actor } from './types.js';

/**
 * Whether `engine.get` shows an instance to an actor. An instance of a workflow with participant
 * roles belongs to its people: it is shown to the holders of any of its participant roles, to
 * whoever may act on its current step through one of the actions offered there (a claim by a
 * colleague aside), to whoever holds one of its open tasks by a claim or a delegation, and to the
 * holders of a role declared with `oversight` (the proposal committee overseeing every proposal),
 * finished instances included. Anyone else is told it does not exist. A workflow without participant roles
 * shows its instances to every actor; the host, reading without an actor, sees every instance.
 */
export function instanceVisibleTo(compiled: CompiledWorkflow, instance: StoredInstance, actor: Actor): boolean {
  if (compiled.participantRoles.size === 0) return true;
  for (const role of compiled.participantRoles.keys()) if (holdersOf(instance, role).includes(actor.id)) return true;
  if (actor.roles.some((role) => ownValue(compiled.definition.roles, role)?.oversight === true)) return true;
  if (instance.status === 'done') return false;
  if (Object.values(instance.assignees).some((assignee) => assignee.user === actor.id)) return true;
  if (compiled.actionsIn(activeStateNames(instance.state)).some((spec) => mayTake(compiled, instance, actor, spec))) return true;
  return branchActions(compiled, instance).some(({ spec, forEach, key }) => mayTake(compiled, instance, actor, spec, { forEach, key }));
}
