import { assign } from 'xstate';
import { joinPointer, parsePointer } from '../../json-pointer.js';
import { evaluateGuard, type CompiledExpression } from '../../definition/expressions/index.js';
import type { ForEach, State } from '../../definition/workflow-definition.generated.js';
import type { MachineContext, MachineEvent } from '../../compile/compiled-workflow.js';
import { branchesComplete, branchGuard, openBranches, type BranchSource } from '../../compile/for-each.js';
import { expressionAt, notSupported, type MachineBuild } from '../../compile/machine-build.js';
import { compileEffects, compileTransition, compileTransitions, deadlineEvent, enteredMarker, addDeadlineEvents, scopeOf, takenMarker } from '../../compile/transitions.js';
import { builtinAction, builtinActions, type BuiltinActionRule } from '../actions/index.js';
import { emptyRecord, ownValue, withOwn } from '../../own-keys.js';
import type { StateKindRule } from './state-kind.js';
import { isForEachState } from './kinds.js';

/** The params of a built-in action's guard and update on the forEach state that offers it. */
interface BuiltinParams {
  action: string;
  source: BranchSource;
}

/**
 * A forEach state (多单位办理) is one XState state; its branches live in the context. Each child
 * state's actions become transitions of the forEach state that move only the branch they address;
 * `onDone` becomes an eventless transition taken once the completion rule holds; the built-in
 * actions it enables (加签、减签) become transitions that change its branches.
 */
export const forEachState: StateKindRule = {
  kind: 'forEach',
  is: isForEachState,
  compile: compileForEach,
};

function compileForEach(build: MachineBuild, name: string, node: State, pointer: string): Record<string, unknown> {
  const forEach = node.forEach!;
  const children = node.states ?? {};
  const finals = Object.keys(children).filter((child) => children[child]!.type === 'final');
  const source: BranchSource = {
    forEach: name,
    in: parsePointer(forEach.in) ?? [],
    key: forEach.key,
    initial: node.initial!,
    children: Object.keys(children),
    ...(forEach.start === undefined ? {} : { start: expressionAt(build, forEach.start, joinPointer(pointer, 'forEach', 'start')) }),
  };
  const on = emptyRecord<unknown[]>();
  for (const [child, childNode] of Object.entries(children)) {
    compileBranchChild(build, name, child, childNode, joinPointer(pointer, 'states', child), children, on);
  }
  for (const [event, value] of Object.entries(node.on ?? {})) {
    (on[event] ??= []).push(...compileTransitions(build, value, joinPointer(pointer, 'on', event), name));
  }
  const offered: readonly BuiltinActionRule[] = builtinActions();
  for (const builtin of offered) {
    if (!builtin.statechart || !builtin.offer({ name, node, pointer })) continue;
    const params: BuiltinParams = { action: builtin.form.name, source };
    on[builtin.form.name] = [{ guard: { type: 'luzhi.builtin.allowed', params }, actions: [{ type: 'luzhi.builtin.apply', params }] }];
  }
  addDeadlineEvents(build, name, node, pointer, on);
  const always = node.onDone
    ? (Array.isArray(node.onDone) ? node.onDone : [node.onDone]).map((transition, index) => {
        const at = Array.isArray(node.onDone) ? joinPointer(pointer, 'onDone', index) : joinPointer(pointer, 'onDone');
        const compiled = compileTransition(build, transition, at, undefined, name);
        const when = transition.when === undefined ? undefined : expressionAt(build, transition.when, joinPointer(at, 'when'));
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
}

/** Adds a child state's actions and deadline events to the forEach state's `on`, each guarded by the branch it addresses. */
function compileBranchChild(
  build: MachineBuild,
  name: string,
  child: string,
  childNode: State,
  childPointer: string,
  children: Record<string, State>,
  on: Record<string, unknown[]>,
): void {
  if (childNode.states) notSupported(build, childPointer, `多分支状态的子状态“${child}”不能再有子状态`, `a child state of a forEach state ("${child}") cannot have child states of its own`);
  if (childNode.deadline?.extend) {
    notSupported(build, joinPointer(childPointer, 'deadline', 'extend'), `多分支子状态“${child}”的时限延期（请在“${name}”上设置延期）`, `extending the deadline of a forEach child state ("${child}"); put "extend" on "${name}"`);
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
        takenMarker(joinPointer(childPointer, 'deadline', 'onExpire')),
        ...compileEffects(build, childDeadline.onExpire.effects, joinPointer(childPointer, 'deadline', 'onExpire', 'effects')),
        ...(inside ? [{ type: 'luzhi.branches.move', params: { forEach: name, to } }] : []),
      ],
    });
  }
  if (childDeadline?.onWarn) {
    (on[deadlineEvent('warn', child)] ??= []).push({
      guard: { type: 'luzhi.branch', params: { forEach: name, child } },
      actions: [
        takenMarker(joinPointer(childPointer, 'deadline', 'onWarn')),
        ...compileEffects(build, childDeadline.onWarn.effects, joinPointer(childPointer, 'deadline', 'onWarn', 'effects')),
      ],
    });
  }
  for (const [event, value] of Object.entries(childNode.on ?? {})) {
    const list = Array.isArray(value) ? value : [value];
    list.forEach((transition, index) => {
      const at = Array.isArray(value) ? joinPointer(childPointer, 'on', event, index) : joinPointer(childPointer, 'on', event);
      const compiled = compileTransition(build, transition, at);
      const inside = transition.to !== undefined && Object.hasOwn(children, transition.to);
      const when = transition.when === undefined ? undefined : expressionAt(build, transition.when, joinPointer(at, 'when'));
      (on[event] ??= []).push({
        ...(inside || compiled.target === undefined ? {} : { target: compiled.target }),
        guard: { type: 'luzhi.branch', params: { forEach: name, child, when } },
        actions: [...compiled.actions, ...(inside ? [{ type: 'luzhi.branches.move', params: { forEach: name, to: transition.to! } }] : [])],
      });
    });
  }
}

type MachineArgs = { context: MachineContext; event: MachineEvent };

/** The machine's guards for forEach states: the branch addressed, completion, and the built-in actions. */
export const forEachGuards = {
  'luzhi.branch': ({ context, event }: MachineArgs, params: { forEach: string; child: string; when?: CompiledExpression }) =>
    branchGuard(context, event, params, scopeOf(context, event)),
  'luzhi.branches.done': (
    { context, event }: MachineArgs,
    params: { forEach: string; finals: readonly string[]; complete: ForEach['complete']; when?: CompiledExpression },
  ) => branchesComplete(context, params) && (params.when === undefined || evaluateGuard(params.when, scopeOf(context, event, params.forEach))),
  'luzhi.builtin.allowed': ({ context, event }: MachineArgs, params: BuiltinParams) =>
    builtinAction(params.action)!.statechart!.guard(context, event, params.source),
};

/** The machine's actions for forEach states: planning, opening and moving branches, and the built-in actions' updates. */
export const forEachActions = {
  'luzhi.branches.plan': assign(({ context, event }: MachineArgs, params: { forEach: string; list: CompiledExpression }) => {
    const list = params.list.evaluate(scopeOf(context, event));
    return { opening: withOwn(context.opening, params.forEach, Array.isArray(list) ? list : []) };
  }),
  'luzhi.branches.open': assign(({ context }: MachineArgs, params: BranchSource) => {
    const opening = { ...context.opening };
    delete opening[params.forEach];
    return {
      branches: withOwn(context.branches, params.forEach, openBranches(params, context)),
      opening: Object.keys(opening).length > 0 ? opening : undefined,
    };
  }),
  'luzhi.branches.move': assign(({ context, event }: MachineArgs, params: { forEach: string; to: string }) => {
    const key = event.branch!.key;
    const branches = ownValue(context.branches, params.forEach)!;
    return {
      branches: withOwn(context.branches, params.forEach, withOwn(branches, key, { ...ownValue(branches, key)!, state: params.to, entered: context.now })),
    };
  }),
  'luzhi.builtin.apply': assign(({ context, event }: MachineArgs, params: BuiltinParams) =>
    builtinAction(params.action)!.statechart!.update(context, event, params.source),
  ),
};
