import { ajvErrorsToIssues } from '../definition/ajv-issues.js';
import { PayloadError } from '../errors.js';
import { activeStateNames, type StateValue } from '../compile/state-value.js';
import type { CompiledWorkflow, RequestedEffect } from '../compile/compiled-workflow.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { CommandWrite, OutboxEffect, StoredInstance } from '../store/store.js';
import { DELIVERY_LEASE_MS } from './effect-delivery.js';
import { instanceHash, sealEvent, type UnsealedEvent } from './audit.js';
import type { AuditKeyring } from './audit-keys.js';
import { timersOf } from './deadlines.js';
import { effectId } from './row-ids.js';
import { deriveTasks } from './tasks.js';
import { toView } from './view.js';
import type { Actor, AuditEvent, InstanceView } from './types.js';
import { ownValue } from '../own-keys.js';
import { participantsAfter, unitsOf } from './participants.js';
import { withRecipients } from './recipients.js';
import type { PathTaken } from './transitions-taken.js';
import { ballotsAfter } from './ballots.js';
import { statesEntered } from '../compile/transitions.js';

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
 * `participants.ts`), seals its event over the final instance row (which then records the event's
 * hash as `lastHash`), and derives the outbox effects with their recipients, tasks, timers and view.
 * @throws PayloadError when the data names invalid holders or changes bound ones.
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
): AppliedCommand {
  const { ballots: _ballots, ...rest } = row;
  const bound: StoredInstance = {
    ...rest,
    participants: participantsAfter(compiled, row.participants, row.data, expectedVersion === 0 ? actor.id : undefined),
    units: unitsOf(compiled, row.data),
  };
  // Ballots open and close with their states, voters fixed from the holders just bound.
  const ballots = ballotsAfter(compiled, { ...bound, ballots: row.ballots }, statesEntered(actions));
  if (ballots !== undefined) bound.ballots = ballots;
  const event: AuditEvent = sealEvent(bound, { ...unsealed, instanceHash: instanceHash(bound) }, environment.audit);
  const instance: StoredInstance = { ...bound, lastHash: event.hash };
  const effects: OutboxEffect[] = actions
    .filter((action) => action.type === 'luzhi.effect')
    .map((action, index) => ({
      id: effectId(instance, event.seq, index),
      tenant: instance.tenant,
      instanceId: instance.id,
      seq: event.seq,
      request: withRecipients(compiled, instance, action.params as RequestedEffect),
      status: 'pending',
      attempts: 0,
      // The committing process delivers them right away; others may claim them only after this.
      availableAt: new Date(at.getTime() + DELIVERY_LEASE_MS).toISOString(),
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
