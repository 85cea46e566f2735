import { ConcurrencyError } from '../errors.js';
import type {
  CommandWrite,
  InstanceRef,
  OutboxEffect,
  ReadResult,
  Store,
  StoredTask,
  StoredTaskQuery,
} from './store.js';

/** Everything a memory store holds, as JSON text: save it (e.g. to localStorage) and load it later. */
export interface MemoryStoreDump {
  format: 'luzhi-memory-store@1';
  instances: Record<string, string>;
  events: Record<string, string[]>;
  idempotency: Record<string, string>;
  tasks: Record<string, StoredTask[]>;
  outbox: Record<string, string>;
}

/** The in-memory {@link Store}: for tests, the browser and `luzhi simulate`. */
export interface MemoryStore extends Store {
  /** A copy of every row, as text; `createMemoryStore(dump)` restores it. */
  dump(): MemoryStoreDump;
}

const keyOf = (ref: InstanceRef): string => `${ref.tenant}\u0000${ref.id}`;

/**
 * Creates an in-memory store. Rows are kept as JSON text, as a database would keep them: nothing
 * the caller holds aliases stored state, and an idle instance costs a few hundred bytes.
 */
export function createMemoryStore(dump?: MemoryStoreDump): MemoryStore {
  const instances = new Map<string, string>(Object.entries(dump?.instances ?? {}));
  const versions = new Map<string, number>();
  for (const [key, row] of instances) versions.set(key, (JSON.parse(row) as { version: number }).version);
  const events = new Map<string, string[]>(Object.entries(dump?.events ?? {}).map(([k, v]) => [k, [...v]]));
  const idempotency = new Map<string, string>(Object.entries(dump?.idempotency ?? {}));
  const tasks = new Map<string, StoredTask[]>(Object.entries(dump?.tasks ?? {}));
  const outbox = new Map<string, string>(Object.entries(dump?.outbox ?? {}));

  return {
    async read(ref, idempotencyKey): Promise<ReadResult> {
      const key = keyOf(ref);
      const row = instances.get(key);
      const replay = idempotencyKey === undefined ? undefined : idempotency.get(`${key}\u0000${idempotencyKey}`);
      return {
        instance: row === undefined ? undefined : JSON.parse(row),
        replay: replay === undefined ? undefined : JSON.parse(replay),
      };
    },

    async commit(write: CommandWrite): Promise<void> {
      const ref = write.instance;
      const key = keyOf(ref);
      const current = versions.get(key) ?? 0;
      const idempotencyKey = write.idempotency && `${key}\u0000${write.idempotency.key}`;
      if (current !== write.expectedVersion || (idempotencyKey && idempotency.has(idempotencyKey))) {
        throw new ConcurrencyError(ref.id, write.expectedVersion, current);
      }
      // Everything below is synchronous: no other command can interleave.
      versions.set(key, write.instance.version);
      instances.set(key, JSON.stringify(write.instance));
      const list = events.get(key) ?? [];
      list.push(JSON.stringify(write.event));
      events.set(key, list);
      if (write.tasks.length > 0) tasks.set(key, write.tasks);
      else tasks.delete(key);
      for (const effect of write.effects) outbox.set(effect.id, JSON.stringify(effect));
      if (idempotencyKey) idempotency.set(idempotencyKey, JSON.stringify(write.idempotency!.result));
    },

    async events(ref) {
      return (events.get(keyOf(ref)) ?? []).map((row) => JSON.parse(row) as unknown);
    },

    async tasks(tenant: string, query: StoredTaskQuery) {
      const found: StoredTask[] = [];
      for (const list of tasks.values()) {
        for (const task of list) {
          if (task.tenant !== tenant) break;
          if (!task.roles.some((role) => query.roles.includes(role))) continue;
          if (task.unit !== undefined && task.unit !== query.unit) continue;
          if (query.definitionId !== undefined && task.definitionId !== query.definitionId) continue;
          if (query.state !== undefined && task.state !== query.state) continue;
          found.push({ ...task, roles: [...task.roles], actions: [...task.actions] });
        }
      }
      found.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
      return query.limit === undefined ? found : found.slice(0, query.limit);
    },

    async pendingEffects(limit) {
      const pending: unknown[] = [];
      for (const row of outbox.values()) {
        const effect = JSON.parse(row) as OutboxEffect;
        if (effect.status === 'pending') pending.push(effect);
        if (pending.length >= limit) break;
      }
      return pending;
    },

    async settleEffect(id, outcome) {
      const row = outbox.get(id);
      if (row === undefined) return;
      if (outcome.delivered) {
        // Delivered effects are not kept: memory is what this store has least of.
        outbox.delete(id);
        return;
      }
      const effect = JSON.parse(row) as OutboxEffect;
      effect.attempts += 1;
      if (outcome.error !== undefined) effect.lastError = outcome.error;
      outbox.set(id, JSON.stringify(effect));
    },

    async close() {},

    dump() {
      return {
        format: 'luzhi-memory-store@1',
        instances: Object.fromEntries(instances),
        events: Object.fromEntries([...events].map(([k, v]) => [k, [...v]])),
        idempotency: Object.fromEntries(idempotency),
        tasks: Object.fromEntries([...tasks].map(([k, v]) => [k, v.map((t) => ({ ...t }))])),
        outbox: Object.fromEntries(outbox),
      };
    },
  };
}
