import type { CompiledWorkflow, EffectRequest, Recipients, RequestedEffect } from '../compile/compiled-workflow.js';
import type { StoredInstance } from '../store/store.js';
import { ownValue } from '../own-keys.js';
import { holdersOf } from './participants.js';
import { forEachRoleOf } from './role-holding.js';

/**
 * Whom an effect's roles stand for on this instance, so that the host can deliver to its own user
 * and unit ids:
 * - a participant role: its holders' user ids (on a per-person branch, that person only);
 * - a data-bound unit role: the unit the data names;
 * - the role of a forEach state: on a branch, the branch's unit; elsewhere the units of the branches
 *   open when the effect ran or after the command;
 * - any other role stays a role.
 * A participant or unit role that resolves to no one adds no one: it never falls back to the role.
 */
export function resolveRecipients(
  compiled: CompiledWorkflow,
  instance: Pick<StoredInstance, 'participants' | 'units' | 'branches'>,
  roles: readonly string[],
  requested: Pick<RequestedEffect, 'branch' | 'openBranches'>,
): Recipients {
  const users = new Set<string>();
  const units = new Set<string>();
  const plain = new Set<string>();
  const branch = requested.branch;
  for (const role of roles) {
    if (compiled.participantRoles.has(role)) {
      const own = branch !== undefined && forEachRoleOf(compiled, branch.forEach) === role;
      for (const user of own ? [branch.key] : holdersOf(instance, role)) users.add(user);
      continue;
    }
    if (!compiled.unitRoles.has(role)) {
      plain.add(role);
      continue;
    }
    if (compiled.boundUnitRoles.has(role)) {
      const unit = ownValue(instance.units, role);
      if (unit !== undefined) units.add(unit);
      continue;
    }
    if (branch !== undefined) {
      units.add(branch.key);
      continue;
    }
    const forEachStates = [...compiled.index.states.values()].filter((state) => state.node.forEach?.role === role).map((state) => state.name);
    if (forEachStates.length === 0) {
      plain.add(role);
      continue;
    }
    for (const forEach of forEachStates) {
      for (const unit of ownValue(requested.openBranches, forEach) ?? []) units.add(unit);
      for (const unit of Object.keys(ownValue(instance.branches, forEach) ?? {})) units.add(unit);
    }
  }
  return { users: [...users], units: [...units], roles: [...plain] };
}

/** The request of a transition's effect, with its recipients resolved on the instance the command leaves. */
export function withRecipients(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  requested: RequestedEffect & { request: EffectRequest },
): EffectRequest {
  const { request } = requested;
  const roles = request.kind === 'notify' ? request.roles : (request.roles ?? []);
  return { ...request, recipients: resolveRecipients(compiled, instance, roles, requested) };
}
