import { joinPointer } from '../../json-pointer.js';
import type { CompiledExpression } from '../../definition/expressions/index.js';
import type { Effect } from '../../definition/workflow-definition.generated.js';
import { expressionAt } from '../../compile/machine-build.js';
import { ownValue } from '../../own-keys.js';
import { defineEffectKind } from './effect-kind.js';

/**
 * `call`: a host handler by name, with `with` arguments evaluated when the transition is taken
 * (they see the data as the same transition's `set` left it), and optionally the `roles` it
 * concerns, resolved into its recipients like a notification's.
 */
export const callEffect = defineEffectKind({
  kind: 'call',
  is: (effect) => effect.call !== undefined,
  handler: (effect) => ({ kind: 'call', name: (effect.call as NonNullable<Effect['call']>).name }),
  compile: (build, effect, pointer) => {
    const call = effect.call as NonNullable<Effect['call']>;
    return {
      name: call.name,
      roles: call.roles,
      args: Object.entries(call.with ?? {}).map(
        ([name, source]) => [name, expressionAt(build, source, joinPointer(pointer, 'call', 'with', name))] as const,
      ) as ReadonlyArray<readonly [string, CompiledExpression]>,
    };
  },
  resolve: (compiled, scope) => ({
    kind: 'call',
    name: compiled.name,
    ...(compiled.roles === undefined ? {} : { roles: compiled.roles }),
    args: Object.fromEntries(compiled.args.map(([name, value]) => [name, value.evaluate(scope)])),
  }),
  deliver: (delivery, request, context) => ownValue(delivery.handlers, request.name)!(request.args, context),
});
