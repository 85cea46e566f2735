import { BallotError, TransitionNotAllowedError } from '../../errors.js';
import { formatStateValue } from '../../compile/state-value.js';
import { ballotOf, closeBallot, quorumOf } from '../../runtime/ballots.js';
import { nextEvent } from '../../runtime/step.js';
import { pathTaken } from '../../runtime/transitions-taken.js';
import { ownValue } from '../../own-keys.js';
import { defineBuiltinAction, type BuiltinActionForm } from './builtin-action.js';
import { checkBuiltinPayload } from './payload.js';
import { finishBallotCommand } from './cast-vote.js';

/** 结束投票: what the forms need (no payload). */
export const closeBallotForm = {
  name: 'closeBallot',
  title: { 'zh-CN': '结束投票', en: 'Close the ballot' },
  eventTitle: { 'zh-CN': '投票结束', en: 'Ballot closed' },
  enabledBy: 'ballot.close.roles',
} as const satisfies BuiltinActionForm;

/**
 * 结束投票: offered to the roles of a ballot's `close` before every voter has voted. Refused
 * (`ballot.quorumNotMet`) while fewer votes than the quorum are in; otherwise the tally is
 * written and the state's `onDone` taken.
 */
export const closeBallotAction = /* @__PURE__ */ defineBuiltinAction({
  form: closeBallotForm,
  perBranch: false,
  offer: (state) => {
    const close = state.node.ballot?.close;
    return close ? { roles: close.roles, pointer: `${state.pointer}/ballot/close` } : undefined;
  },
  apply: ({ compiled, instance, found, command, atDate, environment }) => {
    checkBuiltinPayload(closeBallotForm, compiled, found.spec, command.payload);
    const state = found.spec.state;
    const ballot = ballotOf(compiled, state)!;
    const stored = ownValue(instance.ballots, state);
    if (!stored) throw new TransitionNotAllowedError(found.spec.event, formatStateValue(instance.state), 'notEnabled');
    const quorum = quorumOf(ballot, stored.eligible.length);
    if (stored.voted.length < quorum) throw new BallotError('ballot.quorumNotMet', state, { cast: stored.voted.length, quorum });
    const at = atDate.toISOString();
    const closed = closeBallot(compiled, instance, state, stored, at);
    const event = nextEvent(instance, {
      at,
      actor: command.actor,
      type: found.spec.event,
      to: closed.state,
      path: pathTaken(closed.actions, instance.branches, closed.branches, [found.spec.pointer]),
    });
    return finishBallotCommand({ compiled, before: instance, row: instance, closed, event, command, atDate, environment });
  },
});
