import type { z } from 'zod';
import type { AuditEvent } from '../runtime/types.js';
import type {
  effectOutcomeSchema,
  outboxEffectSchema,
  stateDeadlineSchema,
  storedDefinitionSchema,
  storedDefinitionVersionSchema,
  storedInstanceSchema,
  storedTaskSchema,
  storedTimerSchema,
  taskAssigneeSchema,
} from './row-schemas.js';

/** Addresses one instance: the tenant (committee) leads every key. */
export interface InstanceRef {
  tenant: string;
  id: string;
}

/** An instance row: the state, the data and the row version used for optimistic concurrency. */
export type StoredInstance = z.infer<typeof storedInstanceSchema>;

/** Who a task was claimed by or delegated to. */
export type TaskAssignee = z.infer<typeof taskAssigneeSchema>;

/** A running deadline (办理时限) of an active state. */
export type StateDeadline = z.infer<typeof stateDeadlineSchema>;

/** A pending timer: a deadline's warning or expiry, due at `dueAt`. Derived from the instance row. */
export type StoredTimer = z.infer<typeof storedTimerSchema>;

/** An open-task row (待办), replaced as a set for its instance by every command. */
export type StoredTask = z.infer<typeof storedTaskSchema>;

/** An effect waiting in the outbox, delivered after its command committed. */
export type OutboxEffect = z.infer<typeof outboxEffectSchema>;

/** The outcome of one delivery attempt, recorded by {@link Store.settleEffect}. */
export type EffectOutcome = z.infer<typeof effectOutcomeSchema>;

/** A published workflow definition, kept per tenant and version. */
export type StoredDefinition = z.infer<typeof storedDefinitionSchema>;

/** A definition kept for a tenant, named without its content (see {@link Store.listDefinitions}). */
export type StoredDefinitionVersion = z.infer<typeof storedDefinitionVersionSchema>;

/** Everything one command writes, applied by {@link Store.commit} in one transaction. */
export interface CommandWrite {
  /** The instance row after the command; its `version` is `expectedVersion + 1`. */
  instance: StoredInstance;
  /** The version the command was computed from (0 creates the instance). */
  expectedVersion: number;
  event: AuditEvent;
  /** The instance's complete set of open tasks after the command. */
  tasks: StoredTask[];
  /** The instance's complete set of pending timers after the command. */
  timers: StoredTimer[];
  effects: OutboxEffect[];
  /**
   * The instances the command's `start` effects start, each a write of its own (at version 1,
   * `expectedVersion` 0, without `started` or `idempotency`), committed in the same transaction:
   * when one cannot be written (its id is taken), nothing of the command is.
   */
  started?: CommandWrite[] | undefined;
  /**
   * Remembered so that a retry of the same command returns the same result. `key` is unique within
   * the tenant: a second commit with it is refused with a ConcurrencyError.
   */
  idempotency?: { key: string; result: unknown } | undefined;
}

/** What a store returns for a task query. */
export interface StoredTaskQuery {
  /** Tasks any of these roles may act on: through `roles`, or through `unitRoles` for `unit`'s tasks. */
  roles: readonly string[];
  /** The actor's unit: `unitRoles` count only on this unit's tasks. */
  unit?: string | undefined;
  /** The actor's user id: a claimed or delegated task is visible to its assignee only. */
  actorId?: string | undefined;
  definitionId?: string | undefined;
  state?: string | undefined;
  /** Only tasks due at or before this instant (overdue, when it is now). */
  dueBy?: string | undefined;
  /** Only tasks whose warning window has opened by this instant but that are not yet due. */
  warnedBy?: string | undefined;
  /** Oldest first (default), or soonest due first (tasks without a deadline last). */
  sort?: 'created' | 'due' | undefined;
  limit?: number | undefined;
}

/**
 * What {@link Store.queryInstances} matches: every filter given must hold. Rows come oldest first
 * by (`createdAt`, `id`): instants by time, ids by Unicode code point.
 */
export interface StoredInstanceQuery {
  definitionId?: string | undefined;
  /** Only with `definitionId` in practice: the version instances run on. */
  definitionVersion?: number | undefined;
  /**
   * Any of these active state names: a name in the state value (a compound or parallel state
   * while the instance is inside it), or the state of an open forEach branch.
   */
  states?: readonly string[] | undefined;
  status?: 'active' | 'done' | undefined;
  /** A user id among the holders of the instance's participant roles (`participants`). */
  participant?: string | undefined;
  /** A unit among the instance's bound units (`units`) or the units of its open forEach branches. */
  unit?: string | undefined;
  /** Data equality: the value at each JSON pointer (RFC 6901) equals the given JSON value. */
  where?: ReadonlyArray<{ pointer: string; value: unknown }> | undefined;
  /** Created at or after this instant (ISO 8601 as the engine writes it). */
  createdFrom?: string | undefined;
  /** Created before this instant. */
  createdTo?: string | undefined;
  /** At most this many rows. */
  limit: number;
  /**
   * Count at most this many matches (1 to 1,000,000): `total` stops there, and
   * `capped` says that more match. Bounds the work of the count, whatever the table's size.
   */
  countLimit: number;
  /** Keyset cursor: only rows after this (`createdAt`, `id`) in the order. */
  after?: { createdAt: string; id: string } | undefined;
}

/** Result of {@link Store.queryInstances}: one page of rows, and how many rows match, up to the query's `countLimit`. */
export interface StoredInstancePage {
  /** Instance rows (validated by the engine), oldest first. */
  rows: unknown[];
  /**
   * How many of the tenant's instances match the filters, whatever `after` and `limit`, counted
   * up to `countLimit`: never more than it.
   */
  total: number;
  /** True when more than `countLimit` instances match (`total` is then `countLimit`, a lower bound). */
  capped: boolean;
}

/** Result of {@link Store.read}. */
export interface ReadResult {
  instance: unknown;
  /**
   * What was recorded under the idempotency key, for whichever instance of the tenant recorded it:
   * idempotency keys belong to the tenant, so the engine can tell a key reused for another instance.
   */
  replay: unknown;
}

/**
 * Where instances live. Each command costs one `read` and one `commit`; a durable store applies a
 * commit in one transaction (event, instance row with version check, tasks, outbox, idempotency
 * key) so that nothing is half-written. Rows come back as `unknown`: the engine validates them.
 */
export interface Store {
  /**
   * Reads an instance row and, when `idempotencyKey` is given, the result the tenant recorded
   * under that key (on any of its instances).
   */
  read(ref: InstanceRef, idempotencyKey?: string): Promise<ReadResult>;
  /**
   * Applies one command atomically.
   * @throws ConcurrencyError when the stored version is not `write.expectedVersion`.
   */
  commit(write: CommandWrite): Promise<void>;
  /** The audit events of an instance, in order (rows, validated by the engine). */
  events(ref: InstanceRef): Promise<unknown[]>;
  /**
   * For a store that keeps some fields of each event in columns of their own beside its JSON: those
   * columns (`seq`, `at` as ISO 8601 with milliseconds in UTC, `type`, `hash`), one row per event
   * in the order of {@link Store.events}. `verifyHistory` checks they say what the JSON says. A
   * store that keeps only the JSON leaves this out.
   */
  eventColumns?(ref: InstanceRef): Promise<unknown[]>;
  /**
   * Instances of `tenant` matching `query`, oldest first by (createdAt, id), after the keyset
   * cursor; and how many match, counted up to `query.countLimit` (`capped` when more do).
   */
  queryInstances(tenant: string, query: StoredInstanceQuery): Promise<StoredInstancePage>;
  /** Open tasks of a tenant matching the query, oldest first. */
  tasks(tenant: string, query: StoredTaskQuery): Promise<unknown[]>;
  /**
   * Claims up to `limit` of `tenant`'s timers due at or before `now` that no one holds, for
   * `leaseMs`: until the lease runs out, no other caller (in this process or another) gets them.
   * Another tenant's timers are never returned.
   */
  claimDueTimers(tenant: string, now: string, limit: number, leaseMs: number): Promise<unknown[]>;
  /** Removes a timer of `tenant` that turned out to have nothing to do (its state was left meanwhile). */
  dropTimer(tenant: string, id: string): Promise<void>;
  /**
   * Keeps a timer of `tenant` from being claimed before `until` (a row that could not be read is
   * set aside this way, so that it is not retried in a tight loop).
   */
  deferTimer(tenant: string, id: string, until: string): Promise<void>;
  /**
   * Claims up to `limit` of `tenant`'s pending outbox effects that are available at `now`, oldest
   * first, for `leaseMs`: until then no other caller gets them (each is still delivered at least
   * once: a claimer that dies leaves its effects to the next claim after the lease). Another
   * tenant's effects are never returned.
   */
  claimEffects(tenant: string, now: string, limit: number, leaseMs: number): Promise<unknown[]>;
  /**
   * Outbox effects, oldest first, without claiming them: for inspection (e.g. of `failed` ones);
   * those of one tenant when `tenant` is given.
   */
  listEffects(query?: {
    tenant?: string | undefined;
    status?: OutboxEffect['status'] | undefined;
    limit?: number | undefined;
  }): Promise<unknown[]>;
  /** Records a delivery attempt's outcome for an effect of `tenant`: a delivered effect leaves the outbox. */
  settleEffect(tenant: string, id: string, outcome: EffectOutcome): Promise<void>;
  /** Keeps an effect of `tenant` from being claimed before `until`, without counting an attempt. */
  deferEffect(tenant: string, id: string, until: string): Promise<void>;
  /**
   * The tenants that have timers due or effects available at `now` (unclaimed), sorted: what a
   * runner serving many tenants has to do, and for whom.
   */
  dueTenants(now: string): Promise<string[]>;
  /**
   * Keeps a published definition. When `tenant`, `id` and `version` are taken already, nothing is
   * written and the stored row is returned, so the caller can compare content hashes.
   */
  saveDefinition(definition: StoredDefinition): Promise<unknown>;
  /** A published definition of the tenant: that version, or the newest one when `version` is omitted. */
  loadDefinition(tenant: string, id: string, version?: number): Promise<unknown>;
  /**
   * Every definition kept for the tenant (published, or given to an engine and kept when it first
   * wrote an instance), as `{ id, version, publishedAt }` without the content, sorted by id then
   * version: what every process on the store can list, whichever one published it.
   */
  listDefinitions(tenant: string): Promise<unknown>;
  /** Releases resources (connections, files). */
  close(): Promise<void>;
}
