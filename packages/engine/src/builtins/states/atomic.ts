import { compileNestedState } from './nested-state.js';
import { hasChildStates, type StateKindRule } from './state-kind.js';

/** An atomic state (`"type": "atomic"`, or no `type` and no children): actions, no children. */
export const atomicState: StateKindRule = {
  kind: 'atomic',
  is: (node) => node.type === 'atomic' || (node.type === undefined && !hasChildStates(node)),
  compile: (build, name, node, pointer) => compileNestedState(build, name, node, pointer, undefined),
};
