import type { State } from '../../definition/workflow-definition.generated.js';

/**
 * What makes a state node each kind: pure predicates on the node, read by the state kinds of the
 * registry and by the definition's state index (which must not load the compiler).
 */

/** Whether a node has child states (what makes a state without `type` compound rather than atomic). */
export function hasChildStates(node: State): boolean {
  return node.states !== undefined && Object.keys(node.states).length > 0;
}

/** A state with `forEach` (多单位办理), whatever its `type`. */
export const isForEachState = (node: State): boolean => node.forEach !== undefined;
/** A state with `ballot` (票决): an atomic state whose `onDone` follows the close of its vote. */
export const isBallotState = (node: State): boolean => node.ballot !== undefined;
/** `"type": "final"`. */
export const isFinalState = (node: State): boolean => node.type === 'final';
/** `"type": "parallel"`. */
export const isParallelState = (node: State): boolean => node.type === 'parallel';
/** `"type": "compound"`, or no `type` and children. */
export const isCompoundState = (node: State): boolean =>
  node.type === 'compound' || (node.type === undefined && hasChildStates(node));
/** `"type": "atomic"`, or no `type` and no children. */
export const isAtomicState = (node: State): boolean =>
  node.type === 'atomic' || (node.type === undefined && !hasChildStates(node));

/** The kinds a state's `type` names (a forEach state is also one of these). */
export type StateTypeKind = 'atomic' | 'compound' | 'parallel' | 'final';

/** The kind a state node's `type` gives it, with the default applied (`forEach` aside). */
export function stateTypeKind(node: State): StateTypeKind {
  if (isFinalState(node)) return 'final';
  if (isParallelState(node)) return 'parallel';
  return isCompoundState(node) ? 'compound' : 'atomic';
}
