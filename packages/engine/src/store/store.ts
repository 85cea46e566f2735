import type { StateValue } from '../compile/state-value.js';
import type { EffectRequest } from '../compile/compiled-workflow.js';
import type { AuditEvent } from '../runtime/types.js';

/** Addresses one instance: the tenant (committee) leads every key. */
export interface InstanceRef {
  tenant: string;
  id: string;
}

/** An instance row: the state, the data and the row version used for optimistic concurrency. */
export interface StoredInstance {
  tenant: string;
  id: string;
  definitionId: string;
  definitionVersion: number;
  state: StateValue;
  data: Record<string, unknown>;
  status: 'active' | 'done';
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Hash of the newest audit event: the next event chains to it. */
  lastHash: string;
  /** When each active state was entered (open tasks date from it; deadlines count from it). */
  entered: Record<string, string>;
}

/** An open-task row (待办), replaced as a set for its instance by every command. */
export interface StoredTask {
  tenant: string;
  instanceId: string;
  definitionId: string;
  definitionVersion: number;
  state: string;
  roles: string[];
  unit?: string | undefined;
  actions: string[];
  createdAt: string;
}

/** An effect waiting in the outbox, delivered after its command committed. */
export interface OutboxEffect {
  /** Stable id, also the handler's idempotency key: `tenant/instance/seq/index`. */
  id: string;
  tenant: string;
  instanceId: string;
  seq: number;
  request: EffectRequest;
  status: 'pending' | 'done';
  attempts: number;
  lastError?: string | undefined;
}

/** Everything one command writes, applied by {@link Store.commit} in one transaction. */
export interface CommandWrite {
  /** The instance row after the command; its `version` is `expectedVersion + 1`. */
  instance: StoredInstance;
  /** The version the command was computed from (0 creates the instance). */
  expectedVersion: number;
  event: AuditEvent;
  /** The instance's complete set of open tasks after the command. */
  tasks: StoredTask[];
  effects: OutboxEffect[];
  /** Remembered so that a retry of the same command returns `result` unchanged. */
  idempotency?: { key: string; result: unknown } | undefined;
}

/** What a store returns for a task query. */
export interface StoredTaskQuery {
  /** Tasks for any of these roles. */
  roles: readonly string[];
  /** The actor's unit: unit-bound tasks of other units are left out. */
  unit?: string | undefined;
  definitionId?: string | undefined;
  state?: string | undefined;
  limit?: number | undefined;
}

/** Result of {@link Store.read}. */
export interface ReadResult {
  instance: unknown;
  /** The recorded result of an earlier command with the same idempotency key. */
  replay: unknown;
}

/**
 * Where instances live. Each command costs one `read` and one `commit`; a durable store applies a
 * commit in one transaction (event, instance row with version check, tasks, outbox, idempotency
 * key) so that nothing is half-written. Rows come back as `unknown`: the engine validates them.
 */
export interface Store {
  /** Reads an instance row and, when `idempotencyKey` is given, the result recorded under it. */
  read(ref: InstanceRef, idempotencyKey?: string): Promise<ReadResult>;
  /**
   * Applies one command atomically.
   * @throws ConcurrencyError when the stored version is not `write.expectedVersion`.
   */
  commit(write: CommandWrite): Promise<void>;
  /** The audit events of an instance, in order (rows, validated by the engine). */
  events(ref: InstanceRef): Promise<unknown[]>;
  /** Open tasks of a tenant matching the query, oldest first. */
  tasks(tenant: string, query: StoredTaskQuery): Promise<unknown[]>;
  /** Outbox effects not yet delivered, oldest first. */
  pendingEffects(limit: number): Promise<unknown[]>;
  /** Records a delivery attempt's outcome. */
  settleEffect(id: string, outcome: { delivered: boolean; error?: string | undefined }): Promise<void>;
  /** Releases resources (connections, files). */
  close(): Promise<void>;
}
