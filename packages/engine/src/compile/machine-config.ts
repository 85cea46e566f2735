import { assign, setup, type AnyStateMachine } from 'xstate';
import { DefinitionError } from '../errors.js';
import { text } from '../localized-text.js';
import { getAtPointer, joinPointer, parsePointer, setAtPointer } from '../json-pointer.js';
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
  ForEach,
  State,
  Transition,
  WorkflowDefinition,
} from '../definition/workflow-definition.generated.js';
import type { EffectRequest, MachineContext, MachineEvent, RequestedEffect } from './compiled-workflow.js';
import {
  branchKey,
  firstState,
  branchesComplete,
  branchGuard,
  branchList,
  openBranches,
  withBranch,
  type BranchSource,
} from './for-each.js';
import { emptyRecord, ownValue, withOwn } from '../own-keys.js';

interface SetParams {
  entries: ReadonlyArray<readonly [tokens: readonly string[], value: CompiledExpression]>;
  /** For the `onDone` of a forEach state: whose branches the expressions see. */
  doneOf?: string | undefined;
}
interface GuardParams {
  when: CompiledExpression;
}
type CompiledEffect =
  | { kind: 'notify'; roles: readonly string[]; message: NonNullable<Effect['notify']>['message'] }
  | { kind: 'call'; name: string; roles: readonly string[] | undefined; args: ReadonlyArray<readonly [string, CompiledExpression]> };

/**
 * The scope expressions see while a transition is being taken: with the branch acted on, or for
 * the `onDone` of a forEach state (`doneOf`), with all of that state's branches and no one branch.
 */
function scopeOf(context: MachineContext, event: MachineEvent, doneOf?: string): ExpressionScope {
  const base = { payload: event.payload, actor: event.actor, data: context.data, instance: context.instance, now: context.now };
  if (doneOf !== undefined) return { ...base, branches: branchList(context, doneOf) };
  return withBranch(base, context, event);
}

/**
 * How many steps without an event one command may take (entering states, `onDone`, completed
 * forEach states). A valid definition has no loop of such steps, so it needs at most about one
 * per state; the cap stops a loop that validation did not catch with a typed error.
 */
export const MAX_MICROSTEPS = 10_000;

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

  const compileEffects = (effects: readonly Effect[] | undefined, pointer: string, doneOf?: string) =>
    (effects ?? []).map((effect, index) => {
      const compiled: CompiledEffect = effect.notify
        ? { kind: 'notify', roles: effect.notify.roles, message: effect.notify.message }
        : {
            kind: 'call',
            name: effect.call!.name,
            roles: effect.call!.roles,
            args: Object.entries(effect.call!.with ?? {}).map(
              ([name, source]) =>
                [name, expression(source, joinPointer(pointer, index, 'call', 'with', name))] as const,
            ),
          };
      // Dynamic params: arguments see the data as the `set` of the same transition left it.
      return {
        type: 'luzhi.effect',
        params: ({ context, event }: { context: MachineContext; event: MachineEvent }): RequestedEffect => ({
          request: resolveEffect(compiled, scopeOf(context, event, doneOf)),
          ...(event.branch === undefined || doneOf !== undefined ? {} : { branch: event.branch }),
          openBranches: Object.fromEntries(Object.entries(context.branches).map(([forEach, branches]) => [forEach, Object.keys(branches)])),
        }),
      };
    });

  const compileTransition = (
    transition: Transition | AutomaticTransition,
    pointer: string,
    source?: string,
    doneOf?: string,
  ) => {
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
      actions.push({ type: 'luzhi.set', params: { entries, doneOf } satisfies SetParams });
    }
    if (transition.branches !== undefined) {
      const list = expression(transition.branches, joinPointer(pointer, 'branches'));
      actions.push({ type: 'luzhi.branches.plan', params: { forEach: transition.to, list } });
    }
    actions.push(...compileEffects(transition.effects, joinPointer(pointer, 'effects'), doneOf));
    return {
      ...(transition.to === undefined ? {} : { target: `#${transition.to}` }),
      // Back to the same state: leave and enter it again (its deadline and task start afresh).
      ...(transition.to !== undefined && transition.to === source ? { reenter: true } : {}),
      ...(transition.when
        ? { guard: { type: 'luzhi.when', params: { when: expression(transition.when, joinPointer(pointer, 'when')) } satisfies GuardParams } }
        : {}),
      actions,
    };
  };

  const compileTransitions = (
    value: Transition | AutomaticTransition | ReadonlyArray<Transition | AutomaticTransition>,
    pointer: string,
    source?: string,
  ) =>
    Array.isArray(value)
      ? value.map((transition, index) => compileTransition(transition, joinPointer(pointer, index), source))
      : [compileTransition(value as Transition, pointer, source)];

  const notSupported = (pointer: string, zh: string, en: string) =>
    issues.push({ pointer, code: 'compile.notSupported', message: text(`本版本引擎尚不能执行：${zh}`, `This engine version cannot run this yet: ${en}`) });

  /**
   * A forEach state is one XState state; its branches live in the context. Each child state's
   * actions become transitions of the forEach state that move only the branch they address;
   * `onDone` becomes an eventless transition taken once the completion rule holds.
   */
  const compileForEach = (name: string, node: State, pointer: string): Record<string, unknown> => {
    const forEach = node.forEach!;
    const children = node.states ?? {};
    const finals = Object.keys(children).filter((child) => children[child]!.type === 'final');
    const source: BranchSource = {
      forEach: name,
      in: parsePointer(forEach.in) ?? [],
      key: forEach.key,
      initial: node.initial!,
      children: Object.keys(children),
      ...(forEach.start === undefined ? {} : { start: expression(forEach.start, joinPointer(pointer, 'forEach', 'start')) }),
    };
    const on = emptyRecord<unknown[]>();
    for (const [child, childNode] of Object.entries(children)) {
      const childPointer = joinPointer(pointer, 'states', child);
      if (childNode.states) notSupported(childPointer, `多分支状态的子状态“${child}”不能再有子状态`, `a child state of a forEach state ("${child}") cannot have child states of its own`);
      if (childNode.deadline?.extend) {
        notSupported(joinPointer(childPointer, 'deadline', 'extend'), `多分支子状态“${child}”的时限延期（请在“${name}”上设置延期）`, `extending the deadline of a forEach child state ("${child}"); put "extend" on "${name}"`);
      }
      // A child's deadline runs per branch: its timers address the branch whose deadline it is.
      const childDeadline = childNode.deadline;
      if (childDeadline?.onExpire) {
        const to = childDeadline.onExpire.to;
        const inside = to !== undefined && Object.hasOwn(children, to);
        (on[deadlineEvent('expire', child)] ??= []).push({
          ...(to !== undefined && !inside ? { target: `#${to}` } : {}),
          guard: { type: 'luzhi.branch', params: { forEach: name, child } },
          actions: [
            ...compileEffects(childDeadline.onExpire.effects, joinPointer(childPointer, 'deadline', 'onExpire', 'effects')),
            ...(inside ? [{ type: 'luzhi.branches.move', params: { forEach: name, to } }] : []),
          ],
        });
      }
      if (childDeadline?.onWarn) {
        (on[deadlineEvent('warn', child)] ??= []).push({
          guard: { type: 'luzhi.branch', params: { forEach: name, child } },
          actions: compileEffects(childDeadline.onWarn.effects, joinPointer(childPointer, 'deadline', 'onWarn', 'effects')),
        });
      }
      for (const [event, value] of Object.entries(childNode.on ?? {})) {
        const list = Array.isArray(value) ? value : [value];
        list.forEach((transition, index) => {
          const at = Array.isArray(value) ? joinPointer(childPointer, 'on', event, index) : joinPointer(childPointer, 'on', event);
          const compiled = compileTransition(transition, at);
          const inside = transition.to !== undefined && Object.hasOwn(children, transition.to);
          const when = transition.when === undefined ? undefined : expression(transition.when, joinPointer(at, 'when'));
          (on[event] ??= []).push({
            ...(inside || compiled.target === undefined ? {} : { target: compiled.target }),
            guard: { type: 'luzhi.branch', params: { forEach: name, child, when } },
            actions: [...compiled.actions, ...(inside ? [{ type: 'luzhi.branches.move', params: { forEach: name, to: transition.to! } }] : [])],
          });
        });
      }
    }
    for (const [event, value] of Object.entries(node.on ?? {})) {
      (on[event] ??= []).push(...compileTransitions(value, joinPointer(pointer, 'on', event), name));
    }
    if (forEach.manage) {
      on.addBranch = [{ guard: { type: 'luzhi.branches.canAdd', params: source }, actions: [{ type: 'luzhi.branches.add', params: source }] }];
      on.removeBranch = [{ guard: { type: 'luzhi.branches.canRemove', params: source }, actions: [{ type: 'luzhi.branches.remove', params: source }] }];
    }
    addDeadlineEvents(name, node, pointer, on);
    const always = node.onDone
      ? (Array.isArray(node.onDone) ? node.onDone : [node.onDone]).map((transition, index) => {
          const at = Array.isArray(node.onDone) ? joinPointer(pointer, 'onDone', index) : joinPointer(pointer, 'onDone');
          const compiled = compileTransition(transition, at, undefined, name);
          const when = transition.when === undefined ? undefined : expression(transition.when, joinPointer(at, 'when'));
          return {
            target: compiled.target,
            guard: { type: 'luzhi.branches.done', params: { forEach: name, finals, complete: forEach.complete, when } },
            actions: compiled.actions,
          };
        })
      : undefined;
    return {
      id: name,
      entry: [enteredMarker(name), { type: 'luzhi.branches.open', params: source }],
      ...(Object.keys(on).length > 0 ? { on } : {}),
      ...(always ? { always } : {}),
    };
  };

  const addDeadlineEvents = (name: string, node: State, pointer: string, on: Record<string, unknown>): void => {
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
  };

  const compileState = (name: string, node: State, pointer: string): Record<string, unknown> => {
    if (node.forEach) return compileForEach(name, node, pointer);
    const config: Record<string, unknown> = { id: name, entry: [enteredMarker(name)] };
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
    const on = emptyRecord<unknown>();
    for (const [event, value] of Object.entries(node.on ?? {})) {
      on[event] = compileTransitions(value, joinPointer(pointer, 'on', event), name);
    }
    addDeadlineEvents(name, node, pointer, on);
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
      'luzhi.branch': ({ context, event }, params: { forEach: string; child: string; when?: CompiledExpression }) =>
        branchGuard(context, event, params, scopeOf(context, event)),
      'luzhi.branches.canAdd': ({ context, event }, params: BranchSource) => {
        const key = branchKey((event.payload as { item?: unknown } | undefined)?.item, params.key);
        return key !== undefined && !Object.hasOwn(ownValue(context.branches, params.forEach) ?? {}, key);
      },
      'luzhi.branches.canRemove': ({ context, event }, params: BranchSource) => {
        const key = (event.payload as { branch?: unknown } | undefined)?.branch;
        return typeof key === 'string' && Object.hasOwn(ownValue(context.branches, params.forEach) ?? {}, key);
      },
      'luzhi.branches.done': (
        { context, event },
        params: { forEach: string; finals: readonly string[]; complete: ForEach['complete']; when?: CompiledExpression },
      ) =>
        branchesComplete(context, params) &&
        (params.when === undefined ||
          evaluateGuard(params.when, scopeOf(context, event, params.forEach))),
    },
    actions: {
      'luzhi.set': assign(({ context, event }, params: SetParams) => {
        // Every value is computed from the data as it was before this transition.
        const scope = scopeOf(context, event, params.doneOf);
        let data = context.data;
        for (const [tokens, value] of params.entries) {
          data = setAtPointer(data, tokens, value.evaluate(scope));
        }
        return { data };
      }),
      // Runs nowhere: transition() hands it back, with its params resolved, for the outbox.
      'luzhi.effect': (_args, _params: RequestedEffect) => undefined,
      'luzhi.entered': (_args, _params: { state: string }) => undefined,
      'luzhi.branches.plan': assign(({ context, event }, params: { forEach: string; list: CompiledExpression }) => {
        const list = params.list.evaluate(scopeOf(context, event));
        return { opening: withOwn(context.opening, params.forEach, Array.isArray(list) ? list : []) };
      }),
      'luzhi.branches.open': assign(({ context }, params: BranchSource) => {
        const opening = { ...context.opening };
        delete opening[params.forEach];
        return {
          branches: withOwn(context.branches, params.forEach, openBranches(params, context)),
          opening: Object.keys(opening).length > 0 ? opening : undefined,
        };
      }),
      'luzhi.branches.add': assign(({ context, event }, params: BranchSource) => {
        const item = (event.payload as { item: unknown }).item;
        const key = branchKey(item, params.key)!;
        const items = getAtPointer(context.data, params.in);
        return {
          branches: withOwn(
            context.branches,
            params.forEach,
            withOwn(ownValue(context.branches, params.forEach), key, { state: firstState(params, context, key, item), entered: context.now, item }),
          ),
          data: setAtPointer(context.data, params.in, [...(Array.isArray(items) ? items : []), item]),
        };
      }),
      'luzhi.branches.remove': assign(({ context, event }, params: BranchSource) => {
        const key = (event.payload as { branch: string }).branch;
        const rest = { ...ownValue(context.branches, params.forEach) };
        delete rest[key];
        const items = getAtPointer(context.data, params.in);
        return {
          branches: withOwn(context.branches, params.forEach, rest),
          data: setAtPointer(context.data, params.in, (Array.isArray(items) ? items : []).filter((item) => branchKey(item, params.key) !== key)),
        };
      }),
      'luzhi.branches.move': assign(({ context, event }, params: { forEach: string; to: string }) => {
        const key = event.branch!.key;
        const branches = ownValue(context.branches, params.forEach)!;
        return {
          branches: withOwn(context.branches, params.forEach, withOwn(branches, key, { ...ownValue(branches, key)!, state: params.to, entered: context.now })),
        };
      }),
    },
  }).createMachine({
    id: `${definition.id}@${definition.version}`,
    context: ({ input }: { input: unknown }) => input as MachineContext,
    initial: definition.initial,
    states,
    options: { maxIterations: MAX_MICROSTEPS },
  } as never);
  return machine as unknown as AnyStateMachine;
}

/**
 * The entry action every state gets: it does nothing, but `transition()` hands it back, so the
 * runtime knows exactly which states a command entered — re-entered ones included.
 */
function enteredMarker(state: string) {
  return { type: 'luzhi.entered', params: { state } };
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

/** Evaluates an effect's arguments for the outbox. */
function resolveEffect(effect: CompiledEffect, scope: ExpressionScope): EffectRequest {
  if (effect.kind === 'notify') return { kind: 'notify', roles: effect.roles, message: effect.message };
  return {
    kind: 'call',
    name: effect.name,
    ...(effect.roles === undefined ? {} : { roles: effect.roles }),
    args: Object.fromEntries(effect.args.map(([name, value]) => [name, value.evaluate(scope)])),
  };
}
