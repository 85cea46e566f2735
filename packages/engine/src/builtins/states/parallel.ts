import { compileNestedState } from './nested-state.js';
import type { StateKindRule } from './state-kind.js';
import { isParallelState } from './kinds.js';

/** A parallel state (`"type": "parallel"`): all children active at once; done when all are. */
export const parallelState: StateKindRule = {
  kind: 'parallel',
  is: isParallelState,
  compile: (build, name, node, pointer) => compileNestedState(build, name, node, pointer, 'parallel'),
};
