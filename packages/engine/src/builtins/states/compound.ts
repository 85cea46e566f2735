import { compileNestedState } from './nested-state.js';
import type { StateKindRule } from './state-kind.js';
import { isCompoundState } from './kinds.js';

/** A compound state (`"type": "compound"`, or no `type` and children): one child active at a time. */
export const compoundState: StateKindRule = {
  kind: 'compound',
  is: isCompoundState,
  compile: (build, name, node, pointer) => compileNestedState(build, name, node, pointer, undefined),
};
