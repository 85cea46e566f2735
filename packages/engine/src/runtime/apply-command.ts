import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { ajvErrorsToIssues } from '../definition/ajv-issues.js';
import { ForbiddenError, PayloadError, TransitionNotAllowedError } from '../errors.js';
import { text } from '../localized-text.js';
import { activeStateNames, formatStateValue, type StateValue } from '../compile/state-value.js';
import { GENESIS_HASH, sealEvent } from './audit.js';
import { deriveTasks } from './tasks.js';
import type {
  ActionSpec,
  CompiledWorkflow,
  EffectRequest,
  InstanceInfo,
  MachineContext,
} from '../compile/compiled-workflow.js';
import type { CommandWrite, OutboxEffect, StateDeadline, StoredInstance, StoredTask, StoredTimer } from '../store/store.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import { computeDue, warnAt } from '../calendar/deadline.js';
import { createAjv } from '../definition/ajv.js';
import { parseDuration, type ParsedDuration } from '../definition/checks/deadline.js';
import { deadlineEvent } from '../compile/machine-config.js';
import { EXTEND_DEADLINE } from '../compile/compile.js';
import { branchDeadlinesAfter, colourOf, deadlinesAfter, timersOf, timingAt, worseColour } from './deadlines.js';
import type { Actor, ActionView, Colour, Command, InstanceView } from './types.js';

/** What a command produces before it is committed: the rows to write and the view to return. */
export interface AppliedCommand {
  write: CommandWrite;
  view: InstanceView;
}

/** What the pure command functions need besides the definition and the instance. */
export interface CommandEnvironment {
  /** The committee calendar that working-day deadlines count on. */
  calendar: WorkCalendar;
}

/** The action a command takes, and for an action of a forEach child state, the branch it acts on. */
export interface FoundAction {
  spec: ActionSpec;
  branch?: { forEach: string; key: string } | undefined;
}

/** The branch actions offered now: for each open branch, the actions of the child state it is in. */
function branchActions(compiled: CompiledWorkflow, instance: StoredInstance): Array<{ spec: ActionSpec; forEach: string; key: string }> {
  const found: Array<{ spec: ActionSpec; forEach: string; key: string }> = [];
  for (const [forEach, branches] of Object.entries(instance.branches)) {
    for (const [key, branch] of Object.entries(branches)) {
      for (const spec of compiled.actionsDeclaredOn(branch.state)) found.push({ spec, forEach, key });
    }
  }
  return found;
}

/**
 * Finds the action `type` among those the current states offer. An action of a forEach child
 * state acts on one branch: the one the command names, else the actor's own unit's, else the only
 * branch that offers it.
 * @throws TransitionNotAllowedError when the instance has ended, no state offers the action, or
 * it is offered on several branches and the command does not say which.
 */
export function findAction(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  command: Pick<Command, 'type' | 'actor' | 'branch'>,
): FoundAction {
  const { type } = command;
  const where = formatStateValue(instance.state);
  if (instance.status === 'done') throw new TransitionNotAllowedError(type, where, 'final');
  const candidates = branchActions(compiled, instance).filter(({ spec }) => spec.event === type);
  const chosen =
    command.branch !== undefined
      ? candidates.filter((candidate) => candidate.key === command.branch)
      : candidates.length > 1 && command.actor.unit !== undefined && candidates.some((candidate) => candidate.key === command.actor.unit)
        ? candidates.filter((candidate) => candidate.key === command.actor.unit)
        : candidates;
  if (chosen.length === 1) {
    const { spec, forEach, key } = chosen[0]!;
    return { spec, branch: { forEach, key } };
  }
  if (chosen.length > 1) {
    throw new TransitionNotAllowedError(type, where, 'branchRequired', chosen.map((candidate) => candidate.key));
  }
  if (command.branch === undefined) {
    const spec = compiled.actionsIn(activeStateNames(instance.state)).find((action) => action.event === type);
    if (spec) return { spec };
  }
  throw new TransitionNotAllowedError(type, command.branch === undefined ? where : `${where} / ${command.branch}`, 'notEnabled');
}

/** Whether the actor holds one of the action's roles (and, on a branch, may act on that unit's). */
export function mayTake(actor: Actor, spec: ActionSpec, compiled?: CompiledWorkflow, branch?: string): boolean {
  const held = spec.roles.filter((role) => actor.roles.includes(role));
  if (held.length === 0) return false;
  if (branch === undefined || compiled === undefined) return true;
  // A role of unit scope acts on its own unit's branch only; any other role acts on every branch.
  return held.some((role) => !compiled.unitRoles.has(role)) || actor.unit === branch;
}

/**
 * @throws ForbiddenError unless the actor holds one of the action's roles — and, for a branch
 * action taken through a unit-scoped role, belongs to the branch's unit (承办单位只办本单位的).
 */
export function authorize(actor: Actor, found: FoundAction, compiled: CompiledWorkflow): void {
  const { spec, branch } = found;
  if (mayTake(actor, spec)) {
    if (mayTake(actor, spec, compiled, branch?.key)) return;
    throw new ForbiddenError(
      spec.event,
      spec.roles,
      text(
        `无权执行“${spec.event}”：这是“${branch!.key}”的分支，只能由该单位办理${actor.unit ? `（您属于“${actor.unit}”）` : '（未提供所属单位）'}`,
        `Not allowed to "${spec.event}": this is the branch of "${branch!.key}", which only that unit may act on${actor.unit ? ` (you belong to "${actor.unit}")` : ' (no unit given)'}`,
      ),
    );
  }
  throw new ForbiddenError(spec.event, spec.roles);
}

/**
 * Validates a payload against the action's form with the compiled ajv validator. An action
 * without a form takes no payload.
 * @throws PayloadError with a pointer to each offending field.
 */
export function validatePayload(compiled: CompiledWorkflow, spec: ActionSpec, payload: unknown): void {
  if (spec.form === undefined) {
    const empty =
      payload === undefined ||
      (payload !== null && typeof payload === 'object' && !Array.isArray(payload) && Object.keys(payload).length === 0);
    if (!empty) {
      throw new PayloadError([
        {
          pointer: '',
          code: 'payload.unexpected',
          message: text(`“${spec.event}”不需要填写表单`, `"${spec.event}" takes no payload`),
        },
      ]);
    }
    return;
  }
  const validate = compiled.formValidators.get(spec.form)!;
  if (!validate(payload ?? {})) throw new PayloadError(ajvErrorsToIssues(validate.errors, 'payload'));
}

/** @throws PayloadError when the data a command produced breaks the definition's data schema. */
function validateData(compiled: CompiledWorkflow, data: unknown): void {
  const validate = compiled.dataValidator;
  if (validate && !validate(data)) throw new PayloadError(ajvErrorsToIssues(validate.errors, 'data'));
}

function instanceInfo(instance: Pick<StoredInstance, 'tenant' | 'id' | 'definitionId' | 'definitionVersion'>): InstanceInfo {
  return {
    id: instance.id,
    tenant: instance.tenant,
    definition: instance.definitionId,
    version: instance.definitionVersion,
  };
}

/**
 * Creates a new instance in the definition's initial state (the pure part of `engine.start`).
 * @throws PayloadError when the initial data breaks the data schema.
 */
export function applyStart(
  compiled: CompiledWorkflow,
  args: { tenant: string; id: string; actor: Actor; data: Record<string, unknown>; at: Date; idempotencyKey?: string | undefined },
  environment: CommandEnvironment,
): AppliedCommand {
  validateData(compiled, args.data);
  const at = args.at.toISOString();
  const base = {
    tenant: args.tenant,
    id: args.id,
    definitionId: compiled.definition.id,
    definitionVersion: compiled.definition.version,
  };
  const context: MachineContext = { data: args.data, now: at, instance: instanceInfo(base), branches: {} };
  const [snapshot, actions] = initialTransition(compiled.machine, context);
  const state = snapshot.value as StateValue;
  const event = sealEvent(base, {
    seq: 1,
    at,
    actor: args.actor,
    type: 'start',
    from: null,
    to: state,
    prevHash: GENESIS_HASH,
  });
  const entered = Object.fromEntries(activeStateNames(state).map((name) => [name, at]));
  const instance: StoredInstance = {
    ...base,
    deadlines: deadlinesAfter(compiled, undefined, state, entered, environment.calendar),
    branches: branchDeadlinesAfter(compiled, undefined, (snapshot.context as MachineContext).branches, environment.calendar),
    assignees: {},
    state,
    data: (snapshot.context as MachineContext).data,
    status: snapshot.status === 'done' ? 'done' : 'active',
    version: 1,
    createdAt: at,
    updatedAt: at,
    lastHash: event.hash,
    entered,
  };
  return finish(compiled, instance, 0, event, actions, args.actor, args.idempotencyKey, args.at);
}

/**
 * Applies a command to an instance: find the action, authorize, validate the payload, take the
 * transition with XState's pure `transition()`, and describe everything to write. This is a pure
 * function: it reads no store, runs no effect, and leaves `instance` untouched.
 *
 * @throws TransitionNotAllowedError, ForbiddenError or PayloadError; nothing is written then.
 */
export function applyCommand(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  command: Command,
  atDate: Date,
  environment: CommandEnvironment,
): AppliedCommand {
  const found = findAction(compiled, instance, command);
  const { spec } = found;
  authorize(command.actor, found, compiled);
  if (spec.builtin === 'extendDeadline') return applyExtension(compiled, instance, spec, command, atDate, environment);
  const changesBranches = spec.builtin === 'addBranch' || spec.builtin === 'removeBranch';
  if (spec.builtin !== undefined && !changesBranches) return applyAssignment(compiled, instance, found, command, atDate);
  checkAssignee(instance, found, command.actor);
  if (changesBranches) validateBranchChange(spec.builtin === 'addBranch', command.payload);
  else validatePayload(compiled, spec, command.payload);

  const at = atDate.toISOString();
  const context: MachineContext = { data: instance.data, now: at, instance: instanceInfo(instance), branches: instance.branches };
  const snapshot = compiled.machine.resolveState({ value: instance.state, context }) as AnyMachineSnapshot;
  const [next, actions] = transition(compiled.machine, snapshot, {
    type: command.type,
    payload: command.payload,
    actor: command.actor,
    ...(found.branch ? { branch: found.branch } : {}),
  });
  // Not taken: XState hands back the same snapshot and nothing to do. (An action without `to`
  // that only runs effects also returns the same snapshot, but with its effects.)
  if (next === snapshot && actions.length === 0) {
    throw new TransitionNotAllowedError(command.type, formatStateValue(instance.state), 'guard');
  }
  const data = (next.context as MachineContext).data;
  if (data !== instance.data) validateData(compiled, data);

  const state = next.value as StateValue;
  const entered = sameStateValue(state, instance.state) ? instance.entered : enteredAfter(instance, state, at);
  const event = sealEvent(instance, {
    seq: instance.version + 1,
    at,
    actor: command.actor,
    type: command.type,
    ...(found.branch ? { branch: found.branch.key } : {}),
    ...(command.payload === undefined ? {} : { payload: command.payload }),
    from: instance.state,
    to: state,
    prevHash: instance.lastHash,
  });
  const updated: StoredInstance = {
    ...instance,
    state,
    data,
    status: next.status === 'done' ? 'done' : 'active',
    version: instance.version + 1,
    updatedAt: at,
    lastHash: event.hash,
    entered,
    deadlines: entered === instance.entered ? instance.deadlines : deadlinesAfter(compiled, instance, state, entered, environment.calendar),
    branches: branchDeadlinesAfter(compiled, instance.branches, (next.context as MachineContext).branches, environment.calendar),
  };
  updated.assignees = assigneesStillOpen(updated);
  return finish(compiled, updated, instance.version, event, actions, command.actor, command.idempotencyKey, atDate);
}

/** The key a task's assignment is kept under: its state, and for a branch task, its unit. */
export function taskKey(state: string, unit?: string): string {
  return unit === undefined ? state : `${state}#${unit}`;
}

/** @throws ForbiddenError when the task was claimed by or delegated to someone else. */
function checkAssignee(instance: StoredInstance, found: FoundAction, actor: Actor): void {
  const assignee = instance.assignees[taskKey(found.spec.state, found.branch?.key)];
  if (assignee && assignee.user !== actor.id) {
    throw new ForbiddenError(
      found.spec.event,
      found.spec.roles,
      text(`该任务已由“${assignee.user}”认领或受托办理，只有其本人可以操作`, `This task was claimed by or delegated to "${assignee.user}": only they may act on it`),
    );
  }
}

/** The assignments whose task is still open: its state still active, or its branch still in it. */
function assigneesStillOpen(instance: StoredInstance): StoredInstance['assignees'] {
  const active = new Set(activeStateNames(instance.state));
  const open = (key: string): boolean => {
    const [state, unit] = key.split('#') as [string, string | undefined];
    if (unit === undefined) return active.has(state);
    return Object.values(instance.branches).some((branches) => branches[unit]?.state === state);
  };
  const kept = Object.entries(instance.assignees).filter(([key]) => open(key));
  return kept.length === Object.keys(instance.assignees).length ? instance.assignees : Object.fromEntries(kept);
}

const branchChangeValidators = {
  add: createAjv().compile({
    type: 'object',
    required: ['item', 'reason'],
    properties: { item: { type: ['string', 'object'] }, reason: { type: 'string', minLength: 2 } },
    additionalProperties: false,
  }),
  remove: createAjv().compile({
    type: 'object',
    required: ['branch', 'reason'],
    properties: { branch: { type: 'string', minLength: 1 }, reason: { type: 'string', minLength: 2 } },
    additionalProperties: false,
  }),
};

/** @throws PayloadError unless the payload is `{ item, reason }` (add) or `{ branch, reason }` (remove). */
function validateBranchChange(adding: boolean, payload: unknown): void {
  const validate = adding ? branchChangeValidators.add : branchChangeValidators.remove;
  if (!validate(payload ?? {})) throw new PayloadError(ajvErrorsToIssues(validate.errors, 'payload'));
}

const delegationValidator = createAjv().compile({
  type: 'object',
  required: ['to', 'reason'],
  properties: { to: { type: 'string', minLength: 1 }, reason: { type: 'string', minLength: 2 } },
  additionalProperties: false,
});

/**
 * Claims (认领), releases or delegates (委托) a task: records who alone may act on it now, and
 * audits the operation. The state does not change.
 * @throws ForbiddenError when the task is someone else's; PayloadError for a bad delegation.
 */
function applyAssignment(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  found: FoundAction,
  command: Command,
  atDate: Date,
): AppliedCommand {
  const { spec } = found;
  const key = taskKey(spec.state, found.branch?.key);
  const current = instance.assignees[key];
  const at = atDate.toISOString();
  const actor = command.actor;
  const refuse = (zh: string, en: string): never => {
    throw new ForbiddenError(spec.event, spec.roles, text(zh, en));
  };
  let assignees = instance.assignees;
  let payload: unknown;
  if (spec.builtin === 'claimTask') {
    validatePayload(compiled, spec, command.payload);
    if (current) refuse(`该任务已由“${current.user}”认领`, `The task was already claimed by "${current.user}"`);
    assignees = { ...assignees, [key]: { user: actor.id, at, by: actor.id } };
  } else if (spec.builtin === 'releaseTask') {
    validatePayload(compiled, spec, command.payload);
    if (!current || current.user !== actor.id) refuse('只有认领或受托的人可以退回该任务', 'Only the person who holds the task may release it');
    const { [key]: _released, ...rest } = assignees;
    assignees = rest;
  } else {
    if (!delegationValidator(command.payload ?? {})) throw new PayloadError(ajvErrorsToIssues(delegationValidator.errors, 'payload'));
    if (current && current.user !== actor.id) refuse(`该任务由“${current.user}”办理，只有其本人可以委托`, `The task is held by "${current.user}": only they may delegate it`);
    payload = command.payload;
    assignees = { ...assignees, [key]: { user: (payload as { to: string }).to, at, by: actor.id } };
  }
  const event = sealEvent(instance, {
    seq: instance.version + 1,
    at,
    actor,
    type: spec.event,
    ...(found.branch ? { branch: found.branch.key } : {}),
    ...(payload === undefined ? {} : { payload }),
    from: instance.state,
    to: instance.state,
    prevHash: instance.lastHash,
  });
  const updated: StoredInstance = { ...instance, version: instance.version + 1, updatedAt: at, lastHash: event.hash, assignees };
  return finish(compiled, updated, instance.version, event, [], actor, command.idempotencyKey, atDate);
}

/** The actor recorded on events the engine takes by itself (deadlines). */
export const SYSTEM_ACTOR: Actor = { id: 'luzhi:system', roles: [] };

/**
 * Fires a deadline timer (the pure part of `engine.runDueTimers`): marks the warning given or the
 * deadline passed, takes the state's `onWarn`/`onExpire` (effects, and for `onExpire` with `to`
 * a move), and audits it as `deadlineWarning` / `deadlineExpired`. Returns undefined when the
 * timer has nothing left to do (its state was left, or the deadline moved).
 */
export function applyTimer(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  timer: StoredTimer,
  atDate: Date,
  environment: CommandEnvironment,
): AppliedCommand | undefined {
  const forEach = timer.branch === undefined ? undefined : compiled.index.states.get(timer.state)?.parent;
  const branch = forEach === undefined ? undefined : instance.branches[forEach]?.[timer.branch!];
  if (timer.branch !== undefined && branch?.state !== timer.state) return undefined;
  const deadline = timer.branch === undefined ? instance.deadlines[timer.state] : branch?.deadline;
  if (instance.status === 'done' || !deadline) return undefined;
  if (timer.kind === 'warn' ? deadline.warned || deadline.warnAt !== timer.dueAt : deadline.expired || deadline.due !== timer.dueAt) {
    return undefined;
  }
  const at = atDate.toISOString();
  const marked = { ...deadline, ...(timer.kind === 'warn' ? { warned: true } : { expired: true }) };
  const node = compiled.index.states.get(timer.state)?.node.deadline;
  const handled = timer.kind === 'warn' ? node?.onWarn : node?.onExpire;
  let state = instance.state;
  let data = instance.data;
  let actions: ReadonlyArray<{ type: string; params?: unknown }> = [];
  let status: StoredInstance['status'] = instance.status;
  let branches = instance.branches;
  if (handled) {
    const context: MachineContext = { data: instance.data, now: at, instance: instanceInfo(instance), branches: instance.branches };
    const snapshot = compiled.machine.resolveState({ value: instance.state, context }) as AnyMachineSnapshot;
    const [next, taken] = transition(compiled.machine, snapshot, {
      type: deadlineEvent(timer.kind, timer.state),
      ...(forEach !== undefined ? { branch: { forEach, key: timer.branch! } } : {}),
    });
    state = next.value as StateValue;
    data = (next.context as MachineContext).data;
    branches = (next.context as MachineContext).branches;
    actions = taken;
    status = next.status === 'done' ? 'done' : 'active';
  }
  const moved = !sameStateValue(state, instance.state);
  const entered = moved ? enteredAfter(instance, state, at) : instance.entered;
  const kept = timer.branch === undefined ? { ...instance.deadlines, [timer.state]: marked } : instance.deadlines;
  if (forEach !== undefined) {
    // Mark the branch's deadline on the branch as it was before any move the expiry made.
    const before = { ...instance.branches, [forEach]: { ...instance.branches[forEach], [timer.branch!]: { ...branch!, deadline: marked } } };
    const after = branches[forEach]?.[timer.branch!];
    branches =
      after && after.state === branch!.state && after.entered === branch!.entered
        ? { ...branches, [forEach]: { ...branches[forEach], [timer.branch!]: { ...after, deadline: marked } } }
        : branches;
    branches = branchDeadlinesAfter(compiled, before, branches, environment.calendar);
  }
  const event = sealEvent(instance, {
    seq: instance.version + 1,
    at,
    actor: SYSTEM_ACTOR,
    type: timer.kind === 'warn' ? 'deadlineWarning' : 'deadlineExpired',
    ...(timer.branch === undefined ? {} : { branch: timer.branch }),
    payload: { state: timer.state, due: deadline.due },
    from: instance.state,
    to: state,
    prevHash: instance.lastHash,
  });
  const updated: StoredInstance = {
    ...instance,
    state,
    data,
    status,
    version: instance.version + 1,
    updatedAt: at,
    lastHash: event.hash,
    entered,
    deadlines: moved ? deadlinesAfter(compiled, { deadlines: kept, entered: instance.entered }, state, entered, environment.calendar) : kept,
    branches,
  };
  updated.assignees = assigneesStillOpen(updated);
  return finish(compiled, updated, instance.version, event, actions, SYSTEM_ACTOR, timer.id, atDate);
}

const extensionValidator = createAjv().compile({
  type: 'object',
  required: ['by', 'reason'],
  properties: { by: { type: 'string', minLength: 2 }, reason: { type: 'string', minLength: 2 } },
  additionalProperties: false,
});

const isZeroDuration = (duration: ParsedDuration): boolean =>
  duration.kind === 'workingDays' ? duration.workingDays === 0 : duration.months === 0 && duration.seconds === 0;

/**
 * Extends the deadline of the state offering `extendDeadline` (延期): moves it by `payload.by`
 * from its current due instant, within the definition's `max` and `times`, and audits the reason.
 * @throws PayloadError for a malformed request, a duration over `max`, or no extensions left.
 */
function applyExtension(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  spec: ActionSpec,
  command: Command,
  atDate: Date,
  environment: CommandEnvironment,
): AppliedCommand {
  if (!extensionValidator(command.payload ?? {})) {
    throw new PayloadError(ajvErrorsToIssues(extensionValidator.errors, 'payload'));
  }
  const { by, reason } = command.payload as { by: string; reason: string };
  const rule = compiled.index.states.get(spec.state)!.node.deadline!;
  const deadline = instance.deadlines[spec.state]!;
  const refuse = (pointer: string, code: string, zh: string, en: string): never => {
    throw new PayloadError([{ pointer, code, message: text(zh, en) }]);
  };
  const requested = parseDuration(by);
  if (!requested || isZeroDuration(requested)) {
    refuse('/by', 'payload.duration', `“${by}”不是有效的时长（如 P1M、P15D 或 10WD）`, `"${by}" is not a duration (such as P1M, P15D or 10WD)`);
  }
  const times = rule.extend?.times ?? 1;
  if ((deadline.extensions ?? 0) >= times) {
    refuse('', 'payload.noExtensionLeft', `该时限已延期 ${times} 次，不能再延期`, `This deadline was already extended ${times} time(s)`);
  }
  const due = computeDue(new Date(deadline.due), by, environment.calendar);
  // Compare instants, not units: P1M against a P10D maximum, or 10WD across a holiday, both work.
  if (rule.extend?.max !== undefined && due.due > computeDue(new Date(deadline.due), rule.extend.max, environment.calendar).due) {
    refuse('/by', 'payload.extensionTooLong', `延期不能超过 ${rule.extend.max}`, `An extension cannot exceed ${rule.extend.max}`);
  }
  const warn = rule.warnBefore === undefined ? undefined : warnAt(due.due, rule.warnBefore, environment.calendar);
  const extended: StateDeadline = {
    due: due.due.toISOString(),
    ...(warn ? { warnAt: warn.at.toISOString() } : {}),
    ...(deadline.provisional || due.provisional || warn?.provisional ? { provisional: true } : {}),
    extensions: (deadline.extensions ?? 0) + 1,
  };
  const at = atDate.toISOString();
  const event = sealEvent(instance, {
    seq: instance.version + 1,
    at,
    actor: command.actor,
    type: EXTEND_DEADLINE,
    payload: { state: spec.state, by, reason, from: deadline.due, due: extended.due },
    from: instance.state,
    to: instance.state,
    prevHash: instance.lastHash,
  });
  const updated: StoredInstance = {
    ...instance,
    version: instance.version + 1,
    updatedAt: at,
    lastHash: event.hash,
    deadlines: { ...instance.deadlines, [spec.state]: extended },
  };
  return finish(compiled, updated, instance.version, event, [], command.actor, command.idempotencyKey, atDate);
}

/** Whether two state values name the same configuration (plain names compare directly). */
function sameStateValue(a: StateValue, b: StateValue): boolean {
  return a === b || (typeof a !== 'string' && typeof b !== 'string' && JSON.stringify(a) === JSON.stringify(b));
}

/** Entry times after a move: states still active keep theirs, newly entered ones get `at`. */
function enteredAfter(instance: StoredInstance, state: StateValue, at: string): Record<string, string> {
  const before = new Set(activeStateNames(instance.state));
  return Object.fromEntries(
    activeStateNames(state).map((name) => [name, before.has(name) ? (instance.entered[name] ?? at) : at]),
  );
}

function finish(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  expectedVersion: number,
  event: CommandWrite['event'],
  actions: ReadonlyArray<{ type: string; params?: unknown }>,
  actor: Actor,
  idempotencyKey: string | undefined,
  at: Date,
): AppliedCommand {
  const effects: OutboxEffect[] = actions
    .filter((action) => action.type === 'luzhi.effect')
    .map((action, index) => ({
      id: `${instance.tenant}/${instance.id}/${event.seq}/${index}`,
      tenant: instance.tenant,
      instanceId: instance.id,
      seq: event.seq,
      request: action.params as EffectRequest,
      status: 'pending',
      attempts: 0,
    }));
  const tasks = deriveTasks(compiled, instance, instance.state);
  const view = toView(compiled, instance, actor, at, tasks);
  return {
    view,
    write: {
      instance,
      expectedVersion,
      event,
      tasks,
      timers: timersOf(compiled, instance),
      effects,
      ...(idempotencyKey === undefined ? {} : { idempotency: { key: idempotencyKey, result: view } }),
    },
  };
}

/** The API view of an instance row at `now`, with the actions `actor` may take now. */
export function toView(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  actor: Actor | undefined,
  now: Date,
  tasks: readonly StoredTask[] = deriveTasks(compiled, instance, instance.state),
): InstanceView {
  const at = now.toISOString();
  let colour: Colour | undefined;
  let overdue = false;
  for (const task of tasks) {
    const timing = timingAt(task.due, task.warnAt, at);
    overdue ||= timing.overdue;
    const taskColour = colourOf(compiled.colourRules, timing, { data: instance.data, instance: instanceInfo(instance), now: at, state: task.state });
    colour = colour === undefined ? taskColour : worseColour(colour, taskColour);
  }
  const activeStates = activeStateNames(instance.state);
  const actions: ActionView[] =
    actor && instance.status === 'active'
      ? [
          ...compiled
            .actionsIn(activeStates)
            .filter((spec) => mayTake(actor, spec) && assignmentAllows(instance, spec, actor))
            .map((spec) => ({ event: spec.event, title: spec.title, form: spec.form, state: spec.state, roles: spec.roles })),
          ...branchActions(compiled, instance)
            .filter(({ spec, key }) => mayTake(actor, spec, compiled, key) && assignmentAllows(instance, spec, actor, key))
            .map(({ spec, key }) => ({ event: spec.event, title: spec.title, form: spec.form, state: spec.state, roles: spec.roles, branch: key })),
        ]
      : [];
  return {
    id: instance.id,
    tenant: instance.tenant,
    definition: { id: instance.definitionId, version: instance.definitionVersion },
    state: instance.state,
    activeStates,
    status: instance.status,
    data: instance.data,
    version: instance.version,
    createdAt: instance.createdAt,
    updatedAt: instance.updatedAt,
    actions,
    deadlines: deadlineViews(compiled, instance, at),
    branches: Object.fromEntries(
      Object.entries(instance.branches).map(([forEach, units]) => [
        forEach,
        Object.entries(units).map(([key, branch]) => ({ key, state: branch.state, entered: branch.entered, item: branch.item })),
      ]),
    ),
    colour,
    overdue,
  };
}

/** Whether the task's assignment lets the actor take the action now (claim only when free, …). */
function assignmentAllows(instance: StoredInstance, spec: ActionSpec, actor: Actor, unit?: string): boolean {
  const assignee = instance.assignees[taskKey(spec.state, unit)];
  if (spec.builtin === 'claimTask') return assignee === undefined;
  if (spec.builtin === 'releaseTask') return assignee?.user === actor.id;
  return assignee === undefined || assignee.user === actor.id;
}

function deadlineViews(compiled: CompiledWorkflow, instance: StoredInstance, now: string): InstanceView['deadlines'] {
  return Object.fromEntries(
    Object.entries(instance.deadlines).map(([state, deadline]) => {
      const timing = timingAt(deadline.due, deadline.warnAt, now);
      const colour = colourOf(compiled.colourRules, timing, { data: instance.data, instance: instanceInfo(instance), now, state });
      return [
        state,
        {
          due: deadline.due,
          ...(deadline.warnAt === undefined ? {} : { warnAt: deadline.warnAt }),
          overdue: timing.overdue,
          dueSoon: timing.dueSoon,
          colour,
          extensions: deadline.extensions ?? 0,
          ...(deadline.provisional ? { provisional: true } : {}),
        },
      ];
    }),
  );
}
