import { defineCheck, issue } from './check.js';

/**
 * `state.deadEnd`: an atomic state that is not final, with no way out — no action, `onDone` or
 * `deadline.onExpire` with a target on the state itself or on any state containing it, and not
 * in a parallel state that another region can leave. An instance that gets there is stuck for ever.
 */
export const deadEndCheck = defineCheck({
  name: 'dead ends',
  codes: ['state.deadEnd'],
  check: ({ index, ancestors }) => {
    const leaving = new Set<string>();
    for (const transition of index.transitions) {
      if (transition.transition.to !== undefined) leaving.add(transition.state);
    }
    // Regions of a parallel state end together: when any of them leaves the parallel state (办
    // completes and moves on), the others (督) are left too, so they are not stuck.
    const inside = (state: string, container: string) => index.states.get(state)?.path.includes(container) ?? false;
    for (const parallel of index.states.values()) {
      if (parallel.kind !== 'parallel') continue;
      const exits = index.transitions.some(({ state, transition }) => {
        const to = transition.to;
        return to !== undefined && inside(state, parallel.name) && !inside(to, parallel.name);
      });
      if (exits) leaving.add(parallel.name);
    }
    return [...index.states.values()]
      .filter((state) => state.kind === 'atomic')
      .filter((state) => !leaving.has(state.name) && !ancestors(state.name).some((ancestor) => leaving.has(ancestor.name)))
      .map((state) =>
        issue(
          'state.deadEnd',
          state.pointer,
          `状态“${state.name}”是死胡同：它不是终止状态（type: "final"），但它和包含它的状态都没有可离开的转移（on、onDone 或带 to 的 deadline.onExpire）；请添加动作，或将其设为 "type": "final"`,
          `State "${state.name}" is a dead end: it is not final (type: "final"), yet neither it nor any state containing it has a transition out (on, onDone, or deadline.onExpire with "to"); add an action, or make it "type": "final"`,
        ),
      );
  },
});
