import { joinPointer } from '../json-pointer.js';
import { stateTypeKind, type StateTypeKind } from '../builtins/states/kinds.js';
import type {
  AutomaticTransition,
  State,
  Transition,
  WorkflowDefinition,
} from './workflow-definition.generated.js';

/** What a state is, with the default applied (`compound` when it has children, else `atomic`). */
export type StateKind = StateTypeKind;

/** A state of a definition, with where it stands. */
export interface IndexedState {
  name: string;
  /** JSON pointer of the state object inside the definition. */
  pointer: string;
  /** Names from the top-level state down to this one. */
  path: readonly string[];
  node: State;
  kind: StateKind;
  parent: string | undefined;
  children: readonly string[];
}

/**
 * Where a transition comes from: an action (`on`), `onDone`, a deadline's `onExpire`, or its
 * `onWarn` (effects only, no target).
 */
export type TransitionSource = 'on' | 'onDone' | 'onExpire' | 'onWarn';

/** A transition of a definition, with its source state and pointer. */
export interface IndexedTransition {
  state: string;
  source: TransitionSource;
  /** The event name for `on` transitions. */
  event: string | undefined;
  pointer: string;
  /** Position within a list of alternatives, or undefined for a single transition. */
  alternative: number | undefined;
  transition: Transition | AutomaticTransition | { to?: string; effects?: unknown[] };
}

/** Every state and transition of a definition, found once and shared by validation and compile. */
export interface StateIndex {
  states: ReadonlyMap<string, IndexedState>;
  /** States whose name was already used elsewhere (state names are unique in a definition). */
  duplicates: ReadonlyArray<{ name: string; pointer: string; firstPointer: string }>;
  transitions: readonly IndexedTransition[];
}

/** Walks a definition (assumed structurally valid) and indexes its states and transitions. */
export function indexStates(definition: WorkflowDefinition): StateIndex {
  const states = new Map<string, IndexedState>();
  const duplicates: Array<{ name: string; pointer: string; firstPointer: string }> = [];
  const transitions: IndexedTransition[] = [];

  const visit = (
    children: Record<string, State>,
    parentPointer: string,
    parent: IndexedState | undefined,
  ): void => {
    for (const [name, node] of Object.entries(children)) {
      const pointer = joinPointer(parentPointer, name);
      const indexed: IndexedState = {
        name,
        pointer,
        path: parent ? [...parent.path, name] : [name],
        node,
        kind: stateTypeKind(node),
        parent: parent?.name,
        children: Object.keys(node.states ?? {}),
      };
      const existing = states.get(name);
      if (existing) duplicates.push({ name, pointer, firstPointer: existing.pointer });
      else states.set(name, indexed);
      collectTransitions(indexed, transitions);
      if (node.states) visit(node.states, joinPointer(pointer, 'states'), indexed);
    }
  };
  visit(definition.states, '/states', undefined);
  return { states, duplicates, transitions };
}

function collectTransitions(state: IndexedState, into: IndexedTransition[]): void {
  const add = (
    source: TransitionSource,
    event: string | undefined,
    pointer: string,
    value: IndexedTransition['transition'] | IndexedTransition['transition'][],
  ): void => {
    if (Array.isArray(value)) {
      value.forEach((transition, alternative) =>
        into.push({ state: state.name, source, event, pointer: joinPointer(pointer, alternative), alternative, transition }),
      );
    } else {
      into.push({ state: state.name, source, event, pointer, alternative: undefined, transition: value });
    }
  };
  for (const [event, value] of Object.entries(state.node.on ?? {})) {
    add('on', event, joinPointer(state.pointer, 'on', event), value);
  }
  if (state.node.onDone) add('onDone', undefined, joinPointer(state.pointer, 'onDone'), state.node.onDone);
  if (state.node.deadline?.onExpire) {
    add('onExpire', undefined, joinPointer(state.pointer, 'deadline', 'onExpire'), state.node.deadline.onExpire);
  }
  if (state.node.deadline?.onWarn) {
    add('onWarn', undefined, joinPointer(state.pointer, 'deadline', 'onWarn'), state.node.deadline.onWarn);
  }
}

/** The ancestors of a state in an index, nearest first (empty for a top-level or unknown state). */
export function ancestorsOf(index: StateIndex, name: string): IndexedState[] {
  const ancestors: IndexedState[] = [];
  let parent = index.states.get(name)?.parent;
  while (parent !== undefined) {
    const state = index.states.get(parent);
    if (!state || ancestors.includes(state)) break;
    ancestors.push(state);
    parent = state.parent;
  }
  return ancestors;
}
