import type { StateIndex } from '../state-index.js';
import type { WorkflowDefinition } from '../workflow-definition.generated.js';
import { defineCheck, issue, listNames } from './check.js';

/**
 * The states an instance can be in once it has entered the `start` states: entering a state
 * makes its ancestors active and enters its `initial` child (compound; while the `initial` is
 * missing or unknown, any child) or every region (parallel); an active state's transitions
 * (actions, `onDone`, `deadline.onExpire`) enter their targets.
 */
export function statesReachableFrom(index: StateIndex, start: readonly string[]): Set<string> {
  const active = new Set<string>();
  const entered = new Set<string>();
  const queue: string[] = [];
  const targetsOf = new Map<string, string[]>();
  for (const transition of index.transitions) {
    const to = transition.transition.to;
    if (to === undefined) continue;
    const list = targetsOf.get(transition.state) ?? [];
    list.push(to);
    targetsOf.set(transition.state, list);
  }

  const activate = (name: string): void => {
    let current = index.states.get(name);
    while (current && !active.has(current.name)) {
      active.add(current.name);
      queue.push(current.name);
      current = current.parent === undefined ? undefined : index.states.get(current.parent);
    }
  };
  const enter = (name: string): void => {
    const state = index.states.get(name);
    if (!state || entered.has(name)) return;
    entered.add(name);
    activate(name);
    if (state.kind === 'parallel') state.children.forEach(enter);
    else if (state.kind === 'compound') {
      const initial = state.node.initial;
      // forEach.start may send a branch to any child state: each counts as a way in.
      if (state.node.forEach?.start !== undefined) state.children.forEach(enter);
      else if (initial !== undefined && state.children.includes(initial)) enter(initial);
      else state.children.forEach(enter);
    }
  };

  start.forEach(enter);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const target of targetsOf.get(next) ?? []) enter(target);
  }
  return active;
}

/** The states an instance of the definition can ever be in, from its `initial` state. */
export function reachableStates(definition: WorkflowDefinition, index: StateIndex): Set<string> {
  return statesReachableFrom(index, [definition.initial]);
}

/**
 * `state.unreachable`: a state that no path from the initial state enters. Reported once per
 * unreachable region, at its first state in document order; the message names the states that
 * are unreachable only because it is (its children, the states only it leads to).
 */
export const reachabilityCheck = defineCheck({
  name: 'reachable states',
  codes: ['state.unreachable'],
  check: ({ definition, index }) => {
    // With an unknown initial state nothing is reachable; initial.unknown says why.
    if (!Object.hasOwn(definition.states, definition.initial)) return [];
    const reachable = reachableStates(definition, index);
    const covered = new Set<string>();
    return [...index.states.values()]
      .filter((state) => !reachable.has(state.name))
      .flatMap((state) => {
        if (covered.has(state.name)) return [];
        const followers = [...statesReachableFrom(index, [state.name])].filter(
          (name) => name !== state.name && !reachable.has(name) && !covered.has(name),
        );
        covered.add(state.name);
        followers.forEach((name) => covered.add(name));
        const also = followers.length === 0 ? { zh: '', en: '' } : listNames(followers);
        return [
          issue(
            'state.unreachable',
            state.pointer,
            `状态“${state.name}”不可达：从初始状态“${definition.initial}”出发，没有任何转移（动作、onDone、超期处理）或初始子状态能进入它${followers.length ? `（因此 ${also.zh} 也不可达）` : ''}；请添加指向它的转移，或删除它`,
            `State "${state.name}" is unreachable: starting from the initial state "${definition.initial}", no transition (action, onDone, onExpire) or initial child state ever enters it${followers.length ? ` (which leaves ${also.en} unreachable too)` : ''}; add a transition to it, or remove it`,
          ),
        ];
      });
  },
});
