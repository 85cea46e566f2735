import { ConcurrencyError } from '../errors.js';
import { deepFreeze } from '../runtime/json-value.js';
import { TaskIndex } from './task-index.js';
import type { AuditEvent } from '../runtime/types.js';
import type {
  CommandWrite,
  InstanceRef,
  OutboxEffect,
  ReadResult,
  Store,
  StoredInstance,
  StoredTask,
  StoredDefinition,
  StoredTimer,
} from './store.js';

/** Everything a memory store holds, as JSON: save it (e.g. to localStorage) and load it later. */
export interface MemoryStoreDump {
  format: 'luzhi-memory-store@3';
  instances: Record<string, StoredInstance>;
  events: Record<string, AuditEvent[]>;
  idempotency: Record<string, unknown>;
  tasks: Record<string, StoredTask[]>;
  timers: Record<string, StoredTimer>;
  outbox: Record<string, OutboxEffect>;
  /** Published definitions, by `tenant\u0000id@version`. */
  definitions: Record<string, StoredDefinition>;
}

/** The in-memory {@link Store}: for tests, the browser and `luzhi simulate`. */
export interface MemoryStore extends Store {
  /** A deep copy of every row; `createMemoryStore(dump)` restores it. */
  dump(): MemoryStoreDump;
}

const keyOf = (ref: InstanceRef): string => `${ref.tenant}\u0000${ref.id}`;
/** Idempotency keys are the tenant's: one key names one command across all its instances. */
const idempotencyKeyOf = (tenant: string, key: string): string => `${tenant}\u0000${key}`;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/**
 * A frozen shallow copy of a row. The engine builds rows with spread syntax, and V8 gives such an
 * object a hidden class (and descriptor table) of its own — about 0.7 KB per stored instance; a
 * copy made with Object.assign shares one with every other row of its shape.
 */
const freezeRow = <T extends object>(row: T): T => deepFreeze(Object.assign({}, row));

/**
 * Creates an in-memory store. Rows are frozen when committed: the engine builds new rows for each
 * command and never changes old ones, so reads hand out the stored objects themselves, and a
 * caller that tries to change a view gets a TypeError instead of corrupting the store.
 */
export function createMemoryStore(dump?: MemoryStoreDump): MemoryStore {
  const restored = dump === undefined ? undefined : (deepFreeze(copy(dump)) as MemoryStoreDump);
  const instances = new Map<string, unknown>(Object.entries(restored?.instances ?? {}));
  // Audit events are written once and read rarely: kept as JSON text, they take the least memory.
  const events = new Map<string, string[]>(
    Object.entries(restored?.events ?? {}).map(([k, v]) => [k, v.map((event) => JSON.stringify(event))]),
  );
  const idempotency = new Map<string, unknown>(Object.entries(restored?.idempotency ?? {}));
  const tasks = new TaskIndex();
  for (const [key, rows] of Object.entries(restored?.tasks ?? {})) tasks.replace(key, rows);
  const outbox = new Map<string, OutboxEffect>(Object.entries(restored?.outbox ?? {}));
  const timers = new Map<string, StoredTimer>(Object.entries(restored?.timers ?? {}));
  const timersOf = new Map<string, string[]>();
  for (const timer of timers.values()) {
    const key = keyOf({ tenant: timer.tenant, id: timer.instanceId });
    timersOf.set(key, [...(timersOf.get(key) ?? []), timer.id]);
  }
  const definitions = new Map<string, StoredDefinition>(Object.entries(restored?.definitions ?? {}));
  const leases = new Map<string, number>();
  const versionOf = (key: string): number => (instances.get(key) as { version?: number } | undefined)?.version ?? 0;

  return {
    async read(ref, idempotencyKey): Promise<ReadResult> {
      const key = keyOf(ref);
      return {
        instance: instances.get(key),
        replay: idempotencyKey === undefined ? undefined : idempotency.get(idempotencyKeyOf(ref.tenant, idempotencyKey)),
      };
    },

    async commit(write: CommandWrite): Promise<void> {
      const key = keyOf(write.instance);
      const current = versionOf(key);
      const idempotencyKey = write.idempotency && idempotencyKeyOf(write.instance.tenant, write.idempotency.key);
      if (current !== write.expectedVersion || (idempotencyKey && idempotency.has(idempotencyKey))) {
        throw new ConcurrencyError(write.instance.id, write.expectedVersion, current);
      }
      // Everything below is synchronous: no other command can interleave.
      instances.set(key, freezeRow(write.instance));
      const list = events.get(key) ?? [];
      list.push(JSON.stringify(write.event));
      events.set(key, list);
      tasks.replace(key, write.tasks);
      for (const id of timersOf.get(key) ?? []) {
        timers.delete(id);
        leases.delete(id);
      }
      for (const timer of write.timers) timers.set(timer.id, deepFreeze(timer));
      if (write.timers.length > 0) timersOf.set(key, write.timers.map((timer) => timer.id));
      else timersOf.delete(key);
      for (const effect of write.effects) outbox.set(effect.id, deepFreeze(effect));
      if (idempotencyKey) idempotency.set(idempotencyKey, deepFreeze(write.idempotency!.result));
    },

    async events(ref) {
      return (events.get(keyOf(ref)) ?? []).map((row) => JSON.parse(row) as unknown);
    },

    async tasks(tenant, query) {
      return tasks.query(tenant, query);
    },

    async claimDueTimers(now, limit, leaseMs) {
      const nowMs = Date.parse(now);
      const due = [...timers.values()]
        .filter((timer) => timer.dueAt <= now && (leases.get(timer.id) ?? -Infinity) <= nowMs)
        .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0))
        .slice(0, limit);
      // Synchronous from the check to the lease: a concurrent caller cannot claim the same timer.
      for (const timer of due) leases.set(timer.id, nowMs + leaseMs);
      return due;
    },

    async dropTimer(id) {
      const timer = timers.get(id);
      if (!timer) return;
      timers.delete(id);
      leases.delete(id);
      const key = keyOf({ tenant: timer.tenant, id: timer.instanceId });
      const rest = (timersOf.get(key) ?? []).filter((other) => other !== id);
      if (rest.length > 0) timersOf.set(key, rest);
      else timersOf.delete(key);
    },

    async claimEffects(now, limit, leaseMs) {
      const availableAt = new Date(Date.parse(now) + leaseMs).toISOString();
      const claimed: OutboxEffect[] = [];
      // Map order is insertion order: oldest first. Synchronous, so no concurrent claimer interleaves.
      for (const effect of outbox.values()) {
        if (claimed.length >= limit) break;
        if (effect.status !== 'pending' || (effect.availableAt !== undefined && effect.availableAt > now)) continue;
        const leased = deepFreeze({ ...effect, availableAt });
        outbox.set(effect.id, leased);
        claimed.push(leased);
      }
      return claimed;
    },

    async listEffects(query = {}) {
      const found: OutboxEffect[] = [];
      for (const effect of outbox.values()) {
        if (found.length >= (query.limit ?? Infinity)) break;
        if (query.status === undefined || effect.status === query.status) found.push(effect);
      }
      return found;
    },

    async settleEffect(id, outcome) {
      const effect = outbox.get(id);
      if (effect === undefined) return;
      if (outcome.delivered) {
        // Delivered effects are not kept: memory is what this store has least of.
        outbox.delete(id);
        return;
      }
      const { retryAt } = outcome;
      outbox.set(
        id,
        deepFreeze({
          ...effect,
          attempts: effect.attempts + 1,
          lastError: outcome.error,
          ...(retryAt === undefined ? { status: 'failed' as const } : { availableAt: retryAt }),
        }),
      );
    },

    async saveDefinition(row) {
      const key = `${row.tenant}\u0000${row.id}@${row.version}`;
      const existing = definitions.get(key);
      if (existing !== undefined) return existing;
      const stored = deepFreeze(copy(row));
      definitions.set(key, stored);
      return stored;
    },

    async loadDefinition(tenant, id, version) {
      if (version !== undefined) return definitions.get(`${tenant}\u0000${id}@${version}`);
      let newest: StoredDefinition | undefined;
      for (const row of definitions.values()) {
        if (row.tenant === tenant && row.id === id && (newest === undefined || row.version > newest.version)) newest = row;
      }
      return newest;
    },

    async close() {},

    dump() {
      return copy({
        format: 'luzhi-memory-store@3',
        instances: Object.fromEntries(instances),
        events: Object.fromEntries([...events].map(([k, v]) => [k, v.map((row) => JSON.parse(row) as unknown)])),
        idempotency: Object.fromEntries(idempotency),
        tasks: Object.fromEntries(tasks.entries()),
        timers: Object.fromEntries(timers),
        outbox: Object.fromEntries(outbox),
        definitions: Object.fromEntries(definitions),
      }) as MemoryStoreDump;
    },
  };
}
