import { defineCheck, issue } from './check.js';

/**
 * `state.deadEnd`: an atomic state that is not final, with no way out — no action, `onDone` or
 * `deadline.onExpire` with a target on the state itself or on any state containing it, and not
 * in a parallel state that another region can leave. An instance that gets there is stuck for ever.
 * A final state inside another state is checked the same way: it only ends the state containing
 * it, so without an `onDone` (or another way out) there the instance stays active with nothing to
 * do. Only a top-level final state ends the instance.
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
      .filter((state) => state.kind === 'atomic' || (state.kind === 'final' && state.parent !== undefined))
      .filter((state) => !leaving.has(state.name) && !ancestors(state.name).some((ancestor) => leaving.has(ancestor.name)))
      .map((state) =>
        issue(
          'state.deadEnd',
          state.pointer,
          state.kind === 'final'
            ? `状态“${state.name}”是死胡同：它是嵌套的终止状态，只结束包含它的状态，但包含它的各级状态都没有可离开的转移（onDone、on 或带 to 的 deadline.onExpire），实例会一直停留而无事可做；请给包含它的状态添加带 to 的 onDone，或把终止状态移到顶层`
            : `状态“${state.name}”是死胡同：它不是终止状态（type: "final"），但它和包含它的状态都没有可离开的转移（on、onDone 或带 to 的 deadline.onExpire）；请添加动作，或将其设为 "type": "final"`,
          state.kind === 'final'
            ? `State "${state.name}" is a dead end: a nested final state only ends the state containing it, yet no state containing it has a transition out (onDone, on, or deadline.onExpire with "to"), so the instance stays active with nothing to do; give a containing state an "onDone" with "to", or move the final state to the top level`
            : `State "${state.name}" is a dead end: it is not final (type: "final"), yet neither it nor any state containing it has a transition out (on, onDone, or deadline.onExpire with "to"); add an action, or make it "type": "final"`,
        ),
      );
  },
});
