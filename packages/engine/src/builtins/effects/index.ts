import type { Effect } from '../../definition/workflow-definition.generated.js';
import type { TransitionRequest } from '../../compile/compiled-workflow.js';
import type { EffectKind } from './effect-kind.js';
import { callEffect } from './call.js';
import { notifyEffect } from './notify.js';
import { startEffect } from './start.js';

/** The kinds of effect a transition may request. Adding one means adding its file and listing it here. */
export function effectKinds(): readonly EffectKind[] {
  return [notifyEffect, callEffect, startEffect] as unknown as readonly EffectKind[];
}

/** The kind of a definition's effect (validation guarantees there is one). */
export function effectKindOf(effect: Effect): EffectKind {
  return effectKinds().find((kind) => kind.is(effect))!;
}

/** The kind of a request. */
export function effectKindNamed(kind: TransitionRequest['kind']): EffectKind {
  return effectKinds().find((candidate) => candidate.kind === kind)!;
}

export type { EffectHandlerName, EffectKind } from './effect-kind.js';
