import { ForbiddenError, PayloadError, TransitionNotAllowedError } from '../../errors.js';
import { text } from '../../localized-text.js';
import { getAtPointer, joinPointer, setAtPointer } from '../../json-pointer.js';
import { formatStateValue } from '../../compile/state-value.js';
import type { ActionSpec, BranchState, CompiledWorkflow } from '../../compile/compiled-workflow.js';
import type { StoredInstance, TaskAssignee } from '../../store/store.js';
import type { StoredBallot } from '../../runtime/ballots.js';
import { emptyRecord, ownValue, setOwn, withOwn } from '../../own-keys.js';
import { holdersOf } from '../../runtime/participants.js';
import { taskKey } from '../../runtime/assignment-rules.js';
import { actsThrough, forEachRoleOf } from '../../runtime/role-holding.js';
import { afterEvent, finish, nextEvent, validateData, type AppliedCommand, type CommandEnvironment } from '../../runtime/step.js';
import type { Command } from '../../runtime/types.js';
import { defineBuiltinAction, type BuiltinActionForm, type PayloadOf } from './builtin-action.js';
import { checkBuiltinPayload } from './payload.js';

const payload = {
  type: 'object',
  required: ['role', 'from', 'to', 'reason'],
  properties: {
    role: { type: 'string', minLength: 1 },
    from: { type: 'string', minLength: 1 },
    to: { type: 'string', minLength: 1 },
    reason: { type: 'string', minLength: 2 },
  },
  additionalProperties: false,
} as const;

/** The payload of 转交: which participant role, whose place, to whom, and why. */
export type TransferRolePayload = PayloadOf<typeof payload>;

/** 转交: what the forms need. */
export const transferRoleForm = {
  name: 'transferRole',
  title: { 'zh-CN': '转交', en: 'Transfer a role' },
  eventTitle: { 'zh-CN': '转交', en: 'Transferred' },
  enabledBy: 'roles.*.transfer',
  payload,
  fields: {
    role: { title: { 'zh-CN': '参与角色', en: 'Participant role' } },
    from: { title: { 'zh-CN': '原持有人（用户标识）', en: 'From (user id)' } },
    to: { title: { 'zh-CN': '新持有人（用户标识）', en: 'To (user id)' } },
    reason: { title: { 'zh-CN': '理由', en: 'Reason' } },
  },
} as const satisfies BuiltinActionForm;

/**
 * 转交: taken on the instance as a whole, not offered by any state (so never among a state's
 * actions); who may take it depends on the role named in the payload (its `transfer`).
 */
export const transferRole = /* @__PURE__ */ defineBuiltinAction({
  form: transferRoleForm,
  perBranch: false,
  offer: () => undefined,
  apply: ({ compiled, instance, command, atDate, environment }) => applyTransfer(compiled, instance, command, atDate, environment),
});

/** The name of the instance-wide built-in action {@link transferRole}. */
export const TRANSFER_ROLE = 'transferRole' satisfies typeof transferRoleForm.name;

/**
 * Transfers a holder's place in a participant role to another person (转交): the holders keep
 * their order with `to` where `from` was; a role whose holders come from the data has the data
 * changed with them, and a per-person branch of `from` becomes `to`'s. Audited with the reason.
 * Taken by the roles the participant role lists in `transfer`, while the instance is active.
 * @throws TransitionNotAllowedError when the instance has ended; ForbiddenError when the actor may
 * not transfer the role; PayloadError (pointing at the field) for a malformed request, a role that
 * cannot be transferred, `from` not a holder, or `to` one already.
 */
export function applyTransfer(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  command: Command,
  atDate: Date,
  environment: CommandEnvironment,
): AppliedCommand {
  if (instance.status === 'done') throw new TransitionNotAllowedError(TRANSFER_ROLE, formatStateValue(instance.state), 'final');
  // The spec matters only to an action without a payload schema; a transfer has one.
  const spec: ActionSpec = { event: TRANSFER_ROLE, state: '', roles: [], form: undefined, title: transferRoleForm.title, pointer: '/roles', builtin: TRANSFER_ROLE };
  checkBuiltinPayload(transferRoleForm, compiled, spec, command.payload);
  const { role, from, to, reason } = command.payload as TransferRolePayload;
  const refuse = (pointer: string, code: string, zh: string, en: string): never => {
    throw new PayloadError([{ pointer, code, message: text(zh, en) }]);
  };
  const participant = compiled.participantRoles.get(role);
  if (participant === undefined || participant.transfer.length === 0) {
    refuse('/role', 'transfer.roleInvalid', `“${role}”不是可以转交的参与角色`, `"${role}" is not a participant role that may be transferred`);
  }
  const { transfer, source } = participant!;
  if (!transfer.some((by) => actsThrough(compiled, instance, command.actor, by))) {
    throw new ForbiddenError(
      TRANSFER_ROLE,
      transfer,
      text(`无权转交参与角色“${role}”`, `Not allowed to transfer participant role "${role}"`),
    );
  }
  const holders = holdersOf(instance, role);
  if (!holders.includes(from)) refuse('/from', 'transfer.notHolder', `“${from}”不是该角色的持有人`, `"${from}" does not hold this role`);
  if (holders.includes(to)) refuse('/to', 'transfer.alreadyHolder', `“${to}”已是该角色的持有人`, `"${to}" already holds this role`);

  let data = instance.data;
  if (source.kind === 'data') {
    const value = getAtPointer(data, source.tokens);
    data = setAtPointer(data, source.tokens, Array.isArray(value) ? value.map((user) => (user === from ? to : user)) : to);
    validateData(compiled, data);
  }
  const at = atDate.toISOString();
  const event = nextEvent(instance, {
    at,
    actor: command.actor,
    type: TRANSFER_ROLE,
    payload: { role, from, to, reason },
    to: instance.state,
    // Where the definition lets the role be transferred.
    path: { transitions: [joinPointer('/roles', role, 'transfer')] },
  });
  const updated = afterEvent(instance, event, {
    data,
    participants: withOwn(instance.participants, role, holders.map((user) => (user === from ? to : user))),
    ...movedBranches(compiled, instance, role, from, to),
    ...movedSeats(compiled, instance, role, from, to),
  });
  return finish(compiled, updated, instance.version, event, [], command.actor, command.idempotencyKey, atDate, environment);
}

/** The branches (and their claims) of per-person forEach states of `role`, with `from`'s branch now `to`'s, in its place. */
function movedBranches(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  role: string,
  from: string,
  to: string,
): Pick<StoredInstance, 'branches' | 'assignees'> {
  let { branches, assignees } = instance;
  for (const [forEach, open] of Object.entries(instance.branches)) {
    if (forEachRoleOf(compiled, forEach) !== role || !Object.hasOwn(open, from)) continue;
    const renamed = emptyRecord<BranchState>();
    for (const [key, branch] of Object.entries(open)) {
      if (key !== from) setOwn(renamed, key, branch);
      else setOwn(renamed, to, { ...branch, item: movedItem(branch.item, compiled.index.states.get(forEach)?.node.forEach?.key, from, to) });
    }
    branches = withOwn(branches, forEach, renamed);
    const state = ownValue(open, from)!.state;
    const claim = ownValue(assignees, taskKey(state, from));
    if (claim !== undefined) {
      const kept = emptyRecord<TaskAssignee>();
      for (const [key, value] of Object.entries(assignees)) if (key !== taskKey(state, from)) setOwn(kept, key, value);
      assignees = withOwn(kept, taskKey(state, to), claim);
    }
  }
  return { branches, assignees };
}

/**
 * The open ballots whose voters are `role`, with `from`'s seat now `to`'s: a voter who has not
 * voted hands on the vote; one who has voted hands on a seat that has (a seat votes once).
 */
function movedSeats(compiled: CompiledWorkflow, instance: StoredInstance, role: string, from: string, to: string): Pick<StoredInstance, 'ballots'> {
  if (instance.ballots === undefined) return {};
  let ballots = instance.ballots;
  for (const [state, ballot] of Object.entries(instance.ballots)) {
    if (compiled.index.states.get(state)?.node.ballot?.role !== role || !ballot.eligible.includes(from)) continue;
    const seat = (user: string) => (user === from ? to : user);
    const moved: StoredBallot = { ...ballot, eligible: ballot.eligible.map(seat), voted: ballot.voted.map(seat) };
    if (ballot.votes !== undefined) {
      const votes = emptyRecord<unknown>();
      for (const [user, vote] of Object.entries(ballot.votes)) setOwn(votes, seat(user), vote);
      moved.votes = votes;
    }
    ballots = withOwn(ballots, state, moved);
  }
  return { ballots };
}

/** A branch's item naming `to` instead of `from`: the id itself, or the item's key property. */
function movedItem(item: unknown, key: string | undefined, from: string, to: string): unknown {
  if (item === from) return to;
  if (key !== undefined && item !== null && typeof item === 'object' && !Array.isArray(item) && ownValue(item as Record<string, unknown>, key) === from) {
    return withOwn<unknown>(item as Record<string, unknown>, key, to);
  }
  return item;
}
