import { assign, setup, type AnyStateMachine } from 'xstate';
import { DefinitionError } from '../errors.js';
import { text } from '../localized-text.js';
import { joinPointer, parsePointer, setAtPointer } from '../json-pointer.js';
import {
  compileExpression,
  evaluateGuard,
  type CompiledExpression,
  type ExpressionScope,
} from '../definition/expressions/index.js';
import type { Issue } from '../errors.js';
import type {
  AutomaticTransition,
  Effect,
  State,
  Transition,
  WorkflowDefinition,
} from '../definition/workflow-definition.generated.js';
import type { EffectRequest, MachineContext, MachineEvent } from './compiled-workflow.js';

interface SetParams {
  entries: ReadonlyArray<readonly [tokens: readonly string[], value: CompiledExpression]>;
}
interface GuardParams {
  when: CompiledExpression;
}
type CompiledEffect =
  | { kind: 'notify'; roles: readonly string[]; message: NonNullable<Effect['notify']>['message'] }
  | { kind: 'call'; name: string; args: ReadonlyArray<readonly [string, CompiledExpression]> };

/** The scope expressions see while a transition is being taken. */
function scopeOf(context: MachineContext, event: MachineEvent): ExpressionScope {
  return {
    payload: event.payload,
    actor: event.actor,
    data: context.data,
    instance: context.instance,
    now: context.now,
  };
}

/**
 * Builds the XState machine for a validated definition. Guards, data updates and effects are
 * compiled once here; the machine itself never runs effects — they come back from `transition()`
 * as `luzhi.effect` actions for the runtime's outbox.
 */
export function buildMachine(definition: WorkflowDefinition): AnyStateMachine {
  const issues: Issue[] = [];
  const expression = (source: string, pointer: string): CompiledExpression => {
    const result = compileExpression(source);
    if (result.ok) return result.expression;
    issues.push({ pointer, code: result.code, message: result.message });
    return { source, references: [], evaluate: () => undefined };
  };

  const compileEffects = (effects: readonly Effect[] | undefined, pointer: string) =>
    (effects ?? []).map((effect, index) => {
      const compiled: CompiledEffect = effect.notify
        ? { kind: 'notify', roles: effect.notify.roles, message: effect.notify.message }
        : {
            kind: 'call',
            name: effect.call!.name,
            args: Object.entries(effect.call!.with ?? {}).map(
              ([name, source]) =>
                [name, expression(source, joinPointer(pointer, index, 'call', 'with', name))] as const,
            ),
          };
      // Dynamic params: arguments see the data as the `set` of the same transition left it.
      return {
        type: 'luzhi.effect',
        params: ({ context, event }: { context: MachineContext; event: MachineEvent }) =>
          resolveEffect(compiled, scopeOf(context, event)),
      };
    });

  const compileTransition = (transition: Transition | AutomaticTransition, pointer: string) => {
    const actions: unknown[] = [];
    if (transition.set) {
      const entries = Object.entries(transition.set).map(([target, source]) => {
        const tokens = parsePointer(target);
        if (!tokens) {
          issues.push({
            pointer: joinPointer(pointer, 'set', target),
            code: 'set.pointerInvalid',
            message: text(`“${target}”不是 JSON 指针`, `"${target}" is not a JSON pointer`),
          });
        }
        return [tokens ?? [], expression(source, joinPointer(pointer, 'set', target))] as const;
      });
      actions.push({ type: 'luzhi.set', params: { entries } satisfies SetParams });
    }
    actions.push(...compileEffects(transition.effects, joinPointer(pointer, 'effects')));
    return {
      target: `#${transition.to}`,
      ...(transition.when
        ? { guard: { type: 'luzhi.when', params: { when: expression(transition.when, joinPointer(pointer, 'when')) } satisfies GuardParams } }
        : {}),
      actions,
    };
  };

  const compileTransitions = (
    value: Transition | AutomaticTransition | ReadonlyArray<Transition | AutomaticTransition>,
    pointer: string,
  ) =>
    Array.isArray(value)
      ? value.map((transition, index) => compileTransition(transition, joinPointer(pointer, index)))
      : [compileTransition(value as Transition, pointer)];

  const compileState = (name: string, node: State, pointer: string): Record<string, unknown> => {
    for (const feature of ['forEach'] as const) {
      if (node[feature]) {
        issues.push({
          pointer: joinPointer(pointer, feature),
          code: 'compile.notSupported',
          message: text(
            `本版本引擎尚不能执行“${feature}”（状态 ${name}）：它已通过校验，但运行需要更高版本的引擎`,
            `This engine version cannot run "${feature}" yet (state ${name}): it validates, but executing it needs a later engine`,
          ),
        });
      }
    }
    const config: Record<string, unknown> = { id: name };
    const kind = node.type ?? (node.states && Object.keys(node.states).length > 0 ? 'compound' : 'atomic');
    if (kind === 'final') config.type = 'final';
    if (kind === 'parallel') config.type = 'parallel';
    if (node.initial) config.initial = node.initial;
    if (node.states) {
      config.states = Object.fromEntries(
        Object.entries(node.states).map(([child, childNode]) => [
          child,
          compileState(child, childNode, joinPointer(pointer, 'states', child)),
        ]),
      );
    }
    const on: Record<string, unknown> = {};
    for (const [event, value] of Object.entries(node.on ?? {})) {
      on[event] = compileTransitions(value, joinPointer(pointer, 'on', event));
    }
    // Deadline timers come back as internal events, handled on the state that owns the deadline.
    const deadline = node.deadline;
    if (deadline?.onExpire) {
      const expirePointer = joinPointer(pointer, 'deadline', 'onExpire');
      on[deadlineEvent('expire', name)] = {
        ...(deadline.onExpire.to ? { target: `#${deadline.onExpire.to}` } : {}),
        actions: compileEffects(deadline.onExpire.effects, joinPointer(expirePointer, 'effects')),
      };
    }
    if (deadline?.onWarn) {
      on[deadlineEvent('warn', name)] = {
        actions: compileEffects(deadline.onWarn.effects, joinPointer(pointer, 'deadline', 'onWarn', 'effects')),
      };
    }
    if (Object.keys(on).length > 0) config.on = on;
    if (node.onDone) config.onDone = compileTransitions(node.onDone, joinPointer(pointer, 'onDone'));
    return config;
  };

  const states = Object.fromEntries(
    Object.entries(definition.states).map(([name, node]) => [
      name,
      compileState(name, node, joinPointer('/states', name)),
    ]),
  );
  if (issues.length > 0) throw new DefinitionError(issues);

  const machine = setup({
    types: {} as { context: MachineContext; events: MachineEvent },
    guards: {
      'luzhi.when': ({ context, event }, params: GuardParams) =>
        evaluateGuard(params.when, scopeOf(context, event)),
    },
    actions: {
      'luzhi.set': assign(({ context, event }, params: SetParams) => {
        // Every value is computed from the data as it was before this transition.
        const scope = scopeOf(context, event);
        let data = context.data;
        for (const [tokens, value] of params.entries) {
          data = setAtPointer(data, tokens, value.evaluate(scope));
        }
        return { data };
      }),
      // Runs nowhere: transition() hands it back, with its params resolved, for the outbox.
      'luzhi.effect': (_args, _params: EffectRequest) => undefined,
    },
  }).createMachine({
    id: `${definition.id}@${definition.version}`,
    context: ({ input }: { input: unknown }) => input as MachineContext,
    initial: definition.initial,
    states,
  } as never);
  return machine as unknown as AnyStateMachine;
}

/** The internal event a deadline timer sends to the state that owns the deadline. */
export function deadlineEvent(kind: 'warn' | 'expire', state: string): string {
  return `luzhi.${kind}.${state}`;
}

/** Evaluates an effect's arguments for the outbox. */
function resolveEffect(effect: CompiledEffect, scope: ExpressionScope): EffectRequest {
  if (effect.kind === 'notify') return { kind: 'notify', roles: effect.roles, message: effect.message };
  return {
    kind: 'call',
    name: effect.name,
    args: Object.fromEntries(effect.args.map(([name, value]) => [name, value.evaluate(scope)])),
  };
}
