import { payloadIssues } from '../definition/field-permissions.js';
import { ForbiddenError, PayloadError, TransitionNotAllowedError } from '../errors.js';
import { text } from '../localized-text.js';
import { activeStateNames, formatStateValue } from '../compile/state-value.js';
import type { ActionSpec, CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { StoredInstance } from '../store/store.js';
import type { Actor, Command } from './types.js';
import { actsThrough, forEachRoleOf, mayTake, type BranchRef } from './role-holding.js';

/** The action a command takes, and for an action of a forEach child state, the branch it acts on. */
export interface FoundAction {
  spec: ActionSpec;
  branch?: BranchRef | undefined;
}

/** The branch actions offered now: for each open branch, the actions of the child state it is in. */
export function branchActions(compiled: CompiledWorkflow, instance: StoredInstance): Array<{ spec: ActionSpec; forEach: string; key: string }> {
  const found: Array<{ spec: ActionSpec; forEach: string; key: string }> = [];
  for (const [forEach, branches] of Object.entries(instance.branches)) {
    for (const [key, branch] of Object.entries(branches)) {
      for (const spec of compiled.actionsDeclaredOn(branch.state)) found.push({ spec, forEach, key });
    }
  }
  return found;
}

/** Refuses an action without naming anyone: not the holders, not the units or people whose branches it is offered on. */
function forbidden(spec: Pick<ActionSpec, 'event' | 'roles'>): ForbiddenError {
  return new ForbiddenError(
    spec.event,
    spec.roles,
    text(`无权执行“${spec.event}”：您不是此项工作的办理人`, `Not allowed to "${spec.event}": this work is not yours to act on`),
  );
}

/**
 * Finds the action `type` among those the current states offer. An action of a forEach child
 * state acts on one branch: the one the command names, else the one branch the actor may act on.
 * A refusal names only what the actor may act on itself, never another unit's or person's branch.
 * @throws TransitionNotAllowedError when the instance has ended, no state offers the action, or
 * the actor may act on several branches and the command does not say which; ForbiddenError when
 * branches offer it but none is the actor's.
 */
export function findAction(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  command: Pick<Command, 'type' | 'actor' | 'branch'>,
): FoundAction {
  const { type, actor } = command;
  const where = formatStateValue(instance.state);
  if (instance.status === 'done') throw new TransitionNotAllowedError(type, where, 'final');
  const candidates = branchActions(compiled, instance).filter(({ spec }) => spec.event === type);
  const allowed = candidates.filter(({ spec, forEach, key }) => mayTake(compiled, instance, actor, spec, { forEach, key }));
  const named = command.branch ?? (allowed.length > 1 && allowed.some((candidate) => candidate.key === actor.unit) ? actor.unit : undefined);
  const chosen = named === undefined ? allowed : allowed.filter((candidate) => candidate.key === named);
  if (chosen.length === 1) {
    const { spec, forEach, key } = chosen[0]!;
    return { spec, branch: { forEach, key } };
  }
  if (chosen.length > 1) {
    throw new TransitionNotAllowedError(type, where, 'branchRequired', chosen.map((candidate) => candidate.key));
  }
  if (command.branch === undefined) {
    const spec = compiled.actionsIn(activeStateNames(instance.state)).find((action) => action.event === type);
    if (spec) return { spec };
  }
  // A branch the actor may not act on is refused alike whether or not it exists, so nothing about
  // anyone else's branch shows through; so is its own unit's (or its own) when it has none. Only
  // an actor who acts on every branch (through a role not bound to one) learns that it is missing.
  const actsOnAnyBranch = (command.branch !== undefined) && candidates.some(({ spec, forEach }) =>
    spec.roles.some(
      (role) =>
        !compiled.unitRoles.has(role) &&
        forEachRoleOf(compiled, forEach) !== role &&
        actsThrough(compiled, instance, actor, role, { forEach, key: command.branch! }),
    ),
  );
  if (candidates.length > 0 && (command.branch === undefined ? allowed.length === 0 : !actsOnAnyBranch)) throw forbidden(candidates[0]!.spec);
  throw new TransitionNotAllowedError(type, command.branch === undefined ? where : `${where} / ${command.branch}`, 'notEnabled');
}

/**
 * @throws ForbiddenError unless the actor may take the action here (see `mayTake`): through
 * one of its roles — a participant role by its holders only, a unit-scoped role for its own unit
 * only (承办单位只办本单位的) — naming no one else.
 */
export function authorize(actor: Actor, found: FoundAction, compiled: CompiledWorkflow, instance: StoredInstance): void {
  if (mayTake(compiled, instance, actor, found.spec, found.branch)) return;
  // Someone who could hold none of the roles is told which roles the action needs.
  if (!found.spec.roles.some((role) => actor.roles.includes(role) || compiled.participantRoles.has(role))) {
    throw new ForbiddenError(found.spec.event, found.spec.roles);
  }
  throw forbidden(found.spec);
}

/**
 * Validates a payload against the action's form with the compiled ajv validator, then against the
 * action's field permissions (`fields`: required, hidden, read-only). An action without a form
 * takes no payload.
 * @throws PayloadError with a pointer to each offending field.
 */
export function validatePayload(compiled: CompiledWorkflow, spec: ActionSpec, payload: unknown): void {
  if (spec.form === undefined) {
    const empty =
      payload === undefined ||
      (payload !== null && typeof payload === 'object' && !Array.isArray(payload) && Object.keys(payload).length === 0);
    if (!empty) {
      throw new PayloadError([
        {
          pointer: '',
          code: 'payload.unexpected',
          message: text(`“${spec.event}”不需要填写表单`, `"${spec.event}" takes no payload`),
        },
      ]);
    }
    return;
  }
  const validate = compiled.formValidators.get(spec.form)!;
  const issues = payloadIssues(validate, spec.fields ?? {}, payload ?? {});
  if (issues.length > 0) throw new PayloadError(issues);
}
