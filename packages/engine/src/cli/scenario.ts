/**
 * The scenario format of `luzhi simulate` (a public contract, described by
 * `schema/scenario.schema.json`): start an instance, then run steps that send commands, move the
 * virtual clock and check what must hold.
 */
import type { Actor } from '../runtime/types.js';

/** A text of a scenario or step: a string, or a map from locale to text. */
export type ScenarioTitle = string | Readonly<Record<string, string>>;

/** A scripted walk through one workflow. */
export interface Scenario {
  $schema?: string;
  title?: ScenarioTitle;
  /** Where the virtual clock starts (ISO 8601 date-time with an offset). */
  clock?: string;
  /** The committee (tenant) the instance belongs to. */
  tenant?: string;
  /** How the instance is started. */
  start?: ScenarioStart;
  steps: ScenarioStep[];
}

/** How the instance of a scenario is started. */
export interface ScenarioStart {
  actor?: Actor;
  data?: Record<string, unknown>;
  id?: string;
}

/**
 * One step: `send` a command (with `actor`), or `advance` the virtual clock, or neither (then the
 * step only checks `expect`). A step with `actor` but no `send` looks at the instance as that
 * person: `expect.error` is the refusal of `engine.get` with the actor, `expect.tasks` the actor's
 * own to-do list for the instance.
 */
export interface ScenarioStep {
  title?: ScenarioTitle;
  /**
   * The instance the step acts on or looks at instead of the scenario's own: an id, or
   * `$started.N` for the N-th instance the scenario's instance started (its `links`, from 0).
   */
  instance?: string;
  send?: string;
  actor?: Actor;
  payload?: unknown;
  expectedVersion?: number;
  idempotencyKey?: string;
  /** For an action on one branch of a forEach state: the unit to act on. */
  branch?: string;
  /** An ISO 8601 duration such as `P20D`. */
  advance?: string;
  expect?: Expectation;
}

/** What must hold after a step. Each key is checked by the matcher of the same name. */
export interface Expectation {
  /** The command must fail with this error class name or error code. */
  error?: string;
  /** A state path matched like XState's `matches`. */
  state?: string;
  status?: 'active' | 'done';
  version?: number;
  /** JSON pointer into the instance data → expected value. */
  data?: Record<string, unknown>;
  /** The instance's open tasks: as many as listed, each matching one task. */
  tasks?: TaskExpectation[];
  /** The worst colour among the open tasks (三色): green, yellow or red. */
  colour?: 'green' | 'yellow' | 'red';
  /** Whether any open task is overdue. */
  overdue?: boolean;
  /** The instances the step's instance started (`links`, oldest first): as many as listed, each matched in order. */
  started?: StartedExpectation[];
}

/** An instance a `start` effect started, as a scenario checks it; only the fields given are compared. */
export interface StartedExpectation {
  workflow?: string;
  id?: string;
  /** Matched like {@link Expectation.state}. */
  state?: string;
  /** JSON pointer into the started instance's data → expected value. */
  data?: Record<string, unknown>;
}

/** The fields of an open task a scenario may check; only the fields given are compared. */
export interface TaskExpectation {
  state?: string;
  /** Compared as sets. */
  roles?: string[];
  unit?: string;
  /** Compared as sets. */
  actions?: string[];
}

/** The default start of the virtual clock. */
export const DEFAULT_SCENARIO_CLOCK = '2026-01-05T09:00:00+08:00';

/** The default actor that starts a scenario's instance. */
export const DEFAULT_SCENARIO_ACTOR: Actor = { id: 'scenario', roles: [] };

/** The default instance id of a scenario. */
export const DEFAULT_SCENARIO_INSTANCE = 'scenario';
