import { ajvErrorsToIssues } from '../definition/ajv-issues.js';
import { PayloadError } from '../errors.js';
import { activeStateNames, type StateValue } from '../compile/state-value.js';
import type { CompiledWorkflow, EffectRequest } from '../compile/compiled-workflow.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { CommandWrite, OutboxEffect, StoredInstance } from '../store/store.js';
import { DELIVERY_LEASE_MS } from './effect-delivery.js';
import { sealEvent } from './audit.js';
import { timersOf } from './deadlines.js';
import { deriveTasks } from './tasks.js';
import { toView } from './view.js';
import type { Actor, AuditEvent, InstanceView } from './types.js';
import { ownValue } from '../own-keys.js';

/** The fields of the next audit event that differ from command to command. */
export interface EventFields {
  at: string;
  actor: Actor;
  type: string;
  branch?: string | undefined;
  payload?: unknown;
  to: StateValue;
}

/** The instance's next audit event: numbered after, and chained to, the last one. */
export function nextEvent(instance: StoredInstance, fields: EventFields): AuditEvent {
  return sealEvent(instance, {
    seq: instance.version + 1,
    at: fields.at,
    actor: fields.actor,
    type: fields.type,
    ...(fields.branch === undefined ? {} : { branch: fields.branch }),
    ...(fields.payload === undefined ? {} : { payload: fields.payload }),
    from: instance.state,
    to: fields.to,
    prevHash: instance.lastHash,
  });
}

/** The instance row after `event`: one version on, chained to it, with the command's changes. */
export function afterEvent(instance: StoredInstance, event: AuditEvent, changes: Partial<StoredInstance>): StoredInstance {
  return { ...instance, ...changes, version: instance.version + 1, updatedAt: event.at, lastHash: event.hash };
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

export function finish(
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
