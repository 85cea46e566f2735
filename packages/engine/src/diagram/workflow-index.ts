import { joinPointer } from '../json-pointer.js';
import { pickTitle } from '../localized-text.js';
import type { State, WorkflowDefinition } from '../definition/workflow-definition.generated.js';
import type { ShapeChecker } from './shape-check.js';

/** How a state is drawn and entered. */
export type StateKind = 'atomic' | 'compound' | 'parallel' | 'final';

/** One state of a definition, with where it sits. */
export interface StateInfo {
  name: string;
  /** JSON pointer of the state in the definition. */
  pointer: string;
  parent: string | undefined;
  node: State;
  kind: StateKind;
  /** Child state names in definition order. */
  children: string[];
  /** The child entered first (compound states). */
  initial: string | undefined;
  /** Whether the state opens one branch per unit (`forEach`). */
  forEach: boolean;
}

/** A move between states as the definition declares it. */
export interface Move {
  from: string;
  to: string;
  /** The action (event) name; `onDone` and `onExpire` for automatic moves. */
  event: string;
  title: WorkflowDefinition['title'] | undefined;
}

/** What a drawing of a definition needs to know: its states, moves and titles. */
export interface WorkflowIndex {
  definition: WorkflowDefinition;
  states: ReadonlyMap<string, StateInfo>;
  /** Top-level state names in definition order. */
  top: readonly string[];
  initial: string;
  moves: readonly Move[];
}

const kinds: readonly StateKind[] = ['atomic', 'compound', 'parallel', 'final'];
const indexes = new WeakMap<object, WorkflowIndex>();

/**
 * Indexes a workflow definition after checking the parts a drawing reads (states, their titles,
 * types, children and the targets of their moves). Semantic rules are the engine's
 * (`luzhi validate`); a definition the engine would refuse for another reason still draws.
 * @throws whatever `check.fail` throws, naming the first place that cannot be read.
 */
export function indexWorkflow(definition: unknown, check: ShapeChecker): WorkflowIndex {
  if (typeof definition === 'object' && definition !== null) {
    const known = indexes.get(definition);
    if (known) return known;
  }
  const root = check.object(definition, '');
  check.title(root, 'title', '');
  const states = new Map<string, StateInfo>();
  const top = addStates(check, states, root.states, '/states', undefined);
  const initial = check.string(root, 'initial', '')!;
  if (!top.includes(initial)) check.fail('/initial', `顶层没有名为“${initial}”的状态`, `there is no top-level state "${initial}"`);
  const moves = collectMoves(check, states);
  const index: WorkflowIndex = { definition: root as unknown as WorkflowDefinition, states, top, initial, moves };
  indexes.set(root, index);
  return index;
}

function addStates(check: ShapeChecker, into: Map<string, StateInfo>, value: unknown, pointer: string, parent: string | undefined): string[] {
  const states = check.object(value, pointer);
  const names = Object.keys(states);
  if (names.length === 0) check.fail(pointer, '至少要有一个状态', 'expected at least one state');
  for (const name of names) {
    const at = joinPointer(pointer, name);
    const node = check.object(states[name], at);
    if (into.has(name)) check.fail(at, `状态名“${name}”重复`, `the state name "${name}" is used twice`);
    check.title(node, 'title', at);
    if (node.type !== undefined) check.oneOf(node, 'type', at, kinds);
    const info: StateInfo = {
      name,
      pointer: at,
      parent,
      node: node as State,
      kind: 'atomic',
      children: [],
      initial: undefined,
      forEach: node.forEach !== undefined,
    };
    into.set(name, info);
    if (node.states !== undefined) {
      info.children = addStates(check, into, node.states, joinPointer(at, 'states'), name);
      const initial = check.string(node, 'initial', at, true);
      if (initial !== undefined && !info.children.includes(initial)) {
        check.fail(joinPointer(at, 'initial'), `没有名为“${initial}”的子状态`, `there is no child state "${initial}"`);
      }
      info.initial = initial ?? info.children[0];
    }
    info.kind = (node.type as StateKind | undefined) ?? (info.children.length > 0 ? 'compound' : 'atomic');
  }
  return names;
}

function collectMoves(check: ShapeChecker, states: Map<string, StateInfo>): Move[] {
  const moves: Move[] = [];
  const add = (from: StateInfo, value: unknown, pointer: string, event: string) => {
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) check.fail(pointer, '至少要有一个转移', 'expected at least one transition');
    list.forEach((item, position) => {
      const at = Array.isArray(value) ? joinPointer(pointer, position) : pointer;
      const transition = check.object(item, at);
      check.title(transition, 'title', at);
      const to = check.string(transition, 'to', at, true);
      if (to === undefined) return;
      if (!states.has(to)) check.fail(joinPointer(at, 'to'), `没有名为“${to}”的状态`, `there is no state "${to}"`);
      moves.push({ from: from.name, to, event, title: transition.title as Move['title'] });
    });
  };
  for (const state of states.values()) {
    const node = state.node as Record<string, unknown>;
    if (node.on !== undefined) {
      const on = check.object(node.on, joinPointer(state.pointer, 'on'));
      for (const [event, value] of Object.entries(on)) add(state, value, joinPointer(state.pointer, 'on', event), event);
    }
    if (node.onDone !== undefined) add(state, node.onDone, joinPointer(state.pointer, 'onDone'), 'onDone');
    if (node.deadline !== undefined) {
      const deadline = check.object(node.deadline, joinPointer(state.pointer, 'deadline'));
      if (deadline.onExpire !== undefined) add(state, deadline.onExpire, joinPointer(state.pointer, 'deadline', 'onExpire'), 'onExpire');
    }
  }
  return moves;
}

/** A state's title for a locale, or its name when it has none. */
export function stateTitle(index: WorkflowIndex | undefined, name: string, locale: string): string {
  return pickTitle(index?.states.get(name)?.node.title, locale) ?? name;
}

/**
 * The title of action `event` for a locale: declared on `state` or, without one, on any state;
 * `undefined` when the definition has no titled action of that name.
 */
export function actionTitle(index: WorkflowIndex | undefined, event: string, locale: string, state?: string): string | undefined {
  const moves = index?.definition.states ? titledActions(index, event) : [];
  const own = state === undefined ? undefined : moves.find((candidate) => candidate.state === state);
  return pickTitle((own ?? moves[0])?.title, locale);
}

function titledActions(index: WorkflowIndex, event: string): Array<{ state: string; title: Move['title'] }> {
  const found: Array<{ state: string; title: Move['title'] }> = [];
  for (const info of index.states.values()) {
    const on = info.node.on;
    // Own actions only: an action named like an Object.prototype member must not find a method.
    const value = on !== undefined && Object.hasOwn(on, event) ? on[event] : undefined;
    if (value === undefined) continue;
    const first = Array.isArray(value) ? value[0] : value;
    if (first?.title !== undefined) found.push({ state: info.name, title: first.title });
  }
  return found;
}

/** The innermost of `activeStates` (those none of whose children is active). */
export function innermostStates(index: WorkflowIndex | undefined, activeStates: readonly string[]): string[] {
  const active = new Set(activeStates);
  return activeStates.filter((name) => !(index?.states.get(name)?.children ?? []).some((child) => active.has(child)));
}
