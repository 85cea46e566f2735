import { compileNestedState } from './nested-state.js';
import { hasChildStates, type StateKindRule } from './state-kind.js';

/** A compound state (`"type": "compound"`, or no `type` and children): one child active at a time. */
export const compoundState: StateKindRule = {
  kind: 'compound',
  is: (node) => node.type === 'compound' || (node.type === undefined && hasChildStates(node)),
  compile: (build, name, node, pointer) => compileNestedState(build, name, node, pointer, undefined),
};
