import { compileNestedState } from './nested-state.js';
import type { StateKindRule } from './state-kind.js';
import { isFinalState } from './kinds.js';

/** A final state (`"type": "final"`): ends its parent, or the workflow at the top level. */
export const finalState: StateKindRule = {
  kind: 'final',
  is: isFinalState,
  compile: (build, name, node, pointer) => compileNestedState(build, name, node, pointer, 'final'),
};
