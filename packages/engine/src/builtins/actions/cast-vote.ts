import { BallotError, TransitionNotAllowedError } from '../../errors.js';
import { formatStateValue } from '../../compile/state-value.js';
import { ballotOf, checkVote, closeBallot, recordVote } from '../../runtime/ballots.js';
import { afterEvent, enteredAfter, finish, nextEvent, type AppliedCommand } from '../../runtime/step.js';
import { deadlinesAfter, branchDeadlinesAfter } from '../../runtime/deadlines.js';
import { statesEntered } from '../../compile/transitions.js';
import { openBranchesOnly } from '../../compile/for-each.js';
import { assigneesStillOpen } from '../../runtime/assignment-rules.js';
import { ownValue, withOwn } from '../../own-keys.js';
import { pathTaken } from '../../runtime/transitions-taken.js';
import type { StoredInstance } from '../../store/store.js';
import { defineBuiltinAction, type BuiltinActionForm, type BuiltinApplyArgs } from './builtin-action.js';

/** 投票: what the forms need. The vote's schema depends on the ballot (`votePayloadSchema`). */
export const castVoteForm = {
  name: 'castVote',
  title: { 'zh-CN': '投票', en: 'Vote' },
  eventTitle: { 'zh-CN': '已投票', en: 'Voted' },
  enabledBy: 'ballot.role',
} as const satisfies BuiltinActionForm;

/**
 * 投票: offered to the voters of a state's `ballot`. Records the vote — for an anonymous ballot
 * sealed, and audited without its payload — and closes the ballot once every voter has voted.
 */
export const castVote = /* @__PURE__ */ defineBuiltinAction({
  form: castVoteForm,
  perBranch: false,
  offer: (state) => {
    const ballot = state.node.ballot;
    return ballot ? { roles: [ballot.role], pointer: `${state.pointer}/ballot/role` } : undefined;
  },
  // A vote is the voter's own: a colleague's claim on the state does not take it away.
  allows: () => true,
  apply: (args) => applyVote(args),
});

function applyVote({ compiled, instance, found, command, atDate, environment }: BuiltinApplyArgs): AppliedCommand {
  const state = found.spec.state;
  const ballot = ballotOf(compiled, state)!;
  const stored = ownValue(instance.ballots, state);
  if (!stored) throw new TransitionNotAllowedError(found.spec.event, formatStateValue(instance.state), 'notEnabled');
  const voter = command.actor.id;
  if (!stored.eligible.includes(voter)) throw new BallotError('ballot.notEligible', state);
  if (stored.voted.includes(voter) && !ballot.revote) throw new BallotError('ballot.alreadyVoted', state);
  checkVote(compiled, state, ballot, stored, command.payload);
  const recorded = recordVote(stored, voter, command.payload);
  const at = atDate.toISOString();
  const voted = { ...instance, ballots: withOwn(instance.ballots, state, recorded) };
  const everyone = recorded.voted.length === recorded.eligible.length;
  const closed = everyone ? closeBallot(compiled, voted, state, recorded, at) : undefined;
  const event = nextEvent(instance, {
    at,
    actor: command.actor,
    type: found.spec.event,
    // An anonymous vote is audited as cast, never with what it said.
    ...(ballot.anonymous ? {} : { payload: command.payload }),
    to: closed?.state ?? instance.state,
    path: pathTaken(closed?.actions ?? [], instance.branches, closed?.branches ?? instance.branches, [found.spec.pointer]),
  });
  return finishBallotCommand({ compiled, before: instance, row: voted, closed, event, command, atDate, environment });
}

/** Completes a command on a ballot: the row after the vote or close, moved by `onDone` when the ballot closed. */
export function finishBallotCommand({
  compiled,
  before,
  row,
  closed,
  event,
  command,
  atDate,
  environment,
}: {
  compiled: BuiltinApplyArgs['compiled'];
  before: StoredInstance;
  row: StoredInstance;
  closed: ReturnType<typeof closeBallot> | undefined;
  event: ReturnType<typeof nextEvent>;
  command: Pick<BuiltinApplyArgs['command'], 'actor' | 'idempotencyKey'>;
  atDate: Date;
  environment: BuiltinApplyArgs['environment'];
}): AppliedCommand {
  if (!closed) return finish(compiled, afterEvent(before, event, { ballots: row.ballots }), before.version, event, [], command.actor, command.idempotencyKey, atDate, environment);
  const at = atDate.toISOString();
  const entered = enteredAfter(before, closed.state, at, statesEntered(closed.actions));
  const updated = afterEvent(before, event, {
    state: closed.state,
    data: closed.data,
    status: closed.status,
    entered,
    ballots: row.ballots,
    deadlines: entered === before.entered ? before.deadlines : deadlinesAfter(compiled, before, closed.state, entered, environment.calendar),
    branches: branchDeadlinesAfter(compiled, before.branches, openBranchesOnly(closed.branches, closed.state), environment.calendar),
  });
  updated.assignees = assigneesStillOpen(updated);
  return finish(compiled, updated, before.version, event, closed.actions, command.actor, command.idempotencyKey, atDate, environment);
}
