import type { ActionSpec, CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { StoredInstance } from '../store/store.js';
import { ownValue } from '../own-keys.js';
import { holdersOf } from './participants.js';
import type { Actor } from './types.js';

/** A branch of a forEach state: the forEach state and the branch's key (a unit, or a user for a per-person forEach). */
export interface BranchRef {
  forEach: string;
  key: string;
}

type RoleInstance = Pick<StoredInstance, 'participants' | 'units' | 'branches'>;

/** The role whose holders act on the branches of a forEach state (`forEach.role`), if `state` is one. */
export function forEachRoleOf(compiled: CompiledWorkflow, state: string): string | undefined {
  return compiled.index.states.get(state)?.node.forEach?.role;
}

/**
 * Whether the actor acts through `role` on this instance, on `branch` when given:
 * - a participant role: only its holders, by actor id (the actor need not list the role); on a
 *   branch of a forEach whose role it is, only the person whose user id is the branch key;
 * - any other role: the actor lists it; a unit-scoped role further needs the actor's unit to be
 *   the branch's on a branch, and outside branches the unit the data names when it is data-bound.
 */
export function actsThrough(compiled: CompiledWorkflow, instance: RoleInstance, actor: Actor, role: string, branch?: BranchRef): boolean {
  if (compiled.participantRoles.has(role)) {
    if (branch !== undefined && forEachRoleOf(compiled, branch.forEach) === role) return actor.id === branch.key;
    return holdersOf(instance, role).includes(actor.id);
  }
  if (!actor.roles.includes(role) || !compiled.unitRoles.has(role)) return actor.roles.includes(role);
  if (branch !== undefined) return actor.unit === branch.key;
  if (!compiled.boundUnitRoles.has(role)) return true;
  const unit = ownValue(instance.units, role);
  return unit !== undefined && actor.unit === unit;
}

/**
 * Whether the actor may take the action: through one of its roles (see {@link actsThrough}); for
 * an action of a forEach state itself (not of one branch), through a role that acts per branch
 * only when the actor owns a branch there (its unit's, or for a per-person forEach, its own).
 */
export function mayTake(compiled: CompiledWorkflow, instance: RoleInstance, actor: Actor, spec: ActionSpec, branch?: BranchRef): boolean {
  const through = spec.roles.filter((role) => actsThrough(compiled, instance, actor, role, branch));
  if (through.length === 0) return false;
  const branches = branch === undefined ? ownValue(instance.branches, spec.state) : undefined;
  if (branches === undefined) return true;
  const perBranch = forEachRoleOf(compiled, spec.state);
  return through.some((role) => {
    if (compiled.participantRoles.has(role)) return role !== perBranch || Object.hasOwn(branches, actor.id);
    if (!compiled.unitRoles.has(role) || compiled.boundUnitRoles.has(role)) return true;
    return actor.unit !== undefined && Object.hasOwn(branches, actor.unit);
  });
}
