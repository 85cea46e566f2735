import type { State } from '../../definition/workflow-definition.generated.js';
import type { MachineBuild } from '../../compile/machine-build.js';
import { atomicState } from './atomic.js';
import { ballotState } from './ballot.js';
import { compoundState } from './compound.js';
import { finalState } from './final.js';
import { forEachState } from './for-each.js';
import { parallelState } from './parallel.js';
import type { StateKindRule } from './state-kind.js';

/**
 * The kinds of state, asked in this order (a forEach state is one whatever its `type`; a ballot
 * state is atomic, as validation checks). Adding one means adding its file and listing it here.
 */
export function stateKinds(): readonly StateKindRule[] {
  return [forEachState, ballotState, finalState, parallelState, compoundState, atomicState];
}

/** The kind of a (valid) state node. */
export function stateKindOf(node: State): StateKindRule {
  return stateKinds().find((kind) => kind.is(node)) ?? atomicState;
}

/** The XState config of a state, compiled by its kind. */
export function compileState(build: MachineBuild, name: string, node: State, pointer: string): Record<string, unknown> {
  return stateKindOf(node).compile(build, name, node, pointer);
}

export type { StateKindName, StateKindRule } from './state-kind.js';
