import type { Effect } from '../../definition/workflow-definition.generated.js';
import type { ExpressionScope } from '../../definition/expressions/index.js';
import type { EffectRequest } from '../../compile/compiled-workflow.js';
import type { MachineBuild } from '../../compile/machine-build.js';
import type { EffectContext, EffectDelivery } from '../../runtime/effect-delivery.js';

/**
 * A kind of effect a transition may request (`notify`, `call`): how the definition writes it, how
 * it is compiled once, resolved into an {@link EffectRequest} when the transition is taken, and
 * delivered to the host's handler from the outbox.
 */
export interface EffectKind<K extends EffectRequest['kind'] = EffectRequest['kind'], C = unknown> {
  readonly kind: K;
  /** Whether the definition's effect is of this kind (the key it is written under). */
  is(effect: Effect): boolean;
  /** The host handler a definition's effect of this kind is delivered by (checked when the engine is created). */
  handler(effect: Effect): EffectHandlerName;
  /** Compiles the effect at `pointer` (its arguments' expressions). */
  compile(build: MachineBuild, effect: Effect, pointer: string): C;
  /** The request for the outbox, its arguments evaluated in the transition's scope. */
  resolve(compiled: C, scope: ExpressionScope): Extract<EffectRequest, { kind: K }>;
  /** Hands the request to the host's handler; a throw or rejection is a failed delivery. */
  deliver(delivery: EffectDelivery, request: Extract<EffectRequest, { kind: K }>, context: EffectContext): unknown;
}

/** A host handler: the engine's `notify` handler, or the `effects` handler of that name. */
export type EffectHandlerName = { kind: 'notify' } | { kind: 'call'; name: string };

/** Checks an {@link EffectKind}'s shape at the type level and returns it. */
export function defineEffectKind<K extends EffectRequest['kind'], C>(kind: EffectKind<K, C>): EffectKind<K, C> {
  return kind;
}
