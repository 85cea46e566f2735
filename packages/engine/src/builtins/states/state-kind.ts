import type { State } from '../../definition/workflow-definition.generated.js';
import type { MachineBuild } from '../../compile/machine-build.js';

/** The kinds of state: the four of `type`, a state with `forEach`, and a state with `ballot`. */
export type StateKindName = 'atomic' | 'compound' | 'parallel' | 'final' | 'forEach' | 'ballot';

/** A kind of state: what makes a state that kind, and how it becomes XState config. */
export interface StateKindRule {
  readonly kind: StateKindName;
  /** Whether the (valid) state node is of this kind; the kinds are asked in the registry's order. */
  is(node: State): boolean;
  /** The XState config of the state `name` at `pointer`; issues go to `build`. */
  compile(build: MachineBuild, name: string, node: State, pointer: string): Record<string, unknown>;
}
