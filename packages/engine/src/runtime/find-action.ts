import { payloadIssues } from '../definition/field-permissions.js';
import { ForbiddenError, PayloadError, TransitionNotAllowedError } from '../errors.js';
import { text } from '../localized-text.js';
import { activeStateNames, formatStateValue } from '../compile/state-value.js';
import type { ActionSpec, CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { StoredInstance } from '../store/store.js';
import type { Actor, Command } from './types.js';
import { ownValue } from '../own-keys.js';

/** The action a command takes, and for an action of a forEach child state, the branch it acts on. */
export interface FoundAction {
  spec: ActionSpec;
  branch?: { forEach: string; key: string } | undefined;
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

/**
 * Finds the action `type` among those the current states offer. An action of a forEach child
 * state acts on one branch: the one the command names, else the actor's own unit's, else the only
 * branch that offers it.
 * @throws TransitionNotAllowedError when the instance has ended, no state offers the action, or
 * it is offered on several branches and the command does not say which.
 */
export function findAction(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  command: Pick<Command, 'type' | 'actor' | 'branch'>,
): FoundAction {
  const { type } = command;
  const where = formatStateValue(instance.state);
  if (instance.status === 'done') throw new TransitionNotAllowedError(type, where, 'final');
  const candidates = branchActions(compiled, instance).filter(({ spec }) => spec.event === type);
  const chosen =
    command.branch !== undefined
      ? candidates.filter((candidate) => candidate.key === command.branch)
      : candidates.length > 1 && command.actor.unit !== undefined && candidates.some((candidate) => candidate.key === command.actor.unit)
        ? candidates.filter((candidate) => candidate.key === command.actor.unit)
        : candidates;
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
  throw new TransitionNotAllowedError(type, command.branch === undefined ? where : `${where} / ${command.branch}`, 'notEnabled');
}

/** Whether the actor holds one of the action's roles (and, on a branch, may act on that unit's). */
export function mayTake(actor: Actor, spec: ActionSpec, compiled?: CompiledWorkflow, branch?: string): boolean {
  const held = spec.roles.filter((role) => actor.roles.includes(role));
  if (held.length === 0) return false;
  if (branch === undefined || compiled === undefined) return true;
  // A role of unit scope acts on its own unit's branch only; any other role acts on every branch.
  return held.some((role) => !compiled.unitRoles.has(role)) || actor.unit === branch;
}

/**
 * Whether the actor may take an action of a forEach state itself (not of one branch), such as
 * extending the step's deadline: through a unit-scoped role only if its unit has a branch there.
 */
export function mayActOnWholeState(actor: Actor, spec: ActionSpec, compiled: CompiledWorkflow, instance: StoredInstance): boolean {
  const held = spec.roles.filter((role) => actor.roles.includes(role));
  if (held.length === 0 || held.some((role) => !compiled.unitRoles.has(role))) return true;
  const branches = ownValue(instance.branches, spec.state);
  return branches === undefined || (actor.unit !== undefined && Object.hasOwn(branches, actor.unit));
}

/**
 * @throws ForbiddenError unless the actor holds one of the action's roles — and, for a branch
 * action taken through a unit-scoped role, belongs to the branch's unit (承办单位只办本单位的).
 */
export function authorize(actor: Actor, found: FoundAction, compiled: CompiledWorkflow, instance?: StoredInstance): void {
  const { spec, branch } = found;
  if (instance && !branch && !mayActOnWholeState(actor, spec, compiled, instance)) {
    throw new ForbiddenError(
      spec.event,
      spec.roles,
      text(
        `无权执行“${spec.event}”：本单位${actor.unit ? `“${actor.unit}”` : ''}不是该提案的承办单位`,
        `Not allowed to "${spec.event}": your unit${actor.unit ? ` "${actor.unit}"` : ''} is not among this instance's handling units`,
      ),
    );
  }
  if (mayTake(actor, spec)) {
    if (mayTake(actor, spec, compiled, branch?.key)) return;
    throw new ForbiddenError(
      spec.event,
      spec.roles,
      text(
        `无权执行“${spec.event}”：这是“${branch!.key}”的分支，只能由该单位办理${actor.unit ? `（您属于“${actor.unit}”）` : '（未提供所属单位）'}`,
        `Not allowed to "${spec.event}": this is the branch of "${branch!.key}", which only that unit may act on${actor.unit ? ` (you belong to "${actor.unit}")` : ' (no unit given)'}`,
      ),
    );
  }
  throw new ForbiddenError(spec.event, spec.roles);
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
