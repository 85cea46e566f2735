import { joinPointer, parsePointer } from '../../json-pointer.js';
import type { CompiledExpression } from '../../definition/expressions/index.js';
import type { Effect } from '../../definition/workflow-definition.generated.js';
import { expressionAt } from '../../compile/machine-build.js';
import { defineEffectKind } from './effect-kind.js';

type StartEffect = NonNullable<Effect['start']>;

/**
 * `start`: an instance of another workflow the engine serves, started in the same commit as the
 * command (see `runtime/links.ts`). Its `data` mapping and `starter` are evaluated like
 * `call.with`, seeing the data as the same transition's `set` left it.
 */
export const startEffect = defineEffectKind({
  kind: 'start',
  is: (effect) => effect.start !== undefined,
  handler: (effect) => ({ kind: 'start', workflow: (effect.start as StartEffect).workflow }),
  compile: (build, effect, pointer) => {
    const start = effect.start as StartEffect;
    return {
      workflow: start.workflow,
      pointer,
      // Malformed pointers are reported by the `workflow links` check before anything compiles.
      data: Object.entries(start.data ?? {}).map(([target, source]) => ({
        target,
        tokens: parsePointer(target) ?? [],
        value: expressionAt(build, source, joinPointer(pointer, 'start', 'data', target)),
      })),
      starter: start.starter === undefined ? undefined : expressionAt(build, start.starter, joinPointer(pointer, 'start', 'starter')),
    } as {
      workflow: string;
      pointer: string;
      data: ReadonlyArray<{ target: string; tokens: readonly string[]; value: CompiledExpression }>;
      starter: CompiledExpression | undefined;
    };
  },
  resolve: (compiled, scope) => ({
    kind: 'start',
    workflow: compiled.workflow,
    pointer: compiled.pointer,
    data: compiled.data.map((entry) => ({ target: entry.target, tokens: entry.tokens, value: entry.value.evaluate(scope) })),
    ...(compiled.starter === undefined ? {} : { starter: { value: compiled.starter.evaluate(scope) } }),
  }),
});
