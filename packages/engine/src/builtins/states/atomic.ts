import { compileNestedState } from './nested-state.js';
import type { StateKindRule } from './state-kind.js';
import { isAtomicState } from './kinds.js';

/** An atomic state (`"type": "atomic"`, or no `type` and no children): actions, no children. */
export const atomicState: StateKindRule = {
  kind: 'atomic',
  is: isAtomicState,
  compile: (build, name, node, pointer) => compileNestedState(build, name, node, pointer, undefined),
};
