import type { Effect } from '../../definition/workflow-definition.generated.js';
import type { ExpressionScope } from '../../definition/expressions/index.js';
import type { EffectRequest, TransitionRequest } from '../../compile/compiled-workflow.js';
import type { MachineBuild } from '../../compile/machine-build.js';
import type { EffectContext, EffectDelivery } from '../../runtime/effect-delivery.js';

/**
 * A kind of effect a transition may request (`notify`, `call`, `start`): how the definition writes
 * it, how it is compiled once, resolved into a request when the transition is taken, and (for
 * the outbox kinds) delivered to the host's handler after the commit.
 */
export interface EffectKind<K extends TransitionRequest['kind'] = TransitionRequest['kind'], C = unknown> {
  readonly kind: K;
  /** Whether the definition's effect is of this kind (the key it is written under). */
  is(effect: Effect): boolean;
  /**
   * What the engine must have to run a definition's effect of this kind (checked when the engine
   * is created): a host handler, or for `start` the workflow it starts.
   */
  handler(effect: Effect): EffectHandlerName;
  /** Compiles the effect at `pointer` (its arguments' expressions). */
  compile(build: MachineBuild, effect: Effect, pointer: string): C;
  /** The request, its arguments evaluated in the transition's scope. */
  resolve(compiled: C, scope: ExpressionScope): Extract<TransitionRequest, { kind: K }>;
  /**
   * Hands an outbox request to the host's handler; a throw or rejection is a failed delivery.
   * Absent for `start`, which is done in the command's own commit and never reaches the outbox.
   */
  deliver?(delivery: EffectDelivery, request: Extract<EffectRequest, { kind: K }>, context: EffectContext): unknown;
}

/**
 * What runs an effect: the engine's `notify` handler, the `effects` handler of that name, or the
 * engine itself starting the workflow of that id.
 */
export type EffectHandlerName = { kind: 'notify' } | { kind: 'call'; name: string } | { kind: 'start'; workflow: string };

/** Checks an {@link EffectKind}'s shape at the type level and returns it. */
export function defineEffectKind<K extends TransitionRequest['kind'], C>(kind: EffectKind<K, C>): EffectKind<K, C> {
  return kind;
}
