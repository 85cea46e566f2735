import type { StateValue } from '../compile/state-value.js';
import type { Issue } from '../errors.js';
import type { AuditEvent } from '../runtime/types.js';
import type { ErrorInfo } from './error-info.js';
import type { RecordedEffect } from './effect-recorder.js';
import type { ExpectationFailure } from './expectation-matchers.js';
import type { ScenarioTitle } from './scenario.js';

/**
 * A problem that kept a scenario from running: in the definition, in the scenario itself, or in
 * one of the other workflows given beside the definition (`workflow`: its place among them, from 0).
 */
export interface ScenarioIssue extends Issue {
  document: 'definition' | 'scenario' | 'workflow';
  workflow?: number;
}

/** What one step did and whether its expectations held. Step 0 is the start of the instance. */
export interface StepReport {
  /** 0 for the start, then 1, 2, … as in the scenario's `steps`. */
  step: number;
  /** `look`: a step with `actor` only, which reads the instance and the to-do list as that person. */
  kind: 'start' | 'send' | 'advance' | 'expect' | 'look';
  title?: ScenarioTitle;
  /** The instance the step acted on or looked at, when it is not the scenario's own (`instance`). */
  instance?: string;
  /** The action sent (for `send`). */
  action?: string;
  /** The id of the acting actor (for `start` and `send`), or of the person looking (for `look`). */
  actor?: string;
  /** The duration the clock moved (for `advance`). */
  advance?: string;
  /** The virtual clock after the step (ISO 8601, UTC). */
  at: string;
  /** The instance's state after the step; `null` when there is no instance (a failed start). */
  state: StateValue | null;
  version: number;
  status: 'active' | 'done' | null;
  /** Whether every expectation of the step held. */
  ok: boolean;
  /** What the step's command threw, expected or not. */
  error?: ErrorInfo;
  failures: ExpectationFailure[];
  /** The effects delivered during the step (notifications, calls to the host). */
  effects: RecordedEffect[];
  /** The instances the step started (`start` effects of the instance it acted on), when it started any. */
  started?: Array<{ id: string; workflow: string }>;
  /** The instance's running deadlines after the step: its states' and its branches'. */
  deadlines?: StepDeadline[];
}

/** A running deadline as a scenario step reports it. */
export interface StepDeadline {
  state: string;
  /** For a branch's deadline: the branch's unit. */
  branch?: string;
  due: string;
  warnAt?: string;
  /** Counted through a year without calendar data (weekends only): recounted once the year is added. */
  provisional?: true;
}

/** The outcome of a scenario run. */
export interface ScenarioReport {
  /** True when the scenario and the definition are valid and every step passed. */
  ok: boolean;
  title?: ScenarioTitle;
  definition?: { id: string; version: number };
  tenant?: string;
  instanceId?: string;
  /** Problems in the definition or the scenario; when there are any, no step ran. */
  issues: ScenarioIssue[];
  /** The steps that ran, up to and including the first that failed. */
  steps: StepReport[];
  /** The number of the step that failed (0 = the start), when one did. */
  failedStep?: number;
  /** How many steps the scenario has (not counting the start). */
  totalSteps: number;
  /** The instance's audit trail at the end of the run, oldest first (absent when it never started). */
  events?: AuditEvent[];
}
