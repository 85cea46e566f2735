import {
  LuzhiError,
  NotFoundError,
  createEngine,
  getAtPointer,
  parsePointer,
  createMemoryStore,
  createVirtualClock,
  validateDefinition,
  type Actor,
  type ActionView,
  type Engine,
  type InstanceView,
} from '../../src/index.js';
import { buildBig, type BigSpec } from './arbitraries.js';
import { buildDefinition, type MutatedDefinition } from './definition-mutations.js';
import { guardPrototypes } from './prototype-guard.js';
import { randomSource, sampleFromSchema } from './schema-sample.js';

/** One step of a random walk, drawn by fast-check; the walk interprets it against what is offered. */
export interface WalkStep {
  /** Which of the offered (actor, action) pairs to take, modulo their number. */
  pick: number;
  /** The payload: drawn from the action's form, none, the hostile value given, or the big one described. */
  payload: 'valid' | 'none' | 'hostile' | 'big';
  hostile?: unknown;
  big?: BigSpec;
  /** Seed of the draws from the form schema. */
  seed: number;
  /** When given, the clock moves on by this much and due timers run before the step. */
  advance?: string | undefined;
  idempotencyKey?: string | undefined;
}

/**
 * A definition, as the base and mutations that build it (built in the walking process: a deep one
 * cannot even go through JSON.stringify), and the steps to walk it.
 */
export interface WalkJob {
  definition: MutatedDefinition;
  steps: readonly WalkStep[];
  /** Strings the form-schema draws use. */
  strings: readonly string[];
}

/** What went wrong, when something did. */
export interface WalkFinding {
  kind: 'untyped' | 'notCompiled' | 'changedOnRefusal' | 'historyBroken' | 'prototypePolluted' | 'stuck' | 'hang' | 'crash';
  /** Where: `validate`, `createEngine`, `start`, `send`, `get`, `runDueTimers`, … */
  phase: string;
  step?: number;
  command?: unknown;
  error?: ErrorSummary;
  detail?: string;
}

/** An error as a finding reports it. */
export interface ErrorSummary {
  name: string;
  code?: string;
  message: string;
  stack?: string;
}

/** How a walk ended. */
export type WalkOutcome =
  /** The mutations could not be applied (a fault of the test's own, not of the engine). */
  | { result: 'unbuildable'; message: string }
  | { result: 'invalid'; codes: string[] }
  | { result: 'walked'; accepted: number; refused: Record<string, number>; ended: boolean }
  | { result: 'finding'; finding: WalkFinding };

/** Thrown inside a walk to end it with a finding. */
class Found extends Error {
  constructor(readonly finding: WalkFinding) {
    super(finding.kind);
  }
}

function describeError(error: unknown): ErrorSummary {
  if (error instanceof Error) {
    return {
      name: error.name,
      ...(error instanceof LuzhiError ? { code: error.code } : {}),
      message: error.message.slice(0, 500),
      ...(error.stack === undefined ? {} : { stack: error.stack.split('\n').slice(0, 12).join('\n') }),
    };
  }
  return { name: typeof error, message: String(error).slice(0, 500) };
}

/** Runs `work`; an error that is not a LuzhiError ends the walk as an `untyped` finding. */
async function typed<T>(phase: string, step: number | undefined, command: unknown, work: () => Promise<T> | T): Promise<T | LuzhiError> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LuzhiError) return error;
    throw new Found({ kind: 'untyped', phase, ...(step === undefined ? {} : { step }), command, error: describeError(error) });
  }
}

/** The payload of a built-in action that the walk knows how to fill in. */
function builtinPayload(event: string, random: ReturnType<typeof randomSource>, view: InstanceView, strings: readonly string[]): unknown {
  switch (event) {
    case 'delegateTask':
      return { to: random.pick(['colleague', ...strings]), reason: '出差，委托办理' };
    case 'extendDeadline':
      return { by: random.pick(['P10D', '5WD', 'P1M']), reason: '需要实地调研' };
    case 'addBranch':
      return { item: random.pick(strings), reason: '增加承办单位' };
    case 'removeBranch': {
      const keys = Object.values(view.branches).flatMap((branches) => branches.map((branch) => branch.key));
      return { branch: keys.length > 0 ? random.pick(keys) : random.pick(strings), reason: '撤销承办单位' };
    }
    default:
      return undefined;
  }
}

/**
 * One actor per role, and per unit-scoped role one per unit that has a branch or that a role is
 * bound to by the data (and one more).
 */
function actorPool(roles: Record<string, WalkRole>, view: InstanceView | undefined): Actor[] {
  const units = new Set<string>(['unit-a']);
  for (const branches of Object.values(view?.branches ?? {})) for (const branch of branches) units.add(branch.key);
  for (const unit of Object.values(view?.units ?? {})) units.add(unit);
  const byRole = Object.keys(roles).flatMap((role) =>
    roles[role]?.scope === 'unit'
      ? [...units].map((unit) => ({ id: `${role}@${unit}`, roles: [role], unit }))
      : [{ id: `${role}-user`, roles: [role] }],
  );
  // Participant roles are held by people, by id: the starter (the walk starts as `starter`), the
  // users the data names, and each branch's key (a per-person branch).
  const people = new Set<string>();
  for (const role of Object.values(roles)) {
    if (role?.holders === 'starter') people.add('starter');
    if (role?.holders === undefined || role.holders === 'starter') continue;
    const value = getAtPointer(view?.data, parsePointer(role.holders) ?? []);
    for (const user of Array.isArray(value) ? value : [value]) if (typeof user === 'string' && user.length > 0) people.add(user);
  }
  if (Object.values(roles).some((role) => role?.holders !== undefined)) {
    for (const branches of Object.values(view?.branches ?? {})) for (const branch of branches) people.add(branch.key);
  }
  return [...byRole, ...[...people].map((id) => ({ id, roles: [] }))];
}

/** What the walk reads of a role: its scope, and whether it is held by people (`holders`). */
type WalkRole = { scope?: string; holders?: string } | undefined;

/**
 * Validates a definition; when it is valid, creates an engine on it (which must succeed), starts
 * an instance and takes the steps: each picks one of the actions the view offers to one of the
 * actors, with a payload from the form, none or a hostile one. Checks after every command: a
 * refusal is a LuzhiError and changes nothing, an accepted command keeps the history verifiable,
 * no built-in prototype changed, and an active instance always has something that can move it.
 */
export async function walk(job: WalkJob, progress: (note: string) => void = () => {}): Promise<WalkOutcome> {
  const prototypes = guardPrototypes();
  try {
    const outcome = await walkUnguarded(job, progress);
    const changes = prototypes.check();
    if (changes.length > 0) return { result: 'finding', finding: { kind: 'prototypePolluted', phase: 'walk', detail: changes.join('; ') } };
    return outcome;
  } catch (error) {
    if (error instanceof Found) return { result: 'finding', finding: error.finding };
    return { result: 'finding', finding: { kind: 'untyped', phase: 'walk', error: describeError(error) } };
  }
}

async function walkUnguarded(job: WalkJob, progress: (note: string) => void): Promise<WalkOutcome> {
  let definition: Record<string, unknown>;
  try {
    definition = buildDefinition(job.definition) as Record<string, unknown>;
  } catch (error) {
    return { result: 'unbuildable', message: String(error) };
  }
  progress('validateDefinition');
  const validation = await typed('validate', undefined, undefined, () => validateDefinition(definition));
  if (validation instanceof LuzhiError) return { result: 'invalid', codes: [validation.code] };
  if (!validation.valid) return { result: 'invalid', codes: [...new Set(validation.issues.map((issue) => issue.code))] };

  const declaredEffects = definition.effects !== null && typeof definition.effects === 'object' ? Object.keys(definition.effects) : [];
  const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
  let engine: Engine;
  progress('createEngine');
  try {
    engine = createEngine({
      definitions: [definition],
      store: createMemoryStore(),
      clock,
      tenant: 'walk',
      notify: () => {},
      effects: Object.fromEntries(declaredEffects.map((name) => [name, () => {}])),
    });
  } catch (error) {
    return { result: 'finding', finding: { kind: 'notCompiled', phase: 'createEngine', error: describeError(error) } };
  }

  const roles = (definition.roles ?? {}) as Record<string, WalkRole>;
  const starter: Actor = { id: 'starter', roles: Object.keys(roles) };
  progress('start');
  const started = await typed('start', undefined, undefined, () => engine.start(String(definition.id), { actor: starter, id: 'walked' }));
  if (started instanceof LuzhiError) return { result: 'walked', accepted: 0, refused: { [`start:${started.code}`]: 1 }, ended: false };

  let accepted = 0;
  const refused: Record<string, number> = {};
  let view: InstanceView = started;
  for (const [index, step] of job.steps.entries()) {
    if (view.status === 'done') return { result: 'walked', accepted, refused, ended: true };
    if (step.advance !== undefined) await advance(engine, clock, step.advance, index, progress);
    const offers = await offered(engine, roles, index, progress);
    if (offers.length === 0) {
      await expectMovable(engine, clock, roles, index, progress);
      view = await read(engine, 'get', index);
      continue;
    }
    const { actor, action } = offers[step.pick % offers.length]!;
    const random = randomSource(step.seed);
    const form = action.form === undefined ? undefined : ((definition.forms as Record<string, { schema?: unknown }>)[action.form]?.schema);
    const payload =
      step.payload === 'none'
        ? undefined
        : step.payload === 'hostile'
          ? step.hostile
          : step.payload === 'big' && step.big !== undefined
            ? buildBig(step.big)
            : form === undefined
            ? builtinPayload(action.event, random, view, job.strings)
            : sampleFromSchema(form, random, job.strings);
    const command = {
      type: action.event,
      actor,
      ...(payload === undefined ? {} : { payload }),
      ...(action.branch === undefined ? {} : { branch: action.branch }),
      ...(step.idempotencyKey === undefined ? {} : { idempotencyKey: step.idempotencyKey }),
    };
    const before = await snapshot(engine, index);
    progress(`step ${index}: send ${JSON.stringify(step.payload === 'big' ? { ...command, payload: step.big } : command).slice(0, 300)}`);
    const sent = await typed('send', index, printable(command, step), () => engine.send('walked', command));
    if (sent instanceof LuzhiError) {
      refused[sent.code] = (refused[sent.code] ?? 0) + 1;
      const after = await snapshot(engine, index);
      if (after !== before) {
        throw new Found({ kind: 'changedOnRefusal', phase: 'send', step: index, command: printable(command, step), error: describeError(sent), detail: diff(before, after) });
      }
      continue;
    }
    accepted++;
    view = sent;
    const verified = await read(engine, 'verifyHistory', index);
    if (!verified.ok) throw new Found({ kind: 'historyBroken', phase: 'verifyHistory', step: index, command: printable(command, step), detail: JSON.stringify(verified) });
  }
  return { result: 'walked', accepted, refused, ended: view.status === 'done' };
}

/** A command as a finding shows it: a big payload by its description. */
function printable(command: { payload?: unknown }, step: WalkStep): unknown {
  return step.payload === 'big' ? { ...command, payload: { big: step.big } } : command;
}

/** Reads the instance (or verifies its history); any error here is a finding. */
async function read<K extends 'get' | 'verifyHistory'>(engine: Engine, what: K, step: number): Promise<Awaited<ReturnType<Engine[K]>>> {
  try {
    return (await engine[what]('walked')) as Awaited<ReturnType<Engine[K]>>;
  } catch (error) {
    throw new Found({ kind: 'untyped', phase: what, step, error: describeError(error) });
  }
}

/** The instance and its history as text: what a refused command must leave as it was. */
async function snapshot(engine: Engine, step: number): Promise<string> {
  const view = await read(engine, 'get', step);
  try {
    return JSON.stringify({ view, history: await engine.history('walked') });
  } catch (error) {
    throw new Found({ kind: 'untyped', phase: 'history', step, error: describeError(error) });
  }
}

function diff(before: string, after: string): string {
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  return `first difference at character ${at}: before …${before.slice(Math.max(0, at - 80), at + 120)}… after …${after.slice(Math.max(0, at - 80), at + 120)}…`;
}

/** Every (actor, action) pair the views offer now, over the actor pool. */
async function offered(
  engine: Engine,
  roles: Record<string, WalkRole>,
  step: number,
  progress: (note: string) => void,
): Promise<Array<{ actor: Actor; action: ActionView }>> {
  progress(`step ${step}: views`);
  const plain = await read(engine, 'get', step);
  const offers: Array<{ actor: Actor; action: ActionView }> = [];
  const pool = actorPool(roles, plain);
  // A task delegated to someone is theirs alone: the walk lets the delegate act, as a colleague
  // holding the same roles as the pool's actors.
  const delegated = (await delegates(engine, step)).flatMap((id) => pool.map((actor) => ({ ...actor, id })));
  for (const actor of [...pool, ...delegated]) {
    const view = await typed('get', step, { actor }, () => engine.get('walked', { actor }));
    // With participant roles, an instance is not shown to someone with no place in it and nothing to do on it.
    if (view instanceof NotFoundError && Object.values(roles).some((role) => role?.holders !== undefined)) continue;
    if (view instanceof LuzhiError) throw new Found({ kind: 'untyped', phase: 'get', step, command: { actor }, error: describeError(view) });
    for (const action of view.actions) offers.push({ actor, action });
  }
  return offers;
}

/** The users tasks of the walked instance were delegated to, from its history. */
async function delegates(engine: Engine, step: number): Promise<string[]> {
  const events = await typed('history', step, undefined, () => engine.history('walked'));
  if (events instanceof LuzhiError) throw new Found({ kind: 'untyped', phase: 'history', step, error: describeError(events) });
  const targets = events.flatMap((event) => {
    const to = event.type === 'delegateTask' && event.payload !== null && typeof event.payload === 'object' ? (event.payload as { to?: unknown }).to : undefined;
    return typeof to === 'string' ? [to] : [];
  });
  return [...new Set(targets)];
}

/** Moves the clock on, then runs due timers and delivers effects (errors must be typed). */
async function advance(
  engine: Engine,
  clock: ReturnType<typeof createVirtualClock>,
  by: string,
  step: number,
  progress: (note: string) => void,
): Promise<void> {
  clock.advance(by);
  progress(`step ${step}: runDueTimers after ${by}`);
  await typed('runDueTimers', step, { advance: by }, () => engine.runDueTimers());
  await typed('deliverEffects', step, undefined, () => engine.deliverEffects());
}

/**
 * An active instance that offers no action to anyone must at least have a timer that moves it:
 * a year on, with the due timers run, it must have changed or offer an action.
 */
async function expectMovable(
  engine: Engine,
  clock: ReturnType<typeof createVirtualClock>,
  roles: Record<string, WalkRole>,
  step: number,
  progress: (note: string) => void,
): Promise<void> {
  const before = await read(engine, 'get', step);
  if (before.status === 'done') return;
  for (let month = 0; month < 12; month++) await advance(engine, clock, 'P1M', step, progress);
  const after = await read(engine, 'get', step);
  if (after.version !== before.version || after.status === 'done') return;
  if ((await offered(engine, roles, step, progress)).length > 0) return;
  throw new Found({
    kind: 'stuck',
    phase: 'walk',
    step,
    detail: `state ${JSON.stringify(after.state)} offers no action to any role and no timer moves it (data ${JSON.stringify(after.data).slice(0, 300)})`,
  });
}
