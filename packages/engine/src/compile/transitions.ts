import { text } from '../localized-text.js';
import { joinPointer, parsePointer } from '../json-pointer.js';
import type { CompiledExpression, ExpressionScope } from '../definition/expressions/index.js';
import type { AutomaticTransition, Effect, State, Transition } from '../definition/workflow-definition.generated.js';
import type { MachineContext, MachineEvent, RequestedEffect } from './compiled-workflow.js';
import { branchList, withBranch } from './for-each.js';
import { expressionAt, type MachineBuild } from './machine-build.js';
import { effectKindOf } from '../builtins/effects/index.js';

/** The params of `luzhi.set`: the data updates of a transition, in order. */
export interface SetParams {
  entries: ReadonlyArray<readonly [tokens: readonly string[], value: CompiledExpression]>;
  /** For the `onDone` of a forEach state: whose branches the expressions see. */
  doneOf?: string | undefined;
}

/** The params of `luzhi.when`: the transition's condition. */
export interface GuardParams {
  when: CompiledExpression;
}

/** A transition as XState config: where it goes, its guard and its actions. */
export interface TransitionConfig {
  target?: string;
  reenter?: boolean;
  guard?: unknown;
  actions: unknown[];
}

/**
 * The scope expressions see while a transition is being taken: with the branch acted on, or for
 * the `onDone` of a forEach state (`doneOf`), with all of that state's branches and no one branch.
 */
export function scopeOf(context: MachineContext, event: MachineEvent, doneOf?: string): ExpressionScope {
  const base = { payload: event.payload, actor: event.actor, data: context.data, instance: context.instance, now: context.now };
  if (doneOf !== undefined) return { ...base, branches: branchList(context, doneOf) };
  return withBranch(base, context, event);
}

/**
 * A transition's effects as `luzhi.effect` actions, each compiled by its kind. The machine never
 * runs them: `transition()` hands them back with their params resolved, for the outbox.
 */
export function compileEffects(build: MachineBuild, effects: readonly Effect[] | undefined, pointer: string, doneOf?: string): unknown[] {
  return (effects ?? []).map((effect, index) => {
    const kind = effectKindOf(effect);
    const compiled = kind.compile(build, effect, joinPointer(pointer, index));
    // Dynamic params: arguments see the data as the `set` of the same transition left it.
    return {
      type: 'luzhi.effect',
      params: ({ context, event }: { context: MachineContext; event: MachineEvent }): RequestedEffect => ({
        request: kind.resolve(compiled, scopeOf(context, event, doneOf)),
        // What the recipients are resolved from once the command is done (runtime/recipients.ts).
        ...(event.branch === undefined || doneOf !== undefined ? {} : { branch: event.branch }),
        openBranches: Object.fromEntries(Object.entries(context.branches).map(([forEach, branches]) => [forEach, Object.keys(branches)])),
      }),
    };
  });
}

/** One transition of the definition as XState config: its `set`, `branches`, effects, target and `when`. */
export function compileTransition(
  build: MachineBuild,
  transition: Transition | AutomaticTransition,
  pointer: string,
  source?: string,
  doneOf?: string,
): TransitionConfig {
  const actions: unknown[] = [takenMarker(pointer), ...setActions(build, transition.set, pointer, doneOf)];
  if (transition.branches !== undefined) {
    const list = expressionAt(build, transition.branches, joinPointer(pointer, 'branches'));
    actions.push({ type: 'luzhi.branches.plan', params: { forEach: transition.to, list } });
  }
  actions.push(...compileEffects(build, transition.effects, joinPointer(pointer, 'effects'), doneOf));
  return {
    ...(transition.to === undefined ? {} : { target: `#${transition.to}` }),
    // Back to the same state: leave and enter it again (its deadline and task start afresh).
    ...(transition.to !== undefined && transition.to === source ? { reenter: true } : {}),
    ...(transition.when
      ? { guard: { type: 'luzhi.when', params: { when: expressionAt(build, transition.when, joinPointer(pointer, 'when')) } satisfies GuardParams } }
      : {}),
    actions,
  };
}

/** The `luzhi.set` action of a transition's (or an expiry's) `set`, when it has one. */
function setActions(build: MachineBuild, set: Readonly<Record<string, string>> | undefined, pointer: string, doneOf?: string): unknown[] {
  if (set === undefined) return [];
  const entries = Object.entries(set).map(([target, value]) => {
    const tokens = parsePointer(target);
    if (!tokens) {
      build.issues.push({
        pointer: joinPointer(pointer, 'set', target),
        code: 'set.pointerInvalid',
        message: text(`“${target}”不是 JSON 指针`, `"${target}" is not a JSON pointer`),
      });
    }
    return [tokens ?? [], expressionAt(build, value, joinPointer(pointer, 'set', target))] as const;
  });
  return [{ type: 'luzhi.set', params: { entries, doneOf } satisfies SetParams }];
}

/** A single transition or a list of alternatives, as XState's list of guarded transitions. */
export function compileTransitions(
  build: MachineBuild,
  value: Transition | AutomaticTransition | ReadonlyArray<Transition | AutomaticTransition>,
  pointer: string,
  source?: string,
): TransitionConfig[] {
  return Array.isArray(value)
    ? value.map((transition, index) => compileTransition(build, transition, joinPointer(pointer, index), source))
    : [compileTransition(build, value as Transition, pointer, source)];
}

/** Adds the internal events of a state's deadline timers (`onExpire`, `onWarn`) to its `on`. */
export function addDeadlineEvents(build: MachineBuild, name: string, node: State, pointer: string, on: Record<string, unknown>): void {
  const deadline = node.deadline;
  if (deadline?.onExpire) {
    const expirePointer = joinPointer(pointer, 'deadline', 'onExpire');
    on[deadlineEvent('expire', name)] = {
      ...(deadline.onExpire.to ? { target: `#${deadline.onExpire.to}` } : {}),
      actions: [
        takenMarker(expirePointer),
        ...setActions(build, deadline.onExpire.set, expirePointer),
        ...compileEffects(build, deadline.onExpire.effects, joinPointer(expirePointer, 'effects')),
      ],
    };
  }
  if (deadline?.onWarn) {
    const warnPointer = joinPointer(pointer, 'deadline', 'onWarn');
    on[deadlineEvent('warn', name)] = {
      actions: [takenMarker(warnPointer), ...compileEffects(build, deadline.onWarn.effects, joinPointer(warnPointer, 'effects'))],
    };
  }
}

/**
 * The entry action every state gets: it does nothing, but `transition()` hands it back, so the
 * runtime knows exactly which states a command entered — re-entered ones included.
 */
export function enteredMarker(state: string): { type: 'luzhi.entered'; params: { state: string } } {
  return { type: 'luzhi.entered', params: { state } };
}

/**
 * The action every transition of the definition gets first (actions, alternatives, `onDone`,
 * `onExpire`, `onWarn`): it does nothing, but `transition()` hands it back, so the runtime knows
 * exactly which of the definition's transitions a command took, by their pointers.
 */
export function takenMarker(pointer: string): { type: 'luzhi.taken'; params: { pointer: string } } {
  return { type: 'luzhi.taken', params: { pointer } };
}

/** The pointers of the definition's transitions a command took, in the order taken, from the markers among its actions. */
export function transitionsTaken(actions: ReadonlyArray<{ type: string; params?: unknown }>): string[] {
  return actions.filter((action) => action.type === 'luzhi.taken').map((action) => (action.params as { pointer: string }).pointer);
}

/** The states a transition entered, from the markers among its actions. */
export function statesEntered(actions: ReadonlyArray<{ type: string; params?: unknown }>): Set<string> {
  const entered = new Set<string>();
  for (const action of actions) if (action.type === 'luzhi.entered') entered.add((action.params as { state: string }).state);
  return entered;
}

/** The internal event a deadline timer sends to the state that owns the deadline. */
export function deadlineEvent(kind: 'warn' | 'expire', state: string): string {
  return `luzhi.${kind}.${state}`;
}
