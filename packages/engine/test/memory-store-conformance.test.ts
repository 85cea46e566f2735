import { createMemoryStore, type InstanceRef, type MemoryStore, type Store } from '../src/index.js';
import { describeStoreConformance, type OpenedStore } from './support/store-conformance.js';

/**
 * A memory store behind a stable {@link Store} object, so that a row can be corrupted the only
 * way the memory store allows from outside: dump it, edit the dump, restore it in its place.
 */
async function openMemoryStore(): Promise<OpenedStore> {
  let current: MemoryStore = createMemoryStore();
  const store: Store = {
    read: (ref, key) => current.read(ref, key),
    commit: (write) => current.commit(write),
    events: (ref) => current.events(ref),
    tasks: (tenant, query) => current.tasks(tenant, query),
    claimDueTimers: (now, limit, leaseMs) => current.claimDueTimers(now, limit, leaseMs),
    dropTimer: (id) => current.dropTimer(id),
    claimEffects: (now, limit, leaseMs) => current.claimEffects(now, limit, leaseMs),
    listEffects: (query) => current.listEffects(query),
    settleEffect: (id, outcome) => current.settleEffect(id, outcome),
    saveDefinition: (row) => current.saveDefinition(row),
    loadDefinition: (tenant, id, version) => current.loadDefinition(tenant, id, version),
    close: () => current.close(),
  };
  const corrupt = async (ref: InstanceRef, field: string, value: unknown): Promise<void> => {
    const dump = current.dump();
    const row = dump.instances[`${ref.tenant}\u0000${ref.id}`];
    if (row === undefined) throw new Error(`no instance ${ref.tenant}/${ref.id} to corrupt`);
    (row as unknown as Record<string, unknown>)[field] = value;
    current = createMemoryStore(dump);
  };
  return { store, close: () => store.close(), corrupt };
}

describeStoreConformance('memory store', openMemoryStore);
