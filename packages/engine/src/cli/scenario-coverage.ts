import { compile } from '../compile/compile.js';
import type { CompiledWorkflow } from '../compile/compiled-workflow.js';
import { activeStateNames } from '../compile/state-value.js';
import type { Title } from '../definition/workflow-definition.generated.js';
import type { IndexedTransition } from '../definition/state-index.js';
import { joinPointer } from '../json-pointer.js';
import { ownValue } from '../own-keys.js';
import type { AuditEvent } from '../runtime/types.js';
import type { ScenarioReport } from './scenario-report.js';

/**
 * What a workflow's scenarios should reach:
 * - `state`: a state entered (at any depth; a forEach child state counts when a branch entered it);
 * - `action`: an action declared in a state's `on`, taken at least once;
 * - `alternative`: one alternative of a list (of an action or an `onDone`), or an `onDone` with `when`;
 * - `expire`, `warn`: a deadline's `onExpire` or `onWarn` fired;
 * - `builtin`: a built-in action the definition enables (延期、认领、委托、加签、减签、转交), taken where enabled.
 */
export type CoverageKind = 'state' | 'action' | 'alternative' | 'expire' | 'warn' | 'builtin';

/** One thing a workflow's scenarios should reach, by its pointer in the definition. */
export interface CoverageItem {
  kind: CoverageKind;
  /** Where it is in the definition: the state, the action, the alternative, the handler, or the key enabling a built-in action. */
  pointer: string;
  /** The state it belongs to (for `transferRole`: the participant role). */
  state: string;
  /** The action's name, for `action`, `alternative` of an action, and `builtin`. */
  action?: string;
  /** Its title in the definition: the transition's own, else its action's, else its state's. */
  title?: Title;
}

/** What a set of scenario runs left unreached in a workflow. */
export interface ScenarioCoverage {
  definition: { id: string; version: number };
  /** How many items count (every kind but `builtin`). */
  total: number;
  /** How many of them some scenario reached. */
  covered: number;
  /** The counted items no scenario reached, in definition order: what fails a coverage check. */
  uncovered: CoverageItem[];
  /** The built-in actions the definition enables, reported on their own: how many, and those never taken. */
  builtins: { total: number; uncovered: CoverageItem[] };
}

/**
 * Everything in a workflow that its scenarios should reach, in definition order: each state
 * followed by its actions, their alternatives, its `onDone` alternatives, its deadline handlers
 * and the built-in actions it enables; the transfer of participant roles last.
 */
export function coverageItems(compiled: CompiledWorkflow): CoverageItem[] {
  const items: CoverageItem[] = [];
  const { index, definition } = compiled;
  const transitionsOf = new Map<string, IndexedTransition[]>();
  for (const transition of index.transitions) {
    const list = transitionsOf.get(transition.state) ?? [];
    list.push(transition);
    transitionsOf.set(transition.state, list);
  }
  for (const state of index.states.values()) {
    const stateTitle = state.node.title;
    items.push({ kind: 'state', pointer: state.pointer, state: state.name, ...titled(stateTitle) });
    for (const transition of transitionsOf.get(state.name) ?? []) {
      const own = (transition.transition as { title?: Title }).title;
      const when = (transition.transition as { when?: string }).when;
      if (transition.source === 'on') {
        const action = transition.event!;
        const listPointer = transition.alternative === undefined ? transition.pointer : listOf(transition.pointer);
        const actionTitle = own ?? compiled.actionsDeclaredOn(state.name).find((spec) => spec.event === action)?.title;
        if (transition.alternative === undefined || transition.alternative === 0) {
          items.push({ kind: 'action', pointer: listPointer, state: state.name, action, ...titled(actionTitle ?? stateTitle) });
        }
        if (transition.alternative !== undefined) {
          items.push({ kind: 'alternative', pointer: transition.pointer, state: state.name, action, ...titled(own ?? actionTitle ?? stateTitle) });
        }
      } else if (transition.source === 'onDone') {
        if (transition.alternative !== undefined || when !== undefined) {
          items.push({ kind: 'alternative', pointer: transition.pointer, state: state.name, ...titled(own ?? stateTitle) });
        }
      } else {
        items.push({ kind: transition.source === 'onExpire' ? 'expire' : 'warn', pointer: transition.pointer, state: state.name, ...titled(stateTitle) });
      }
    }
    for (const spec of compiled.actionsDeclaredOn(state.name)) {
      if (spec.builtin === undefined) continue;
      items.push({ kind: 'builtin', pointer: spec.pointer, state: state.name, action: spec.event, ...titled(spec.title) });
    }
  }
  for (const [role, participant] of compiled.participantRoles) {
    if (participant.transfer.length === 0) continue;
    const title = ownValue(definition.roles, role)?.title;
    items.push({ kind: 'builtin', pointer: joinPointer('/roles', role, 'transfer'), state: role, action: 'transferRole', ...titled(title) });
  }
  return items;
}

/** The pointer of the list an alternative belongs to (`/states/a/on/rate/1` → `/states/a/on/rate`). */
const listOf = (pointer: string): string => pointer.replace(/\/\d+$/, '');

const titled = (title: Title | undefined): { title?: Title } => (title === undefined ? {} : { title });

/** What a run's audit events show was reached: the states entered, and each transition taken with the action that took it. */
interface Reached {
  states: Set<string>;
  transitions: Set<string>;
  /** The pointers of the actions taken: a transition's own, or its list's for an alternative. */
  actions: Set<string>;
  /** `action pointer` of each event that recorded a transition, for built-in actions sharing a pointer (认领 and 委托). */
  taken: Set<string>;
}

function reachedBy(events: readonly AuditEvent[]): Reached {
  const reached: Reached = { states: new Set(), transitions: new Set(), actions: new Set(), taken: new Set() };
  for (const event of events) {
    for (const state of event.entered ?? []) reached.states.add(state);
    // Events written before `entered` was recorded still show where each command left the instance.
    for (const state of activeStateNames(event.to)) reached.states.add(state);
    for (const pointer of event.transitions ?? []) {
      reached.transitions.add(pointer);
      reached.actions.add(pointer).add(listOf(pointer));
      reached.taken.add(`${event.type} ${pointer}`);
    }
  }
  return reached;
}

function isReached(item: CoverageItem, reached: Reached): boolean {
  switch (item.kind) {
    case 'state':
      return reached.states.has(item.state);
    case 'action':
      return reached.actions.has(item.pointer);
    case 'builtin':
      return reached.taken.has(`${item.action} ${item.pointer}`);
    default:
      return reached.transitions.has(item.pointer);
  }
}

/**
 * What the given scenario runs of one workflow left unreached: states never entered, actions and
 * alternatives never taken, deadline handlers that never fired, and, reported apart, built-in
 * actions never taken. Only what the runs really did counts — each report's audit events, which
 * record the transitions every committed command took and the states it entered — so a step whose
 * command was refused covers nothing.
 *
 * @throws DefinitionError when the definition is invalid.
 */
export function scenarioCoverage(definition: unknown, reports: readonly Pick<ScenarioReport, 'events'>[]): ScenarioCoverage {
  const compiled = compile(definition);
  const reached = reachedBy(reports.flatMap((report) => report.events ?? []));
  const items = coverageItems(compiled);
  const counted = items.filter((item) => item.kind !== 'builtin');
  const builtins = items.filter((item) => item.kind === 'builtin');
  const uncovered = counted.filter((item) => !isReached(item, reached));
  return {
    definition: { id: compiled.definition.id, version: compiled.definition.version },
    total: counted.length,
    covered: counted.length - uncovered.length,
    uncovered,
    builtins: { total: builtins.length, uncovered: builtins.filter((item) => !isReached(item, reached)) },
  };
}
