import { joinPointer } from '../../json-pointer.js';
import type { State } from '../../definition/workflow-definition.generated.js';
import { compileTransitions } from '../../compile/transitions.js';
import { ballotClosedEvent } from '../../runtime/ballots.js';
import { emptyRecord } from '../../own-keys.js';
import { compileNestedState } from './nested-state.js';
import type { StateKindRule } from './state-kind.js';
import { isBallotState } from './kinds.js';

/**
 * A state holding a ballot (票决): an atomic state whose `onDone` is taken when its ballot closes
 * — every voter has voted, a close, or its deadline — by an internal event the runtime sends once
 * the tally is in the data. Voting itself is the built-in action `castVote`.
 */
export const ballotState: StateKindRule = {
  kind: 'ballot',
  is: isBallotState,
  compile: (build, name, node, pointer) => {
    const { onDone, ...rest } = node;
    const config = compileNestedState(build, name, rest as State, pointer, undefined);
    const on = (config.on as Record<string, unknown> | undefined) ?? emptyRecord<unknown>();
    on[ballotClosedEvent(name)] = onDone ? compileTransitions(build, onDone, joinPointer(pointer, 'onDone'), name) : [];
    config.on = on;
    return config;
  },
};
