import { ConcurrencyError } from '../errors.js';
import { deepFreeze } from '../runtime/json-value.js';
import { assertTenantId } from '../tenant-id.js';
import { MEMORY_STORE_FORMAT, parseMemoryStoreDump, type MemoryStoreDump } from './memory-store-dump.js';
import { TaskIndex } from './task-index.js';
import { InstanceIndex } from './instance-index.js';
import { checkStoredInstanceQuery } from './instance-query.js';
import { tupleKey } from './tuple-key.js';
import type { CommandWrite, InstanceRef, OutboxEffect, ReadResult, Store, StoredDefinition, StoredInstance, StoredTimer } from './store.js';

export type { MemoryStoreDump } from './memory-store-dump.js';

/** The in-memory {@link Store}: for tests, the browser and `luzhi simulate`. */
export interface MemoryStore extends Store {
  /** A deep copy of every row; `createMemoryStore(dump)` restores it. */
  dump(): MemoryStoreDump;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/**
 * A frozen shallow copy of a row. The engine builds rows with spread syntax, and V8 gives such an
 * object a hidden class (and descriptor table) of its own — about 0.7 KB per stored instance; a
 * copy made with Object.assign shares one with every other row of its shape.
 */
const freezeRow = <T extends object>(row: T): T => deepFreeze(Object.assign({}, row));
const instanceKey = (ref: InstanceRef): string => tupleKey(ref.tenant, ref.id);

/** Rows of one kind, per tenant, by id: a tenant's rows are found without looking at another's. */
class TenantRows<T> {
  private readonly tenants = new Map<string, Map<string, T>>();
  get(tenant: string, id: string): T | undefined {
    return this.tenants.get(tenant)?.get(id);
  }
  set(tenant: string, id: string, row: T): void {
    let rows = this.tenants.get(tenant);
    if (rows === undefined) this.tenants.set(tenant, (rows = new Map()));
    rows.set(id, row);
  }
  delete(tenant: string, id: string): void {
    const rows = this.tenants.get(tenant);
    if (rows?.delete(id) && rows.size === 0) this.tenants.delete(tenant);
  }
  /** One tenant's rows in insertion order (a live view: do not change the map while iterating it). */
  of(tenant: string): Iterable<T> {
    return this.tenants.get(tenant)?.values() ?? [];
  }
  tenantNames(): string[] {
    return [...this.tenants.keys()];
  }
  all(): T[] {
    return [...this.tenants.values()].flatMap((rows) => [...rows.values()]);
  }
}

/**
 * Creates an in-memory store, empty or restored from a {@link MemoryStoreDump}. Rows are frozen
 * when committed: the engine builds new rows for each command and never changes old ones, so
 * reads hand out the stored objects themselves, and a caller that tries to change a view gets a
 * TypeError instead of corrupting the store. Every map is keyed by (tenant, id) tuples.
 *
 * @throws StoreDataError when `dump` is malformed (every row is checked before any is used).
 */
export function createMemoryStore(dump?: MemoryStoreDump): MemoryStore {
  const restored = dump === undefined ? undefined : (deepFreeze(copy(parseMemoryStoreDump(dump))) as MemoryStoreDump);
  const instances = new Map<string, StoredInstance>();
  // Audit events are written once and read rarely: kept as JSON text, they take the least memory.
  const events = new Map<string, string[]>();
  // Idempotency keys are the tenant's: one key names one command across all its instances.
  const idempotency = new Map<string, { instanceId: string; result: unknown }>();
  const tasks = new TaskIndex();
  const byCreation = new InstanceIndex();
  const outbox = new TenantRows<OutboxEffect>();
  const timers = new TenantRows<StoredTimer>();
  /** The ids of each instance's timers. */
  const timersOf = new Map<string, string[]>();
  const definitions = new Map<string, StoredDefinition>();
  /** Until when each timer is held, by (tenant, timer id). */
  const leases = new Map<string, number>();

  const putTimers = (ref: InstanceRef, rows: readonly StoredTimer[]): void => {
    const key = instanceKey(ref);
    for (const id of timersOf.get(key) ?? []) {
      timers.delete(ref.tenant, id);
      leases.delete(tupleKey(ref.tenant, id));
    }
    for (const timer of rows) timers.set(ref.tenant, timer.id, deepFreeze(timer));
    if (rows.length > 0) timersOf.set(key, rows.map((timer) => timer.id));
    else timersOf.delete(key);
  };

  if (restored !== undefined) {
    for (const row of restored.instances) {
      byCreation.put(row, instances.get(instanceKey(row)));
      instances.set(instanceKey(row), row);
    }
    for (const row of restored.events) events.set(tupleKey(row.tenant, row.instanceId), row.events.map((event) => JSON.stringify(event)));
    for (const row of restored.idempotency) idempotency.set(tupleKey(row.tenant, row.key), { instanceId: row.instanceId, result: row.result });
    const taskLists = new Map<string, typeof restored.tasks>();
    for (const row of restored.tasks) {
      const key = tupleKey(row.tenant, row.instanceId);
      taskLists.set(key, [...(taskLists.get(key) ?? []), row]);
    }
    for (const [key, rows] of taskLists) tasks.replace(key, rows);
    const timerLists = new Map<string, StoredTimer[]>();
    for (const row of restored.timers) {
      const key = tupleKey(row.tenant, row.instanceId);
      timerLists.set(key, [...(timerLists.get(key) ?? []), row]);
    }
    for (const rows of timerLists.values()) putTimers({ tenant: rows[0]!.tenant, id: rows[0]!.instanceId }, rows);
    for (const row of restored.outbox) outbox.set(row.tenant, row.id, row);
    for (const row of restored.definitions) definitions.set(tupleKey(row.tenant, row.id, row.version), row);
  }

  /** Writes one instance's part of a commit, its checks done. */
  function apply(write: CommandWrite): void {
    const ref = write.instance;
    const key = instanceKey(ref);
    const idempotencyKey = write.idempotency && tupleKey(ref.tenant, write.idempotency.key);
    const row = freezeRow(write.instance);
    byCreation.put(row, instances.get(key));
    instances.set(key, row);
    const list = events.get(key) ?? [];
    list.push(JSON.stringify(write.event));
    events.set(key, list);
    tasks.replace(key, write.tasks);
    putTimers(ref, write.timers);
    for (const effect of write.effects) outbox.set(ref.tenant, effect.id, deepFreeze(effect));
    if (idempotencyKey) idempotency.set(idempotencyKey, { instanceId: ref.id, result: deepFreeze(write.idempotency!.result) });
  }

  return {
    async read(ref, idempotencyKey): Promise<ReadResult> {
      assertTenantId(ref.tenant);
      return {
        instance: instances.get(instanceKey(ref)),
        replay: idempotencyKey === undefined ? undefined : idempotency.get(tupleKey(ref.tenant, idempotencyKey))?.result,
      };
    },

    async commit(write: CommandWrite): Promise<void> {
      const writes = [write, ...(write.started ?? [])];
      for (const [index, each] of writes.entries()) {
        const ref = each.instance;
        assertTenantId(ref.tenant, index === 0 ? '/instance/tenant' : `/started/${index - 1}/instance/tenant`);
        const current = instances.get(instanceKey(ref))?.version ?? 0;
        const idempotencyKey = each.idempotency && tupleKey(ref.tenant, each.idempotency.key);
        if (current !== each.expectedVersion || (idempotencyKey && idempotency.has(idempotencyKey))) {
          // The command's own instance is the one named, whichever of its writes was refused.
          throw new ConcurrencyError(write.instance.id, write.expectedVersion, index === 0 ? current : write.expectedVersion);
        }
      }
      // Everything below is synchronous: no other command can interleave.
      for (const each of writes) apply(each);
    },

    async events(ref) {
      assertTenantId(ref.tenant);
      return (events.get(instanceKey(ref)) ?? []).map((row) => JSON.parse(row) as unknown);
    },

    async tasks(tenant, query) {
      assertTenantId(tenant);
      return tasks.query(tenant, query);
    },

    async queryInstances(tenant, query) {
      assertTenantId(tenant);
      return byCreation.query(tenant, checkStoredInstanceQuery(query));
    },

    async claimDueTimers(tenant, now, limit, leaseMs) {
      assertTenantId(tenant);
      const nowMs = Date.parse(now);
      const due = [...timers.of(tenant)]
        .filter((timer) => timer.dueAt <= now && (leases.get(tupleKey(tenant, timer.id)) ?? -Infinity) <= nowMs)
        .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0))
        .slice(0, limit);
      // Synchronous from the check to the lease: a concurrent caller cannot claim the same timer.
      for (const timer of due) leases.set(tupleKey(tenant, timer.id), nowMs + leaseMs);
      return due;
    },

    async dropTimer(tenant, id) {
      assertTenantId(tenant);
      const timer = timers.get(tenant, id);
      if (!timer) return;
      timers.delete(tenant, id);
      leases.delete(tupleKey(tenant, id));
      const key = tupleKey(tenant, timer.instanceId);
      const rest = (timersOf.get(key) ?? []).filter((other) => other !== id);
      if (rest.length > 0) timersOf.set(key, rest);
      else timersOf.delete(key);
    },

    async deferTimer(tenant, id, until) {
      assertTenantId(tenant);
      if (timers.get(tenant, id) !== undefined) leases.set(tupleKey(tenant, id), Date.parse(until));
    },

    async claimEffects(tenant, now, limit, leaseMs) {
      assertTenantId(tenant);
      const availableAt = new Date(Date.parse(now) + leaseMs).toISOString();
      const claimed: OutboxEffect[] = [];
      // Map order is insertion order: oldest first. Synchronous, so no concurrent claimer interleaves.
      for (const effect of [...outbox.of(tenant)]) {
        if (claimed.length >= limit) break;
        if (effect.status !== 'pending' || (effect.availableAt !== undefined && effect.availableAt > now)) continue;
        const leased = deepFreeze({ ...effect, availableAt });
        outbox.set(tenant, effect.id, leased);
        claimed.push(leased);
      }
      return claimed;
    },

    async listEffects(query = {}) {
      if (query.tenant !== undefined) assertTenantId(query.tenant);
      const found: OutboxEffect[] = [];
      const rows = query.tenant === undefined ? outbox.all() : outbox.of(query.tenant);
      for (const effect of rows) {
        if (found.length >= (query.limit ?? Infinity)) break;
        if (query.status === undefined || effect.status === query.status) found.push(effect);
      }
      return found;
    },

    async settleEffect(tenant, id, outcome) {
      assertTenantId(tenant);
      const effect = outbox.get(tenant, id);
      if (effect === undefined) return;
      if (outcome.delivered) {
        // Delivered effects are not kept: memory is what this store has least of.
        outbox.delete(tenant, id);
        return;
      }
      const { retryAt } = outcome;
      outbox.set(
        tenant,
        id,
        deepFreeze({
          ...effect,
          attempts: effect.attempts + 1,
          lastError: outcome.error,
          ...(retryAt === undefined ? { status: 'failed' as const } : { availableAt: retryAt }),
        }),
      );
    },

    async deferEffect(tenant, id, until) {
      assertTenantId(tenant);
      const effect = outbox.get(tenant, id);
      if (effect !== undefined) outbox.set(tenant, id, deepFreeze({ ...effect, availableAt: until }));
    },

    async dueTenants(now) {
      const nowMs = Date.parse(now);
      const due = new Set<string>();
      for (const tenant of timers.tenantNames()) {
        for (const timer of timers.of(tenant)) {
          if (timer.dueAt <= now && (leases.get(tupleKey(tenant, timer.id)) ?? -Infinity) <= nowMs) {
            due.add(tenant);
            break;
          }
        }
      }
      for (const tenant of outbox.tenantNames()) {
        for (const effect of outbox.of(tenant)) {
          if (effect.status === 'pending' && (effect.availableAt === undefined || effect.availableAt <= now)) {
            due.add(tenant);
            break;
          }
        }
      }
      return [...due].sort();
    },

    async saveDefinition(row) {
      assertTenantId(row.tenant);
      const key = tupleKey(row.tenant, row.id, row.version);
      const existing = definitions.get(key);
      if (existing !== undefined) return existing;
      const stored = deepFreeze(copy(row));
      definitions.set(key, stored);
      return stored;
    },

    async loadDefinition(tenant, id, version) {
      assertTenantId(tenant);
      if (version !== undefined) return definitions.get(tupleKey(tenant, id, version));
      let newest: StoredDefinition | undefined;
      for (const row of definitions.values()) {
        if (row.tenant === tenant && row.id === id && (newest === undefined || row.version > newest.version)) newest = row;
      }
      return newest;
    },

    async listDefinitions(tenant) {
      assertTenantId(tenant);
      return [...definitions.values()]
        .filter((row) => row.tenant === tenant)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version - b.version))
        .map(({ id, version, publishedAt }) => ({ id, version, publishedAt }));
    },

    async close() {},

    dump() {
      return copy({
        format: MEMORY_STORE_FORMAT,
        instances: [...instances.values()],
        events: [...events].map(([key, rows]) => {
          const [tenant, instanceId] = JSON.parse(key) as [string, string];
          return { tenant, instanceId, events: rows.map((row) => JSON.parse(row) as unknown) };
        }),
        idempotency: [...idempotency].map(([key, { instanceId, result }]) => {
          const [tenant, idempotencyKey] = JSON.parse(key) as [string, string];
          return { tenant, instanceId, key: idempotencyKey, result };
        }),
        tasks: [...tasks.entries()].flatMap(([, rows]) => rows),
        timers: timers.all(),
        outbox: outbox.all(),
        definitions: [...definitions.values()],
      }) as MemoryStoreDump;
    },
  };
}
