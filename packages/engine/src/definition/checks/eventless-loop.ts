import type { IndexedState, IndexedTransition, StateIndex } from '../state-index.js';
import { defineCheck, issue, listNames } from './check.js';

/** An edge of the graph of eventless moves: entering `from` may, with no event, enter `to`. */
interface Edge {
  to: string;
  /** The `onDone` transition that makes the move; absent for entering an initial child or a region. */
  move: IndexedTransition | undefined;
}

/**
 * `transition.eventlessLoop`: moves that need no event (`onDone` of compound, parallel and
 * forEach states, and entering a state's initial child or regions) that can lead back to where
 * they started. Such a definition would move forever on the first command that enters the loop.
 * Guards (`when`) do not save a loop: whether one of them must eventually fail cannot be decided
 * before running, so every loop made only of eventless moves is refused. Reported once per loop,
 * at its first `onDone` in document order. Deadlines are not eventless: each expiry is a timer
 * event of its own.
 */
export const eventlessLoopCheck = defineCheck({
  name: 'loops of eventless moves',
  codes: ['transition.eventlessLoop'],
  check: ({ index }) => {
    const edges = eventlessEdges(index);
    const order = new Map(index.transitions.map((transition, position) => [transition, position]));
    return loopsOf(index, edges).flatMap((loop) => {
      const inLoop = new Set(loop);
      const moves = loop
        .flatMap((name) => edges.get(name) ?? [])
        .filter((edge) => edge.move !== undefined && inLoop.has(edge.to))
        .map((edge) => edge.move!)
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      const first = moves[0];
      // A loop of entries alone (a state whose initial child bears an ancestor's name) comes only
      // from state names used twice, which the state-names check reports.
      if (first === undefined) return [];
      const names = listNames(loop);
      return issue(
        'transition.eventlessLoop',
        first.pointer,
        `状态“${first.state}”的完成转移（onDone）属于一个无需任何动作的循环（经过 ${names.zh}）：实例一旦进入，就会不停地自动转移；请让循环中至少一步等待动作`,
        `onDone of state "${first.state}" is part of a loop that needs no action (through ${names.en}): an instance that enters it would move by itself forever; make at least one step of the loop wait for an action`,
      );
    });
  },
});

/** The graph of eventless moves, by the state whose entering starts them. */
function eventlessEdges(index: StateIndex): Map<string, Edge[]> {
  const edges = new Map<string, Edge[]>();
  const add = (from: string, edge: Edge): void => {
    const list = edges.get(from);
    if (list) list.push(edge);
    else edges.set(from, [edge]);
  };
  const onDone = new Map<string, IndexedTransition[]>();
  for (const transition of index.transitions) {
    if (transition.source !== 'onDone') continue;
    const list = onDone.get(transition.state);
    if (list) list.push(transition);
    else onDone.set(transition.state, [transition]);
  }
  const addMoves = (from: string, doneState: string): void => {
    for (const move of onDone.get(doneState) ?? []) {
      for (const to of enteredBy(index, move)) add(from, { to, move });
    }
  };

  for (const state of index.states.values()) {
    if (state.node.forEach !== undefined) {
      // Checked after every step while the state is active: done at once when no branch is open.
      addMoves(state.name, state.name);
      continue;
    }
    if (state.kind === 'compound') {
      const initial = state.node.initial;
      if (initial !== undefined && state.children.includes(initial)) add(state.name, { to: initial, move: undefined });
    } else if (state.kind === 'parallel') {
      for (const child of state.children) add(state.name, { to: child, move: undefined });
    } else if (state.kind === 'final') {
      for (const done of statesDoneBy(index, state)) addMoves(state.name, done);
    }
  }
  return edges;
}

/**
 * The states that entering a final state may make done: its compound parent, then each parallel
 * state above whose regions may all be done. A forEach state's children are positions of its
 * branches, not states of their own; the forEach state's own `onDone` covers them.
 */
function statesDoneBy(index: StateIndex, final: IndexedState): string[] {
  const done: string[] = [];
  let current = final;
  const parent = parentOf(index, current);
  if (parent?.kind === 'compound' && parent.node.forEach === undefined) {
    done.push(parent.name);
    current = parent;
  }
  for (let up = parentOf(index, current); up?.kind === 'parallel'; up = parentOf(index, current)) {
    done.push(up.name);
    current = up;
  }
  return done;
}

/**
 * The states a move enters besides those its target's own entry enters: the target, and the other
 * regions of every parallel state above it (entered with it when that state was not active).
 */
function enteredBy(index: StateIndex, move: IndexedTransition): string[] {
  const to = move.transition.to;
  if (to === undefined || !index.states.has(to)) return [];
  const entered = [to];
  let child = index.states.get(to)!;
  for (let up = parentOf(index, child); up !== undefined; up = parentOf(index, child)) {
    if (up.kind === 'parallel') entered.push(...up.children.filter((region) => region !== child.name));
    child = up;
  }
  return entered;
}

function parentOf(index: StateIndex, state: IndexedState): IndexedState | undefined {
  return state.parent === undefined ? undefined : index.states.get(state.parent);
}

/**
 * The loops of the graph: its strongly connected components that hold a cycle, each as its state
 * names in document order. Tarjan's algorithm, with its own stack rather than the call stack.
 */
function loopsOf(index: StateIndex, edges: ReadonlyMap<string, readonly Edge[]>): string[][] {
  const position = new Map([...index.states.keys()].map((name, at) => [name, at]));
  const number = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const loops: string[][] = [];
  let counter = 0;
  for (const root of index.states.keys()) {
    if (number.has(root)) continue;
    const work: Array<{ name: string; next: number }> = [{ name: root, next: 0 }];
    number.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const out = edges.get(frame.name) ?? [];
      if (frame.next < out.length) {
        const to = out[frame.next++]!.to;
        if (!number.has(to)) {
          number.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ name: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.name, Math.min(low.get(frame.name)!, number.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.name, Math.min(low.get(parent.name)!, low.get(frame.name)!));
      if (low.get(frame.name) !== number.get(frame.name)) continue;
      const component: string[] = [];
      for (;;) {
        const name = stack.pop()!;
        onStack.delete(name);
        component.push(name);
        if (name === frame.name) break;
      }
      const cyclic = component.length > 1 || out.some((edge) => edge.to === frame.name);
      if (cyclic) loops.push(component.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)));
    }
  }
  return loops;
}
