import type { Effect } from '../../definition/workflow-definition.generated.js';
import { defineEffectKind } from './effect-kind.js';

/**
 * `notify`: a message to the holders of some roles. Nothing in it is evaluated; its roles are
 * resolved into recipients (users, units, roles) when the command is done, and the host's `notify`
 * handler delivers it.
 */
export const notifyEffect = defineEffectKind({
  kind: 'notify',
  is: (effect) => effect.notify !== undefined,
  handler: () => ({ kind: 'notify' }),
  compile: (_build, effect) => {
    const notify = effect.notify as NonNullable<Effect['notify']>;
    return { roles: notify.roles, message: notify.message };
  },
  resolve: (compiled) => ({ kind: 'notify', roles: compiled.roles, message: compiled.message }),
  deliver: (delivery, request, context) => delivery.notify!(request, context),
});
