import type { WorkCalendar } from '../calendar/work-calendar.js';
import { compile } from '../compile/compile.js';
import type { CompiledWorkflow } from '../compile/compiled-workflow.js';
import { DefinitionError, NotFoundError } from '../errors.js';
import type { MessageLanguage } from '../localized-text.js';
import { createVirtualClock, type VirtualClock } from '../runtime/clock.js';
import { createEngine, type Engine } from '../runtime/engine.js';
import type { InstanceView } from '../runtime/types.js';
import { createMemoryStore, type MemoryStore } from '../store/memory-store.js';
import { createEffectRecorder, type EffectRecorder } from './effect-recorder.js';
import { errorInfo } from './error-info.js';
import { checkExpectation, unexpectedError, type InstanceTask } from './expectation-matchers.js';
import {
  DEFAULT_SCENARIO_ACTOR,
  DEFAULT_SCENARIO_CLOCK,
  DEFAULT_SCENARIO_INSTANCE,
  type Scenario,
  type ScenarioStep,
} from './scenario.js';
import { checkScenario } from './scenario-check.js';
import { createScenarioPrinter } from './scenario-output.js';
import type { ScenarioReport, StepDeadline, StepReport } from './scenario-report.js';
import type { StateDeadline } from '../store/store.js';

export type { Scenario, ScenarioStart, ScenarioStep, ScenarioTitle, Expectation, TaskExpectation } from './scenario.js';
export type { ScenarioReport, StepReport, StepDeadline, ScenarioIssue } from './scenario-report.js';
export type { ExpectationFailure } from './expectation-matchers.js';
export type { RecordedEffect } from './effect-recorder.js';
export type { ErrorInfo } from './error-info.js';

/** Options of {@link runScenario}. */
export interface RunScenarioOptions {
  /** Receives the readable output, one line per call; nothing is printed when omitted. */
  out?: (line: string) => void;
  /** The language of the readable output (default `zh-CN`). */
  lang?: MessageLanguage;
  /** How the documents are named in issue lines (`NAME#/pointer: message`), e.g. file paths. */
  names?: { definition?: string; scenario?: string; workflows?: readonly string[] };
  /** The committee calendar deadlines count on (the official mainland one by default). */
  calendar?: WorkCalendar;
  /**
   * The other workflow definitions the definition's `start` effects start (and theirs): served by
   * the scenario's engine beside it, so that the instances it starts run too.
   */
  workflows?: readonly unknown[];
}

/** Everything a run needs once the definition and the scenario are known to be valid. */
interface Run {
  scenario: Scenario;
  engine: Engine;
  store: MemoryStore;
  clock: VirtualClock;
  recorder: EffectRecorder;
  instanceId: string;
  /** The started instances already reported (`StepReport.started`), by id. */
  reported: Set<string>;
}

/**
 * Runs a scenario against a workflow definition on a fresh in-memory store with a virtual
 * clock: starts one instance, then runs the steps in order, checking each step's `expect`, and
 * stops at the first step that fails. Every effect the definition declares (and `notify`) gets a
 * recording handler; the report lists what each step delivered.
 *
 * Both documents are checked first (the definition by the engine, the scenario against
 * `schema/scenario.schema.json`); their issues are returned in the report and no step runs.
 * This function never throws for bad input: everything is in the report.
 */
export async function runScenario(
  definition: unknown,
  scenario: unknown,
  options: RunScenarioOptions = {},
): Promise<ScenarioReport> {
  const print = createScenarioPrinter(options);
  const scenarioIssues = checkScenario(scenario);
  const valid = scenarioIssues.length === 0 ? (scenario as Scenario) : undefined;
  const totalSteps = valid?.steps.length ?? 0;

  let compiled: CompiledWorkflow | undefined;
  let definitionIssues: ScenarioReport['issues'] = [];
  try {
    compiled = compile(definition);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    definitionIssues = error.issues.map((issue) => ({ ...issue, document: 'definition' as const }));
  }
  const others: CompiledWorkflow[] = [];
  (options.workflows ?? []).forEach((other, workflow) => {
    try {
      others.push(compile(other));
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      definitionIssues.push(...error.issues.map((issue) => ({ ...issue, document: 'workflow' as const, workflow })));
    }
  });
  const issues = [...definitionIssues, ...scenarioIssues.map((issue) => ({ ...issue, document: 'scenario' as const }))];
  let run: Run | undefined;
  if (compiled && valid && issues.length === 0) {
    try {
      run = prepare(compiled, others, valid, options.calendar);
    } catch (error) {
      // The engine refuses what no single definition shows: a linked workflow not given.
      if (!(error instanceof DefinitionError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, document: 'definition' as const })));
    }
  }
  if (!compiled || !valid || !run || issues.length > 0) {
    const report: ScenarioReport = { ok: false, issues, steps: [], totalSteps };
    print.issues(report.issues);
    return report;
  }

  const report: ScenarioReport = {
    ok: true,
    ...(valid.title === undefined ? {} : { title: valid.title }),
    definition: { id: compiled.definition.id, version: compiled.definition.version },
    tenant: run.engine.tenant,
    instanceId: run.instanceId,
    issues: [],
    steps: [],
    totalSteps,
  };
  print.header(report, run.clock.now());

  const outcomes: Array<[StepReport['kind'], () => Promise<StepReport>]> = [
    ['start', () => startStep(run, compiled)],
    ...valid.steps.map((step, index): [StepReport['kind'], () => Promise<StepReport>] => [
      stepKind(step),
      () => runStep(run, step, index + 1),
    ]),
  ];
  for (const [index, [kind, outcome]] of outcomes.entries()) {
    // A failure outside the command itself (the store, the engine) still ends in the report.
    const step = await outcome().catch((error: unknown) => failedStep(run, { step: index, kind }, error));
    report.steps.push(step);
    print.step(step);
    if (!step.ok) {
      report.ok = false;
      report.failedStep = step.step;
      break;
    }
  }
  if (report.steps[0]?.ok === true) {
    const events = await run.engine.history(run.instanceId).catch(() => undefined);
    if (events !== undefined) report.events = events;
  }
  print.summary(report);
  return report;
}

/** @throws DefinitionError when the engine refuses the definitions together (a linked workflow missing). */
function prepare(compiled: CompiledWorkflow, others: readonly CompiledWorkflow[], scenario: Scenario, calendar: WorkCalendar | undefined): Run {
  const store = createMemoryStore();
  const clock = createVirtualClock(scenario.clock ?? DEFAULT_SCENARIO_CLOCK);
  const all = [compiled, ...others];
  const names = new Set(all.flatMap((each) => [...each.calledEffects, ...Object.keys(each.definition.effects ?? {})]));
  const recorder = createEffectRecorder(names);
  const engine = createEngine({
    definitions: all.map((each) => each.definition),
    store,
    clock,
    notify: recorder.notify,
    effects: recorder.effects,
    ...(calendar === undefined ? {} : { calendar }),
    ...(scenario.tenant === undefined ? {} : { tenant: scenario.tenant }),
  });
  return { scenario, engine, store, clock, recorder, instanceId: scenario.start?.id ?? DEFAULT_SCENARIO_INSTANCE, reported: new Set() };
}

/** Step 0: starts the instance. */
async function startStep(run: Run, compiled: CompiledWorkflow): Promise<StepReport> {
  const start = run.scenario.start ?? {};
  const actor = start.actor ?? DEFAULT_SCENARIO_ACTOR;
  const base = { step: 0, kind: 'start' as const, actor: actor.id };
  try {
    const view = await run.engine.start(compiled.definition.id, {
      actor,
      id: run.instanceId,
      version: compiled.definition.version,
      ...(start.data === undefined ? {} : { data: start.data }),
    });
    return { ...base, ...snapshot(run, view), ok: true, failures: [], effects: run.recorder.take(), ...startedNow(run, view) };
  } catch (error) {
    return failedStep(run, base, error);
  }
}

/** The report of a step that could not run to its end: the instance could not be read or started. */
function failedStep(
  run: Run,
  base: Pick<StepReport, 'step' | 'kind'> & Partial<StepReport>,
  error: unknown,
): StepReport {
  return {
    ...base,
    at: instantText(run.clock.now()),
    state: null,
    version: 0,
    status: null,
    ok: false,
    error: errorInfo(error),
    failures: [unexpectedError(error)],
    effects: run.recorder.take(),
  };
}

/** Runs one scenario step and checks its expectation. */
async function runStep(run: Run, step: ScenarioStep, number: number): Promise<StepReport> {
  const base: Pick<StepReport, 'step' | 'kind' | 'title' | 'action' | 'actor' | 'advance'> = {
    step: number,
    kind: stepKind(step),
    ...(step.title === undefined ? {} : { title: step.title }),
    ...(step.send === undefined ? {} : { action: step.send }),
    ...(step.actor === undefined ? {} : { actor: step.actor.id }),
    ...(step.advance === undefined ? {} : { advance: step.advance }),
  };
  let instanceId: string;
  try {
    instanceId = await stepInstance(run, step);
  } catch (error) {
    return failedStep(run, base, error);
  }
  if (base.kind === 'look') return lookStep(run, step, base, instanceId);
  let error: unknown;
  try {
    if (step.send !== undefined) {
      await run.engine.send(instanceId, {
        type: step.send,
        actor: step.actor ?? DEFAULT_SCENARIO_ACTOR,
        ...(step.payload === undefined ? {} : { payload: step.payload }),
        ...(step.idempotencyKey === undefined ? {} : { idempotencyKey: step.idempotencyKey }),
        ...(step.branch === undefined ? {} : { branch: step.branch }),
        ...(step.expectedVersion === undefined ? {} : { expectedVersion: step.expectedVersion }),
      });
    } else if (step.advance !== undefined) {
      run.clock.advance(step.advance);
      // As a host's timer loop would: whatever fell due while the clock moved fires now.
      await run.engine.runDueTimers();
    }
  } catch (thrown) {
    error = thrown ?? new Error(String(thrown));
  }
  const view = await run.engine.get(instanceId);
  const tasks = instanceTasks(run, instanceId);
  return checkedStep(run, step, base, { view, tasks, error, started: await startedViews(run, step, view) });
}

/**
 * The instance a step acts on: the scenario's own, the id the step names, or for `$started.N`
 * the N-th instance the scenario's instance started.
 * @throws NotFoundError when the scenario's instance started no N-th instance.
 */
async function stepInstance(run: Run, step: ScenarioStep): Promise<string> {
  if (step.instance === undefined) return run.instanceId;
  const reference = /^\$started\.(0|[1-9][0-9]*)$/.exec(step.instance);
  if (reference === null) return step.instance;
  const links = (await run.engine.get(run.instanceId)).links ?? [];
  const link = links[Number(reference[1])];
  if (link === undefined) throw new NotFoundError('instance', step.instance);
  return link.id;
}

/** The views of the instances `view` started, read only when the step checks `started`. */
async function startedViews(run: Run, step: ScenarioStep, view: InstanceView): Promise<InstanceView[] | undefined> {
  if (step.expect?.started === undefined) return undefined;
  return Promise.all((view.links ?? []).map((link) => run.engine.get(link.id)));
}

/**
 * A step with `actor` and neither `send` nor `advance`: the instance as that person sees it. The
 * view is `engine.get` with the actor (its refusal is the step's error), the tasks are the
 * actor's own to-do list for this instance; nothing is sent and nothing changes.
 */
async function lookStep(
  run: Run,
  step: ScenarioStep,
  base: Pick<StepReport, 'step' | 'kind' | 'title' | 'actor'>,
  instanceId: string,
): Promise<StepReport> {
  const actor = step.actor ?? DEFAULT_SCENARIO_ACTOR;
  let error: unknown;
  let view: InstanceView | undefined;
  try {
    view = await run.engine.get(instanceId, { actor });
  } catch (thrown) {
    error = thrown ?? new Error(String(thrown));
  }
  const tasks = (await run.engine.tasks({ actor }))
    .filter((task) => task.instanceId === instanceId)
    .map(asInstanceTask);
  // A refused look still reports where the instance stands, as the host (no actor) sees it.
  const seen = view ?? (await run.engine.get(instanceId));
  return checkedStep(run, step, base, { view: seen, tasks, error, started: await startedViews(run, step, seen) });
}

/** The report of a step once it ran: where the instance stands, the step's expectations checked, its effects. */
function checkedStep(
  run: Run,
  step: ScenarioStep,
  base: Pick<StepReport, 'step' | 'kind' | 'title' | 'actor'>,
  seen: { view: InstanceView; tasks: InstanceTask[]; error: unknown; started?: InstanceView[] | undefined },
): StepReport {
  const failures = checkExpectation(step.expect, seen);
  return {
    ...base,
    ...(seen.view.id === run.instanceId ? {} : { instance: seen.view.id }),
    ...snapshot(run, seen.view),
    ok: failures.length === 0,
    ...(seen.error === undefined ? {} : { error: errorInfo(seen.error) }),
    failures,
    effects: run.recorder.take(),
    ...startedNow(run, seen.view),
  };
}

/** The instances `view` lists as started that no step reported yet: what this step started. */
function startedNow(run: Run, view: InstanceView): Pick<StepReport, 'started'> {
  const fresh = (view.links ?? []).filter((link) => !run.reported.has(link.id));
  for (const link of fresh) run.reported.add(link.id);
  return fresh.length === 0 ? {} : { started: fresh.map(({ id, workflow }) => ({ id, workflow })) };
}

/** ISO 8601 text of an instant; a clock moved out of range reads as `Invalid Date` instead of throwing. */
function instantText(instant: Date): string {
  return Number.isNaN(instant.getTime()) ? String(instant) : instant.toISOString();
}

function stepKind(step: ScenarioStep): StepReport['kind'] {
  if (step.send !== undefined) return 'send';
  if (step.advance !== undefined) return 'advance';
  return step.actor !== undefined ? 'look' : 'expect';
}

function snapshot(run: Run, view: InstanceView): Pick<StepReport, 'at' | 'state' | 'version' | 'status' | 'deadlines'> {
  return { at: instantText(run.clock.now()), state: view.state, version: view.version, status: view.status, deadlines: openDeadlines(run, view.id) };
}

/** The running deadlines of an instance, as stored: its states' first, then its branches'. */
function openDeadlines(run: Run, instanceId: string): StepDeadline[] {
  const tenant = run.engine.tenant;
  const instance = run.store.dump().instances.find((row) => row.tenant === tenant && row.id === instanceId);
  if (instance === undefined || instance.status === 'done') return [];
  const entry = (state: string, branch: string | undefined, deadline: StateDeadline): StepDeadline => ({
    state,
    ...(branch === undefined ? {} : { branch }),
    due: deadline.due,
    ...(deadline.warnAt === undefined ? {} : { warnAt: deadline.warnAt }),
    ...(deadline.provisional ? { provisional: true as const } : {}),
  });
  return [
    ...Object.entries(instance.deadlines).map(([state, deadline]) => entry(state, undefined, deadline)),
    ...Object.values(instance.branches).flatMap((units) =>
      Object.entries(units).flatMap(([unit, branch]) => (branch.deadline ? [entry(branch.state, unit, branch.deadline)] : [])),
    ),
  ];
}

/** A task as a scenario's expectations read it, from a stored task row or a to-do item. */
function asInstanceTask(task: InstanceTask): InstanceTask {
  return {
    state: task.state,
    roles: task.roles,
    ...(task.unit === undefined ? {} : { unit: task.unit }),
    actions: task.actions,
    createdAt: task.createdAt,
  };
}

/** Every open task of an instance, whatever its roles or unit. */
function instanceTasks(run: Run, instanceId: string): InstanceTask[] {
  const tenant = run.engine.tenant;
  return run.store
    .dump()
    .tasks.filter((task) => task.tenant === tenant && task.instanceId === instanceId)
    .map(asInstanceTask);
}
