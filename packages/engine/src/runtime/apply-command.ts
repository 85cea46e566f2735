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
import type { CommandWrite, OutboxEffect, StoredInstance } from '../store/store.js';
import type { Actor, ActionView, Command, InstanceView } from './types.js';

/** What a command produces before it is committed: the rows to write and the view to return. */
export interface AppliedCommand {
  write: CommandWrite;
  view: InstanceView;
}

/**
 * Finds the action `type` among those the current state offers.
 * @throws TransitionNotAllowedError when the instance has ended or the state offers no such action.
 */
export function findAction(compiled: CompiledWorkflow, instance: StoredInstance, type: string): ActionSpec {
  const where = formatStateValue(instance.state);
  if (instance.status === 'done') throw new TransitionNotAllowedError(type, where, 'final');
  const spec = compiled.actionsIn(activeStateNames(instance.state)).find((action) => action.event === type);
  if (!spec) throw new TransitionNotAllowedError(type, where, 'notEnabled');
  return spec;
}

/** Whether the actor holds one of the action's roles. */
export function mayTake(actor: Actor, spec: ActionSpec): boolean {
  return spec.roles.some((role) => actor.roles.includes(role));
}

/** @throws ForbiddenError unless the actor holds one of the action's roles. */
export function authorize(actor: Actor, spec: ActionSpec): void {
  if (!mayTake(actor, spec)) throw new ForbiddenError(spec.event, spec.roles);
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
): AppliedCommand {
  validateData(compiled, args.data);
  const at = args.at.toISOString();
  const base = {
    tenant: args.tenant,
    id: args.id,
    definitionId: compiled.definition.id,
    definitionVersion: compiled.definition.version,
  };
  const context: MachineContext = { data: args.data, now: at, instance: instanceInfo(base) };
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
    state,
    data: (snapshot.context as MachineContext).data,
    status: snapshot.status === 'done' ? 'done' : 'active',
    version: 1,
    createdAt: at,
    updatedAt: at,
    lastHash: event.hash,
    entered,
  };
  return finish(compiled, instance, 0, event, actions, args.actor, args.idempotencyKey);
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
): AppliedCommand {
  const spec = findAction(compiled, instance, command.type);
  authorize(command.actor, spec);
  validatePayload(compiled, spec, command.payload);

  const at = atDate.toISOString();
  const context: MachineContext = { data: instance.data, now: at, instance: instanceInfo(instance) };
  const snapshot = compiled.machine.resolveState({ value: instance.state, context }) as AnyMachineSnapshot;
  const [next, actions] = transition(compiled.machine, snapshot, {
    type: command.type,
    payload: command.payload,
    actor: command.actor,
  });
  if (next === snapshot) {
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
  };
  return finish(compiled, updated, instance.version, event, actions, command.actor, command.idempotencyKey);
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
  const view = toView(compiled, instance, actor);
  return {
    view,
    write: {
      instance,
      expectedVersion,
      event,
      tasks: deriveTasks(compiled, instance, instance.state),
      effects,
      ...(idempotencyKey === undefined ? {} : { idempotency: { key: idempotencyKey, result: view } }),
    },
  };
}

/** The API view of an instance row, with the actions `actor` may take now. */
export function toView(compiled: CompiledWorkflow, instance: StoredInstance, actor?: Actor): InstanceView {
  const activeStates = activeStateNames(instance.state);
  const actions: ActionView[] =
    actor && instance.status === 'active'
      ? compiled
          .actionsIn(activeStates)
          .filter((spec) => mayTake(actor, spec))
          .map((spec) => ({ event: spec.event, title: spec.title, form: spec.form, state: spec.state, roles: spec.roles }))
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
  };
}
