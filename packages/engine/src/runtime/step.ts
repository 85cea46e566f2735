import { ajvErrorsToIssues } from '../definition/ajv-issues.js';
import { PayloadError } from '../errors.js';
import { activeStateNames, type StateValue } from '../compile/state-value.js';
import type { CompiledWorkflow, EffectRequest, MachineContext, RequestedEffect, StartRequest } from '../compile/compiled-workflow.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { CommandWrite, OutboxEffect, StoredInstance } from '../store/store.js';
import { DELIVERY_LEASE_MS } from './effect-delivery.js';
import { GENESIS_HASH, instanceHash, sealEvent, type UnsealedEvent } from './audit.js';
import type { AuditKeyring } from './audit-keys.js';
import { branchDeadlinesAfter, deadlinesAfter, timersOf } from './deadlines.js';
import { withStepLimit } from './step-limit.js';
import { machineInitialTransition } from './machine-step.js';
import { effectId } from './row-ids.js';
import { deriveTasks } from './tasks.js';
import { instanceInfo, toView } from './view.js';
import type { Actor, AuditEvent, InstanceView } from './types.js';
import { ownValue } from '../own-keys.js';
import { participantsAfter, unitsOf } from './participants.js';
import { withRecipients } from './recipients.js';
import { pathTaken, type PathTaken } from './transitions-taken.js';
import { ballotsAfter } from './ballots.js';
import { statesEntered } from '../compile/transitions.js';
import { checkLinkCount, linkedInstanceId, linkStart, linkTarget, type LinkOrigin, type StartedLink } from './links.js';

/** The fields of the next audit event that differ from command to command. */
export interface EventFields {
  at: string;
  actor: Actor;
  type: string;
  branch?: string | undefined;
  payload?: unknown;
  to: StateValue;
  /** The transitions the command took and the states it entered (see `transitions-taken.ts`). */
  path?: PathTaken | undefined;
}

/** The instance's next audit event, numbered after and chained to the last one; {@link finish} seals it. */
export function nextEvent(instance: StoredInstance, fields: EventFields): UnsealedEvent {
  return {
    seq: instance.version + 1,
    at: fields.at,
    actor: fields.actor,
    type: fields.type,
    ...(fields.branch === undefined ? {} : { branch: fields.branch }),
    ...(fields.payload === undefined ? {} : { payload: fields.payload }),
    from: instance.state,
    to: fields.to,
    ...fields.path,
    prevHash: instance.lastHash,
  };
}

/**
 * The instance row after `event`: one version on, with the command's changes. Its `lastHash` is
 * set by {@link finish}, once the event is sealed with the hash of this row.
 */
export function afterEvent(instance: StoredInstance, event: UnsealedEvent, changes: Partial<StoredInstance>): StoredInstance {
  return { ...instance, ...changes, version: instance.version + 1, updatedAt: event.at };
}

/** What a command produces before it is committed: the rows to write and the view to return. */
export interface AppliedCommand {
  write: CommandWrite;
  view: InstanceView;
}

/** What the pure command functions need besides the definition and the instance. */
export interface CommandEnvironment {
  /** The committee calendar that working-day deadlines count on. */
  calendar: WorkCalendar;
  /** How audit events are sealed: plain SHA-256 when omitted, HMAC under the host's keys with them. */
  audit?: AuditKeyring | undefined;
  /**
   * The workflows `start` effects may start, by id (the newest version the engine serves for the
   * tenant), resolved before the command; a `start` of a workflow missing here is refused.
   */
  workflows?: ReadonlyMap<string, CompiledWorkflow> | undefined;
}

/** How an instance started by a `start` effect is started: by whom, from where, how deep. */
export interface LinkedStart {
  /** The user id that becomes its starter (holds its `starter` participant roles). */
  starter: string;
  origin: LinkOrigin;
  /** 1 for an instance a command's own instance started, 2 for one that one started, and so on. */
  depth: number;
}

/** The actor recorded on events the engine takes by itself (deadlines). */
export const SYSTEM_ACTOR: Actor = { id: 'luzhi:system', roles: [] };

/** @throws PayloadError when the data a command produced breaks the definition's data schema. */
export function validateData(compiled: CompiledWorkflow, data: unknown): void {
  const validate = compiled.dataValidator;
  if (validate && !validate(data)) throw new PayloadError(ajvErrorsToIssues(validate.errors, 'data'), 'data');
}

/** Whether two state values name the same configuration (plain names compare directly). */
export function sameStateValue(a: StateValue, b: StateValue): boolean {
  return a === b || (typeof a !== 'string' && typeof b !== 'string' && JSON.stringify(a) === JSON.stringify(b));
}

/** Entry times after a transition: the states it entered (re-entered too) get `at`, the others keep theirs. */
export function enteredAfter(
  instance: StoredInstance,
  state: StateValue,
  at: string,
  enteredNow: ReadonlySet<string>,
): Record<string, string> {
  if (enteredNow.size === 0 && sameStateValue(state, instance.state)) return instance.entered;
  return Object.fromEntries(
    activeStateNames(state).map((name) => [name, enteredNow.has(name) ? at : (ownValue(instance.entered, name) ?? at)]),
  );
}

/**
 * Completes a command: binds the row's people (participant holders and data-bound units, see
 * `participants.ts`), lists the instances its `start` effects start (on the row as `links`, on the
 * event as `started`), seals its event over the final instance row (which then records the event's
 * hash as `lastHash`), and derives the outbox effects with their recipients, tasks, timers and view.
 * The instances it starts are built here too, each a write of its own in `write.started`, so that
 * the store commits them with the command.
 * @throws PayloadError when the data names invalid holders or changes bound ones; LinkError when
 * an instance cannot be started.
 */
export function finish(
  compiled: CompiledWorkflow,
  row: StoredInstance,
  expectedVersion: number,
  unsealed: UnsealedEvent,
  actions: ReadonlyArray<{ type: string; params?: unknown }>,
  actor: Actor,
  idempotencyKey: string | undefined,
  at: Date,
  environment: CommandEnvironment,
  linked?: LinkedStart,
): AppliedCommand {
  const requested = actions.filter((action) => action.type === 'luzhi.effect').map((action) => action.params as RequestedEffect);
  const starts = requested.flatMap((effect) => (effect.request.kind === 'start' ? [effect.request] : []));
  checkLinkCount(row.links?.length ?? 0, starts);
  const depth = linked?.depth ?? 0;
  const targets = starts.map((request) => linkTarget(request, environment.workflows, depth));
  const newLinks: StartedLink[] = starts.map((request, index) => ({
    id: linkedInstanceId(row.id, unsealed.seq, index),
    workflow: request.workflow,
    version: targets[index]!.definition.version,
    seq: unsealed.seq,
    step: unsealed.type,
  }));
  const { ballots: _ballots, ...rest } = row;
  const bound: StoredInstance = {
    ...rest,
    participants: participantsAfter(compiled, row.participants, row.data, expectedVersion === 0 ? (linked?.starter ?? actor.id) : undefined),
    units: unitsOf(compiled, row.data),
    ...(newLinks.length === 0 ? {} : { links: [...(row.links ?? []), ...newLinks] }),
  };
  // Ballots open and close with their states, voters fixed from the holders just bound.
  const ballots = ballotsAfter(compiled, { ...bound, ballots: row.ballots }, statesEntered(actions));
  if (ballots !== undefined) bound.ballots = ballots;
  const withStarted =
    newLinks.length === 0 ? unsealed : { ...unsealed, started: newLinks.map(({ id, workflow, version }) => ({ id, workflow, version })) };
  const event: AuditEvent = sealEvent(bound, { ...withStarted, instanceHash: instanceHash(bound) }, environment.audit);
  const instance: StoredInstance = { ...bound, lastHash: event.hash };
  const effects: OutboxEffect[] = requested
    .filter((effect): effect is RequestedEffect & { request: EffectRequest } => effect.request.kind !== 'start')
    .map((effect, index) => ({
      id: effectId(instance, event.seq, index),
      tenant: instance.tenant,
      instanceId: instance.id,
      seq: event.seq,
      request: withRecipients(compiled, instance, effect),
      status: 'pending',
      attempts: 0,
      // The committing process delivers them right away; others may claim them only after this.
      availableAt: new Date(at.getTime() + DELIVERY_LEASE_MS).toISOString(),
    }));
  const started = starts.flatMap((request, index) =>
    startLinked(request, targets[index]!, newLinks[index]!, instance, actor, at, environment, depth),
  );
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
      ...(started.length === 0 ? {} : { started }),
      ...(idempotencyKey === undefined ? {} : { idempotency: { key: idempotencyKey, result: view } }),
    },
  };
}

/**
 * The writes of the instance a `start` request starts (and of those it starts in turn on entry),
 * for the source's commit.
 */
function startLinked(
  request: StartRequest,
  target: CompiledWorkflow,
  link: StartedLink,
  source: StoredInstance,
  actor: Actor,
  at: Date,
  environment: CommandEnvironment,
  depth: number,
): CommandWrite[] {
  const { data, starter } = linkStart(request, target, actor.id);
  const origin: LinkOrigin = { instance: source.id, workflow: source.definitionId, version: source.definitionVersion, seq: link.seq, step: link.step };
  const applied = applyStart(target, { tenant: source.tenant, id: link.id, actor, data, at }, environment, { starter, origin, depth: depth + 1 });
  const { started = [], ...write } = applied.write;
  return [write, ...started];
}

/**
 * Creates a new instance in the definition's initial state (the pure part of `engine.start`).
 * An instance a `start` effect starts (`linked`) records its origin on its row and first event.
 * @throws PayloadError when the initial data breaks the data schema.
 */
export function applyStart(
  compiled: CompiledWorkflow,
  args: { tenant: string; id: string; actor: Actor; data: Record<string, unknown>; at: Date; idempotencyKey?: string | undefined },
  environment: CommandEnvironment,
  linked?: LinkedStart,
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
  const [snapshot, actions] = withStepLimit('start', () => machineInitialTransition(compiled.machine, context));
  const state = snapshot.value as StateValue;
  const event: UnsealedEvent = {
    seq: 1,
    at,
    actor: args.actor,
    type: 'start',
    ...(linked === undefined ? {} : { origin: linked.origin }),
    from: null,
    to: state,
    ...pathTaken(actions, undefined, (snapshot.context as MachineContext).branches),
    prevHash: GENESIS_HASH,
  };
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
    lastHash: GENESIS_HASH,
    entered,
    ...(linked === undefined ? {} : { origin: linked.origin }),
  };
  return finish(compiled, instance, 0, event, actions, args.actor, args.idempotencyKey, args.at, environment, linked);
}
