import { z } from 'zod';
import { canonicalJson } from '../canonical-json.js';
import { sha256Hex } from '../hash.js';
import { DefinitionError, NotFoundError, ConcurrencyError, PayloadError, StoreDataError, type Issue } from '../errors.js';
import { commandFingerprint, commandKey, recordResult, replayOf, timerKey } from './idempotency.js';
import { text } from '../localized-text.js';
import { createMemoryStore } from '../store/memory-store.js';
import { parseEffectRow, parseEventRow, parseTaskRow, parseTimerRow, readInstanceRow } from '../store/rows.js';
import { applyCommand, applyStart, applyTimer } from './apply-command.js';
import type { AppliedCommand, CommandEnvironment } from './step.js';
import { toView } from './view.js';
import { instanceVisibleTo } from './instance-visibility.js';
import { chinaMainlandCalendar } from '../calendar/china-mainland.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import { colourOf, timingAt } from './deadlines.js';
import { verifyHistory } from './verify-history.js';
import { auditKeyring, auditOptionsSchema, type AuditKeyring, type AuditOptions } from './audit-keys.js';
import { systemClock, type Clock } from './clock.js';
import { intervalMsSchema, startIntervalLoop } from './interval-loop.js';
import {
  actorSchema,
  checkedJson,
  parseBatch,
  parseBatchItem,
  parseCommand,
  parseId,
  parseOptions,
  parseSendManyOptions,
  parseStartCommand,
  parseTaskQuery,
  withIssueCap,
} from './command-schema.js';
import { commandLimits, commandLimitsSchema, type CommandLimits } from './command-limits.js';
import { tenantIdSchema } from '../tenant-id.js';
import { errorJson, runPerKey } from './batch.js';
import type { CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { CommandWrite, InstanceRef, OutboxEffect, Store, StoredInstance, StoredTask, StoredTimer } from '../store/store.js';
import { isLinkedInstanceId, LinkTargetsUnresolved, MAX_LINK_DEPTH } from './links.js';
import { DefinitionRegistry, compileGiven } from './definition-registry.js';
import { runMigration, type MigrationOptions, type MigrationReport } from './migrate.js';
import type { MigrationPlan } from './migration-plan.js';
import { checkStoredStates, checkTimerState } from './stored-states.js';
import {
  DELIVERY_LEASE_MS,
  deliverEffect,
  retryPolicy,
  type CallHandler,
  type EffectDelivery,
  type EffectRetryPolicy,
  type NotifyHandler,
} from './effect-delivery.js';

import type {
  Actor,
  AuditEvent,
  BatchCommand,
  BatchResult,
  Command,
  HistoryVerification,
  InstancePage,
  InstanceQuery,
  InstanceView,
  SendManyOptions,
  StartCommand,
  Task,
  TaskQuery,
  VerifyHistoryOptions,
} from './types.js';
import { ownValue } from '../own-keys.js';
import { encodeCursor, parseInstanceQuery } from './instance-query.js';
import { parseInstanceRow } from '../store/rows.js';
import { isInstant } from '../store/row-schemas.js';

export type { CallHandler, EffectContext, EffectRetryPolicy, NotifyHandler } from './effect-delivery.js';
export type { AuditOptions } from './audit-keys.js';

/** Options of {@link createEngine}. */
export interface EngineOptions {
  /** Workflow definitions (parsed JSON). Every one is validated and compiled at creation. */
  definitions: readonly unknown[];
  /** Where instances live; an in-memory store when omitted. */
  store?: Store;
  /** Where time comes from; the system clock when omitted. */
  clock?: Clock;
  /**
   * The committee this engine works for; every row it reads or writes carries it. A tenant id is
   * 1–64 ASCII letters, digits, `.`, `_` or `-`, starting with a letter or a digit. `default` when omitted.
   */
  tenant?: string;
  /** How large a command may be, and how many issues one error lists (see {@link CommandLimits} for the defaults). */
  limits?: Partial<CommandLimits>;
  /** Delivers `notify` effects (required when a definition notifies). */
  notify?: NotifyHandler;
  /** Host handlers, one per `call` name the definitions use (checked at creation). */
  effects?: Record<string, CallHandler>;
  /** Instance id generator for `start` without an id. */
  generateId?: () => string;
  /** The committee calendar for working-day deadlines; mainland China's official one by default. */
  calendar?: WorkCalendar;
  /** How failed effect deliveries are retried (exponential back-off; given up after 16 attempts). */
  effectRetry?: EffectRetryPolicy;
  /**
   * HMAC keys for the audit chain, held by the host (and not in the store). Without them events
   * are sealed with plain SHA-256, which detects edits but not someone who recomputes every hash.
   */
  audit?: AuditOptions;
  /**
   * Told of every stored row that could not be read while working through many (a timer, an
   * outbox effect, a task, or the instance one of them belongs to): the row is left out and set
   * aside for {@link EngineOptions.quarantineMs}, and the others go on. Logs to the console when
   * omitted. A row read for one instance (`get`, `send`) throws its StoreDataError instead.
   */
  onStoreDataError?: (error: StoreDataError) => void;
  /** How long a timer or effect whose row could not be read is set aside (1 hour by default). */
  quarantineMs?: number;
}

/** What one {@link Engine.runDueTimers} call did. */
export interface TimerRun {
  /** Timers that fired (an audited event each). */
  fired: number;
  /** Timers with nothing left to do (their state was left or their deadline moved): removed. */
  dropped: number;
  /** Timers that lost a race with a command: retried by a later call once their lease runs out. */
  retried: number;
  /** Timers whose row, or whose instance's row, could not be read: reported and set aside. */
  quarantined: number;
}

/** What one {@link Engine.deliverEffects} call did. */
export interface EffectRun {
  delivered: number;
  /** Attempts that failed and will be retried after their back-off. */
  failed: number;
  /** Attempts that failed for the last time: the effect is kept with status `failed`. */
  gaveUp: number;
  /** Effects whose row could not be read: reported and set aside, not attempted. */
  quarantined: number;
}

/** The workflow engine: start instances, send them commands, read them back. */
export interface Engine {
  readonly tenant: string;
  /**
   * Starts an instance of the workflow `definitionId` (newest version unless given).
   * @throws PayloadError('command') for a malformed or oversized request (see {@link CommandLimits});
   * IdempotencyConflictError when its `idempotencyKey` was used for a different command.
   */
  start(definitionId: string, command: StartCommand): Promise<InstanceView>;
  /**
   * Takes an action on an instance: the life of a command.
   * @throws PayloadError('command') for a malformed or oversized command (see {@link CommandLimits}),
   * PayloadError('payload') for a payload its form refuses (at most `limits.issues` issues);
   * IdempotencyConflictError when its `idempotencyKey` was used for a different command;
   * TransitionNotAllowedError, ForbiddenError, ConcurrencyError, NotFoundError.
   */
  send(instanceId: string, command: Command): Promise<InstanceView>;
  /**
   * Sends many commands at once — the assignment meeting (交办会) hands out hundreds of proposals
   * together. Each command goes the way of {@link Engine.send} on its own, in its own commit: one
   * refused command neither stops nor touches another. Commands for one instance run in batch
   * order (each sees the one before); different instances run side by side, `concurrency` at a
   * time (8 by default). Resolves with one result per command, in batch order; never rejects for
   * a refused command.
   *
   * @throws PayloadError('command') when `batch` is not an array (a malformed item fails only its
   * own result, with pointers relative to the item); PayloadError('options') for bad options.
   */
  sendMany(batch: ReadonlyArray<BatchCommand>, options?: SendManyOptions): Promise<BatchResult[]>;
  /**
   * Reads an instance; with `actor`, lists the actions that actor may take now. In a workflow with
   * participant roles, an actor who holds none of them on this instance and may not act on its
   * current step gets NotFoundError, as for a missing instance.
   */
  get(instanceId: string, options?: { actor?: Actor }): Promise<InstanceView>;
  /** The to-do list (待办) of an actor: open tasks for its roles (and unit), oldest first. */
  tasks(query: TaskQuery): Promise<Task[]>;
  /**
   * This tenant's instances matching `query`, oldest first by creation (then id), a page at a
   * time: `total` counts matches up to `countLimit` (10,000 by default) and `totalCapped: true`
   * says that more match; `next` is the cursor of the next page. A row that cannot be read (or
   * whose definition the store lacks) is reported through `onStoreDataError` and left out of
   * `items`; `total` still counts it.
   * @throws PayloadError('command') for a malformed query (pointers into it: `/where/…` for a
   * bad pointer, `/after` for a cursor this engine did not write, `/countLimit` outside 1 to
   * 1,000,000).
   */
  instances(query?: InstanceQuery): Promise<InstancePage>;
  /** The audit events of an instance, oldest first. */
  history(instanceId: string): Promise<AuditEvent[]>;
  /**
   * Checks an instance's history: recomputes the hash chain (HMACs under the engine's audit keys
   * when it has them), compares the columns a store keeps beside each event with the event, and
   * checks that the instance row is the one the last event sealed.
   * @throws PayloadError('options') for a malformed `anchor`.
   */
  verifyHistory(instanceId: string, options?: VerifyHistoryOptions): Promise<HistoryVerification>;
  /**
   * Delivers this tenant's outbox effects that are due, through this engine's handlers: failed
   * earlier and now past their back-off, or left by a process that died before delivering them.
   * Another tenant's effects are never touched (serve many tenants with `createTenantRunner`).
   * Safe to run in several processes: each effect is claimed by one of them at a time. `limit`:
   * how many effects one call claims, an integer from 1 to 10,000 (100 by default).
   * @throws PayloadError('options') pointing at `/limit` for any other limit.
   */
  deliverEffects(limit?: number): Promise<EffectRun>;
  /**
   * Publishes a workflow definition for this tenant, kept in the store: every engine on the store
   * starts new instances on it (the newest version of an id), while running instances stay on the
   * version they started with. Publishing the same content again changes nothing.
   *
   * @throws DefinitionError for an invalid definition, an effect without a handler here, or an
   * `id@version` already published (or given at creation) with different content.
   */
  publish(definition: unknown): Promise<{ id: string; version: number; published: boolean }>;
  /**
   * Every workflow version this engine serves for its tenant, sorted by id then version: those
   * given at creation and those kept in the store — published through any engine on the store, in
   * this process or another, before or after this one started.
   */
  listDefinitions(): Promise<Array<{ id: string; version: number }>>;
  /**
   * Fires this tenant's deadline timers due by `now` (the engine's clock by default), each exactly
   * once even when several processes call this at the same time: warnings run `onWarn`, expiries
   * run `onExpire`; both are audited. Another tenant's timers are never touched. A timer whose
   * row (or instance row) cannot be read is reported and set aside; the others still fire. Safe
   * to call as often as you like.
   * @throws PayloadError('options') pointing at `/now` unless `now` is a valid Date.
   */
  runDueTimers(now?: Date): Promise<TimerRun>;
  /**
   * Calls {@link Engine.runDueTimers} every `intervalMs` (an integer from 1 to 2^31 − 1; 60,000 by
   * default) until `stop()` is called; `onError` gets what a run throws.
   * @throws PayloadError('options') for malformed options, before any timer is set.
   */
  startTimerLoop(options?: { intervalMs?: number; onError?: (error: unknown) => void }): { stop(): void };
  /**
   * Moves the running instances of `plan.id@plan.from` to version `plan.to`, oldest first, each in
   * its own commit audited as `migrated`; `dryRun` checks and reports the same and writes nothing.
   * An instance that cannot move (a state without counterpart, data that does not fit, a
   * configuration the new version cannot have, a command that changed it meanwhile) is reported
   * with its issues and left as it was. Running the same plan again moves only what is still on
   * `from`, so a run cut short is resumed.
   * @throws PayloadError('plan') for a malformed plan, an unknown version, or renames and data
   * entries that do not fit the two versions; PayloadError('options') for malformed options;
   * DefinitionError (`effect.unregistered`) when this engine has no handler for an effect of `to`.
   */
  migrate(plan: MigrationPlan, options?: MigrationOptions): Promise<MigrationReport>;
  /** The compiled definitions this engine knows, by `id@version`. */
  readonly definitions: ReadonlyMap<string, CompiledWorkflow>;
  /**
   * The same engine, on the same store and definitions, for another tenant.
   * @throws PayloadError('options') pointing at `/tenant` unless `tenant` is a well-formed tenant id.
   */
  withTenant(tenant: string): Engine;
}

const optionsSchema = z.object({
  definitions: z.array(z.unknown()).min(1),
  store: z.custom<Store>((value) => typeof (value as Store | undefined)?.commit === 'function').optional(),
  clock: z.custom<Clock>((value) => typeof (value as Clock | undefined)?.now === 'function').optional(),
  tenant: tenantIdSchema.optional(),
  limits: commandLimitsSchema.optional(),
  notify: z.custom<NotifyHandler>((value) => typeof value === 'function').optional(),
  // Not z.record: a handler named like an Object.prototype member ("constructor") must be accepted.
  effects: z
    .custom<Record<string, CallHandler>>(
      (value) =>
        value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((handler) => typeof handler === 'function'),
      { message: 'expected an object whose every value is a handler function' },
    )
    .optional(),
  generateId: z.custom<() => string>((value) => typeof value === 'function').optional(),
  effectRetry: z
    .strictObject({
      firstDelayMs: z.number().int().min(0).optional(),
      maxDelayMs: z.number().int().min(0).optional(),
      maxAttempts: z.number().int().min(1).optional(),
    })
    .optional(),
  calendar: z.custom<WorkCalendar>((value) => typeof (value as WorkCalendar | undefined)?.isWorkingDay === 'function').optional(),
  audit: auditOptionsSchema.optional(),
  onStoreDataError: z.custom<(error: StoreDataError) => void>((value) => typeof value === 'function').optional(),
  quarantineMs: z.number().int().min(1).optional(),
});

const verifyHistoryOptionsSchema = z
  .strictObject({
    anchor: z.strictObject({ seq: z.number().int().min(1), hash: z.string().min(1) }).optional(),
  })
  .optional();

/** How long a row that could not be read is set aside by default: an hour. */
const QUARANTINE_MS = 3_600_000;

const logBadRow = (error: StoreDataError): void => {
  console.error('luzhi: 存储中的数据损坏，已跳过 / skipped a corrupt stored row:', error.message);
};

/**
 * Creates an engine. Every definition is validated and compiled now, and every effect the
 * definitions use must have a handler: a mistake shows up at start-up, not at the first command.
 *
 * @throws DefinitionError for an invalid definition, a duplicate `id@version` with different
 * content, or an effect without a handler; PayloadError for malformed options.
 */
export function createEngine(options: EngineOptions): Engine {
  parseOptions(optionsSchema, options);
  const given = compileGiven(options.definitions);
  const handlers = options.effects ?? {};
  const served = new Set([...given.values()].map((compiled) => compiled.definition.id));
  checkEffectHandlers([...given.values()], handlers, options.notify, served);
  const store = options.store ?? createMemoryStore();
  const shared: Shared = {
    definitions: new DefinitionRegistry(given, store, (compiled) => checkEffectHandlers([compiled], handlers, options.notify, served)),
    store,
    clock: options.clock ?? systemClock,
    delivery: { store, handlers, notify: options.notify, retry: retryPolicy(options.effectRetry) },
    generateId: options.generateId ?? (() => globalThis.crypto.randomUUID()),
    environment: { calendar: options.calendar ?? chinaMainlandCalendar(), audit: auditKeyring(options.audit) },
    reportBadRow: options.onStoreDataError ?? logBadRow,
    quarantineMs: options.quarantineMs ?? QUARANTINE_MS,
    limits: commandLimits(options.limits),
  };
  return engineFor(shared, options.tenant ?? 'default');
}

interface Shared {
  definitions: DefinitionRegistry;
  store: Store;
  clock: Clock;
  delivery: EffectDelivery;
  generateId: () => string;
  environment: CommandEnvironment & { audit: AuditKeyring };
  reportBadRow: (error: StoreDataError) => void;
  quarantineMs: number;
  limits: CommandLimits;
}

/** The arguments of the host-facing calls, each validated before it is used. */
const argumentSchemas = {
  get: z.strictObject({ actor: actorSchema.optional() }),
  deliverEffects: z.strictObject({ limit: z.number().int().min(1).max(10_000) }),
  runDueTimers: z.strictObject({ now: z.date() }),
  startTimerLoop: z.strictObject({
    intervalMs: intervalMsSchema.optional(),
    onError: z.custom<(error: unknown) => void>((value) => typeof value === 'function').optional(),
  }),
  withTenant: z.strictObject({ tenant: tenantIdSchema }),
};

/**
 * @throws DefinitionError listing each effect the engine cannot run: a `call` without its handler,
 * `notify` without the notify handler (`effect.unregistered`), a `start` of a workflow not among
 * the definitions given at creation (`link.unknownWorkflow`).
 */
function checkEffectHandlers(
  definitions: readonly CompiledWorkflow[],
  handlers: Record<string, unknown>,
  notify: NotifyHandler | undefined,
  served: ReadonlySet<string>,
): void {
  const issues: Issue[] = [];
  for (const compiled of definitions) {
    for (const workflow of compiled.linkedWorkflows) {
      if (served.has(workflow)) continue;
      issues.push({
        pointer: `/workflows/${workflow}`,
        code: 'link.unknownWorkflow',
        message: text(
          `流程 ${compiled.key} 会启动流程“${workflow}”（start），但创建引擎时没有提供该流程的定义`,
          `Workflow ${compiled.key} starts the workflow "${workflow}", but the engine was created without a definition of it`,
        ),
      });
    }
    for (const name of compiled.calledEffects) {
      if (typeof ownValue(handlers, name) === 'function') continue;
      issues.push({
        pointer: `/effects/${name}`,
        code: 'effect.unregistered',
        message: text(
          `流程 ${compiled.key} 用到外部动作“${name}”，但创建引擎时没有在 effects 中提供它的处理函数`,
          `Workflow ${compiled.key} uses the effect "${name}", but no handler for it was given in the engine's "effects"`,
        ),
      });
    }
    if (compiled.usesNotify && !notify) {
      issues.push({
        pointer: '',
        code: 'effect.unregistered',
        message: text(
          `流程 ${compiled.key} 会发送通知（notify），但创建引擎时没有提供 notify 处理函数`,
          `Workflow ${compiled.key} sends notifications, but the engine was created without a "notify" handler`,
        ),
      });
    }
  }
  if (issues.length > 0) throw new DefinitionError(issues);
}

function engineFor(shared: Shared, tenant: string): Engine {
  const { store, definitions, clock, limits } = shared;
  const ref = (id: string): InstanceRef => ({ tenant, id });
  const definitionFor = (id: string, version: number): Promise<CompiledWorkflow> => definitions.resolve(tenant, id, version);

  const load = async (id: string) => {
    const read = await store.read(ref(id));
    if (read.instance === undefined) throw new NotFoundError('instance', id);
    return { instance: readInstanceRow(read.instance, ref(id)) };
  };
  /** An instance row with its definition, its states checked against the definition. */
  const loadWithDefinition = async (id: string) => {
    const { instance } = await load(id);
    const compiled = await definitionFor(instance.definitionId, instance.definitionVersion);
    checkStoredStates(compiled, instance);
    return { instance, compiled };
  };

  // A command with an idempotency key: the earlier result of the same command, or a conflict.
  const loadForCommand = async (id: string, idempotency: { key: string; fingerprint: string } | undefined) => {
    const read = await store.read(ref(id), idempotency && commandKey(idempotency.key));
    const replay = idempotency && replayOf(read.replay, idempotency.key, idempotency.fingerprint);
    if (replay !== undefined) return { replay };
    if (read.instance === undefined) throw new NotFoundError('instance', id);
    return { instance: readInstanceRow(read.instance, ref(id)) };
  };

  /**
   * The definition of a listed instance. A definition the store does not hold makes the row
   * unreadable here, like a corrupt one.
   * @throws StoreDataError pointing at `/definitionVersion`.
   */
  const listedDefinition = async (instance: StoredInstance): Promise<CompiledWorkflow> => {
    const cached = definitions.cached(tenant, instance.definitionId, instance.definitionVersion);
    if (cached !== undefined) return cached;
    try {
      return await definitionFor(instance.definitionId, instance.definitionVersion);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      const key = `${instance.definitionId}@${instance.definitionVersion}`;
      throw new StoreDataError(
        [{ pointer: '/definitionVersion', code: 'row.definitionUnknown', message: text(`找不到流程定义 ${key}`, `No definition ${key} is known`) }],
        `instance ${tenant}/${instance.id}`,
        { kind: 'instance', tenant, id: instance.id },
      );
    }
  };

  // Steps 6 and 7 of the life of a command: one commit (with the command's fingerprint beside its
  // idempotency key), then the effects (those of the instances it started too).
  const commitAndDeliver = async (applied: AppliedCommand, idempotencyKey: string | undefined, fingerprint: string): Promise<InstanceView> => {
    recordResult(applied.write, idempotencyKey === undefined ? undefined : commandKey(idempotencyKey), fingerprint, applied.view);
    await store.commit(applied.write);
    await deliverAll(shared, effectsOf(applied.write));
    return applied.view;
  };

  // Steps 1–7 for a command whose envelope is checked: the one path of send and sendMany.
  const sendChecked = async (instanceId: string, command: Command): Promise<InstanceView> => {
    const key = command.idempotencyKey;
    // Only a command with a key needs its fingerprint (a hash of the whole command).
    const fingerprint = key === undefined ? '' : commandFingerprint({ kind: 'send', instanceId, command });
    const { instance, replay } = await loadForCommand(instanceId, key === undefined ? undefined : { key, fingerprint });
    if (instance === undefined) return replay;
    if (command.expectedVersion !== undefined && command.expectedVersion !== instance.version) {
      throw new ConcurrencyError(instanceId, command.expectedVersion, instance.version);
    }
    const compiled = await definitions.forWrite(tenant, instance.definitionId, instance.definitionVersion);
    checkStoredStates(compiled, instance);
    const at = clock.now();
    return commitAndDeliver(await withLinkTargets(shared, tenant, compiled, (environment) => applyCommand(compiled, instance, command, at, environment)), key, fingerprint);
  };

  const engine: Engine = {
    tenant,
    definitions: definitions.given,

    start: (definitionIdInput, input) => withIssueCap(limits.issues, async () => {
      const definitionId = parseId(definitionIdInput, 'definitionId');
      const command = parseStartCommand(checkedJson(input, limits));
      const compiled =
        command.version === undefined
          ? await definitions.newest(tenant, definitionId)
          : await definitionFor(definitionId, command.version);
      if (!compiled) throw new NotFoundError('definition', definitionId);
      if (command.id !== undefined && isLinkedInstanceId(command.id)) throw linkedIdRefused(command.id);
      const id =
        command.id ??
        (command.idempotencyKey === undefined
          ? shared.generateId()
          : `k-${sha256Hex(canonicalJson([definitionId, command.idempotencyKey])).slice(0, 32)}`);
      const key = command.idempotencyKey;
      const fingerprint = key === undefined ? '' : commandFingerprint({ kind: 'start', definitionId, command });
      const read = await store.read(ref(id), key === undefined ? undefined : commandKey(key));
      const replay = key === undefined ? undefined : replayOf(read.replay, key, fingerprint);
      if (replay !== undefined) return replay;
      if (read.instance !== undefined) {
        const version = readInstanceRow(read.instance, ref(id)).version;
        throw new ConcurrencyError(id, 0, version);
      }
      const args = { tenant, id, actor: command.actor, data: command.data ?? {}, at: clock.now(), idempotencyKey: command.idempotencyKey };
      const applied = await withLinkTargets(shared, tenant, compiled, (environment) => applyStart(compiled, args, environment));
      // No later than the first instance of it: engines given only newer versions still find it.
      await definitions.keep(tenant, compiled);
      return commitAndDeliver(applied, key, fingerprint);
    }),

    send: (instanceId, input) =>
      withIssueCap(limits.issues, async () => sendChecked(parseId(instanceId, 'instanceId'), parseCommand(checkedJson(input, limits)))),

    async sendMany(input, options) {
      const items = parseBatch(input);
      const concurrency = parseSendManyOptions(options).concurrency ?? 8;
      const results = new Array<BatchResult>(items.length);
      const parsed = items.map((item, index) => {
        try {
          return parseBatchItem(checkedJson(item, limits));
        } catch (error) {
          const instanceId = (item as { instanceId?: unknown } | null)?.instanceId;
          results[index] = { instanceId: typeof instanceId === 'string' ? instanceId : '', ok: false, error: errorJson(error) };
          return undefined;
        }
      });
      const runnable = parsed.flatMap((item, index) => (item === undefined ? [] : [index]));
      await runPerKey(runnable, (index) => parsed[index]!.instanceId, concurrency, async (index) => {
        const { instanceId, command } = parsed[index]!;
        try {
          results[index] = { instanceId, ok: true, view: await withIssueCap(limits.issues, () => sendChecked(instanceId, command)) };
        } catch (error) {
          results[index] = { instanceId, ok: false, error: errorJson(error) };
        }
      });
      return results;
    },

    async get(instanceId, options) {
      const id = parseId(instanceId, 'instanceId');
      const actor = parseOptions(argumentSchemas.get, checkedJson(options ?? {}, limits)).actor;
      const { instance, compiled } = await loadWithDefinition(id);
      // Told apart from a missing instance by nothing: the refusal leaks neither it nor its people.
      if (actor !== undefined && !instanceVisibleTo(compiled, instance, actor)) throw new NotFoundError('instance', id);
      return toView(compiled, instance, actor, clock.now());
    },

    async tasks(input) {
      const query = parseTaskQuery(checkedJson(input, limits));
      const now = clock.now().toISOString();
      const rows = await store.tasks(tenant, {
        roles: query.actor.roles,
        unit: query.actor.unit,
        actorId: query.actor.id,
        definitionId: query.definition,
        state: query.state,
        dueBy: query.overdue === true ? now : undefined,
        warnedBy: query.dueSoon === true ? now : undefined,
        sort: query.sort,
        // "Not overdue" and "not due soon" are filtered here, so the store's limit would cut too early.
        limit: query.overdue === false || query.dueSoon === false ? undefined : query.limit,
      });
      const tasks: Task[] = [];
      for (const [index, row] of rows.entries()) {
        // A task row that cannot be read (or whose instance cannot) is reported and left out:
        // one bad row does not take the whole to-do list down.
        let task: StoredTask;
        let instance: StoredInstance | undefined;
        let compiled: CompiledWorkflow | undefined;
        try {
          task = ownRow(parseTaskRow(row, `task #${index} of tenant ${tenant}`, { kind: 'task', tenant }), tenant, 'task');
          compiled =
            definitions.cached(tenant, task.definitionId, task.definitionVersion) ??
            (await definitionFor(task.definitionId, task.definitionVersion).catch((error: unknown) => {
              // A task of a definition this engine does not serve still shows, without its titles.
              if (error instanceof NotFoundError) return undefined;
              throw error;
            }));
          // Colour rules that read the instance need its row; the default rules need only the task.
          instance =
            compiled && compiled.colourRules.length > 0
              ? readInstanceRow((await store.read(ref(task.instanceId))).instance, ref(task.instanceId))
              : undefined;
        } catch (error) {
          if (!(error instanceof StoreDataError)) throw error;
          shared.reportBadRow(error);
          continue;
        }
        const timing = timingAt(task.due, task.warnAt, now);
        if (query.overdue === false && timing.overdue) continue;
        if (query.dueSoon === false && timing.dueSoon) continue;
        const colour = colourOf(compiled?.colourRules, timing, {
          data: instance?.data,
          instance: instance && { id: instance.id, tenant, definition: instance.definitionId, version: instance.definitionVersion },
          now,
          state: task.state,
        });
        tasks.push({
          tenant: task.tenant,
          instanceId: task.instanceId,
          definition: { id: task.definitionId, version: task.definitionVersion },
          state: task.state,
          stateTitle: compiled?.index.states.get(task.state)?.node.title,
          roles: task.roles,
          ...(task.unit === undefined ? {} : { unit: task.unit }),
          ...(task.assignee === undefined ? {} : { assignee: task.assignee }),
          actions: task.actions,
          createdAt: task.createdAt,
          ...(task.due === undefined ? {} : { due: task.due }),
          ...(task.warnAt === undefined ? {} : { warnAt: task.warnAt }),
          ...(task.provisional ? { provisional: true } : {}),
          overdue: timing.overdue,
          dueSoon: timing.dueSoon,
          colour,
        });
        if (query.limit !== undefined && tasks.length >= query.limit) break;
      }
      return tasks;
    },

    async instances(input) {
      const { query, limit } = parseInstanceQuery(checkedJson(input ?? {}, limits));
      const now = clock.now();
      const { rows, total, capped } = await store.queryInstances(tenant, query);
      const items: InstanceView[] = [];
      let last: { createdAt: string; id: string } | undefined;
      for (const [index, row] of rows.slice(0, limit).entries()) {
        last = positionOf(row) ?? last;
        try {
          const instance = parseInstanceRow(row, `instance #${index} of tenant ${tenant}`, { kind: 'instance', tenant, id: rowId(row) });
          ownRow(instance, tenant, 'instance');
          const compiled = await listedDefinition(instance);
          checkStoredStates(compiled, instance);
          items.push(toView(compiled, instance, undefined, now));
        } catch (error) {
          // One unreadable row does not take the whole list down.
          if (!(error instanceof StoreDataError)) throw error;
          shared.reportBadRow(error);
        }
      }
      const next = rows.length > limit && last !== undefined ? encodeCursor(last.createdAt, last.id) : undefined;
      return { items, total, ...(capped === true ? { totalCapped: true as const } : {}), ...(next === undefined ? {} : { next }) };
    },

    async history(instanceIdInput) {
      const instanceId = parseId(instanceIdInput, 'instanceId');
      await load(instanceId);
      const rows = await store.events(ref(instanceId));
      return rows.map((row, index) => parseEventRow(row, `event #${index + 1} of ${tenant}/${instanceId}`));
    },

    async verifyHistory(instanceIdInput, options) {
      const instanceId = parseId(instanceIdInput, 'instanceId');
      const anchor = parseOptions(verifyHistoryOptionsSchema, options)?.anchor;
      return verifyHistory(store, ref(instanceId), shared.environment.audit, anchor);
    },

    async deliverEffects(limitInput) {
      const { limit } = parseOptions(argumentSchemas.deliverEffects, { limit: limitInput ?? 100 });
      const run: EffectRun = { delivered: 0, failed: 0, gaveUp: 0, quarantined: 0 };
      const now = clock.now();
      const rows = await store.claimEffects(tenant, now.toISOString(), limit, DELIVERY_LEASE_MS);
      for (const [index, row] of rows.entries()) {
        let effect: OutboxEffect;
        try {
          effect = ownRow(parseEffectRow(row, `outbox row #${index} of tenant ${tenant}`, { kind: 'effect', tenant, id: rowId(row) }), tenant, 'effect');
        } catch (error) {
          if (!(error instanceof StoreDataError)) throw error;
          await quarantine(shared, error, (id, until) => store.deferEffect(tenant, id, until), now);
          run.quarantined++;
          continue;
        }
        run[await deliverEffect(shared.delivery, effect, () => clock.now())]++;
      }
      return run;
    },

    listDefinitions() {
      return definitions.list(tenant);
    },
    publish(definition) {
      return definitions.publish(tenant, definition);
    },

    migrate: (plan, options) =>
      withIssueCap(limits.issues, () =>
        runMigration({ tenant, store, clock, definitions, environment: shared.environment, limits }, plan, options),
      ),

    async runDueTimers(nowInput) {
      const { now } = parseOptions(argumentSchemas.runDueTimers, { now: nowInput ?? clock.now() });
      const run: TimerRun = { fired: 0, dropped: 0, retried: 0, quarantined: 0 };
      const rows = await store.claimDueTimers(tenant, now.toISOString(), TIMER_BATCH, TIMER_LEASE_MS);
      for (const [index, row] of rows.entries()) {
        try {
          const timer = ownRow(parseTimerRow(row, `timer #${index} of tenant ${tenant}`, { kind: 'timer', tenant, id: rowId(row) }), tenant, 'timer');
          run[await fireTimer(shared, timer, now)]++;
        } catch (error) {
          // One unreadable row (the timer's or its instance's) never stops the other timers.
          if (!(error instanceof StoreDataError)) throw error;
          await quarantine(shared, error, (id, until) => store.deferTimer(tenant, id, until), now, rowId(row));
          run.quarantined++;
        }
      }
      return run;
    },

    startTimerLoop(optionsInput) {
      const options = parseOptions(argumentSchemas.startTimerLoop, optionsInput ?? {});
      return startIntervalLoop(async () => {
        await engine.runDueTimers();
      }, options);
    },

    withTenant(other) {
      return engineFor(shared, parseOptions(argumentSchemas.withTenant, { tenant: other }).tenant);
    },
  };
  return engine;
}

/** How many due timers one call claims, and for how long a claim keeps others off. */
const TIMER_BATCH = 500;
const TIMER_LEASE_MS = 60_000;

/**
 * Fires one claimed timer: reads its instance, applies it, commits with the timer's id as the
 * idempotency key (so a timer that fired but whose lease ran out cannot fire twice), then runs the
 * effects. A timer with nothing left to do is dropped; one that lost a race with a command stays
 * leased and is retried after its lease.
 */
async function fireTimer(shared: Shared, timer: StoredTimer, now: Date): Promise<'fired' | 'dropped' | 'retried'> {
  const ref = { tenant: timer.tenant, id: timer.instanceId };
  const key = timerKey(timer);
  const read = await shared.store.read(ref, key);
  if (read.replay !== undefined || read.instance === undefined) {
    await shared.store.dropTimer(timer.tenant, timer.id);
    return 'dropped';
  }
  const instance = readInstanceRow(read.instance, ref);
  let compiled: CompiledWorkflow;
  try {
    compiled = await shared.definitions.forWrite(timer.tenant, instance.definitionId, instance.definitionVersion);
  } catch (error) {
    // Another engine process may serve that definition: leave the timer for it (the lease runs out).
    if (error instanceof NotFoundError) return 'retried';
    throw error;
  }
  checkStoredStates(compiled, instance);
  checkTimerState(compiled, timer);
  const applied = await withLinkTargets(shared, timer.tenant, compiled, (environment) => applyTimer(compiled, instance, timer, now, environment));
  if (!applied) {
    await shared.store.dropTimer(timer.tenant, timer.id);
    return 'dropped';
  }
  recordResult(applied.write, key, key, applied.view);
  try {
    await shared.store.commit(applied.write);
  } catch (error) {
    if (error instanceof ConcurrencyError) return 'retried';
    throw error;
  }
  await deliverAll(shared, effectsOf(applied.write));
  return 'fired';
}

/** The refusal of a `start` whose id has the form only instances started by `start` effects have. */
function linkedIdRefused(id: string): PayloadError {
  return new PayloadError(
    [
      {
        pointer: '/id',
        code: 'command.idReserved',
        message: text(
          `实例 id“${id}”以 ~序号.位置 结尾，这种 id 留给流程联动（start）启动的实例；请换一个 id`,
          `The instance id "${id}" ends in ~<seq>.<index>, which is kept for instances started by links between workflows ("start"); choose another id`,
        ),
      },
    ],
    'command',
  );
}

/** Where a row stands in the order of instance queries, when its fields say so. */
function positionOf(row: unknown): { createdAt: string; id: string } | undefined {
  const { createdAt, id } = (row !== null && typeof row === 'object' ? row : {}) as { createdAt?: unknown; id?: unknown };
  return isInstant(createdAt) && typeof id === 'string' && id.length > 0 ? { createdAt, id } : undefined;
}

/** The id a row claims to have, when it has one: what a row that could not be read is set aside by. */
function rowId(row: unknown): string | undefined {
  const id = row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * A row claimed for `tenant` that names another tenant is as unreadable as a malformed one: it is
 * never acted on under the wrong tenant's handlers.
 * @throws StoreDataError pointing at `/tenant`.
 */
function ownRow<T extends { tenant: string; id?: string }>(row: T, tenant: string, kind: 'timer' | 'effect' | 'task' | 'instance'): T {
  if (row.tenant === tenant) return row;
  throw new StoreDataError(
    [
      {
        pointer: '/tenant',
        code: 'row.otherTenant',
        message: text(`行属于租户 ${row.tenant}，而不是 ${tenant}`, `The row belongs to tenant ${row.tenant}, not ${tenant}`),
      },
    ],
    `${kind} of tenant ${tenant}`,
    { kind, tenant, id: row.id },
  );
}

/**
 * Reports a row that could not be read and sets it aside for the quarantine time, so that it is
 * neither retried in a tight loop nor in the way of the rows after it.
 */
async function quarantine(
  shared: Shared,
  error: StoreDataError,
  defer: (id: string, until: string) => Promise<void>,
  now: Date,
  id = error.row?.id,
): Promise<void> {
  shared.reportBadRow(error);
  if (id !== undefined) await defer(id, new Date(now.getTime() + shared.quarantineMs).toISOString());
}

/**
 * Applies a command (a pure function of the environment) without looking up the workflows its
 * `start` effects may start; only when it takes one is the lookup made and the command applied
 * again, so commands that start nothing read no definitions.
 */
async function withLinkTargets<T>(shared: Shared, tenant: string, compiled: CompiledWorkflow, apply: (environment: CommandEnvironment) => T): Promise<T> {
  try {
    return apply(shared.environment);
  } catch (error) {
    if (!(error instanceof LinkTargetsUnresolved)) throw error;
  }
  return apply(await linkEnvironment(shared, tenant, compiled));
}

/**
 * The command environment for `compiled`: the shared one, with the workflows its `start` effects
 * (and theirs, down to {@link MAX_LINK_DEPTH}) may start, each the newest version served for
 * `tenant` and kept in the store before the command commits. A workflow not served is left out:
 * taking its `start` refuses the command.
 */
async function linkEnvironment(shared: Shared, tenant: string, compiled: CompiledWorkflow): Promise<CommandEnvironment> {
  const workflows = new Map<string, CompiledWorkflow>();
  let level: readonly CompiledWorkflow[] = [compiled];
  for (let depth = 0; depth < MAX_LINK_DEPTH && level.length > 0; depth++) {
    const next: CompiledWorkflow[] = [];
    for (const source of level) {
      for (const id of source.linkedWorkflows) {
        if (workflows.has(id)) continue;
        const target = await shared.definitions.newest(tenant, id);
        if (target === undefined) continue;
        await shared.definitions.keep(tenant, target);
        workflows.set(id, target);
        next.push(target);
      }
    }
    level = next;
  }
  return { ...shared.environment, workflows };
}

/** The outbox effects a commit writes: the command's own, then those of each instance it started. */
function effectsOf(write: CommandWrite): OutboxEffect[] {
  return [...write.effects, ...(write.started ?? []).flatMap((started) => started.effects)];
}

/** Delivers the effects of a command that just committed, in order; failures wait in the outbox. */
async function deliverAll(shared: Shared, effects: readonly OutboxEffect[]): Promise<void> {
  for (const effect of effects) await deliverEffect(shared.delivery, effect, () => shared.clock.now());
}
