/**
 * The peer of the to-do index: a memory store whose `tasks()` scans every open task and sorts
 * what it found — how the memory store answered before it kept an index. Everything else is the
 * memory store itself.
 */
import { createMemoryStore, type MemoryStore, type StoredTask } from '../src/index.js';
import { scan } from '../test/support/task-scan.js';

export function createScanningStore(): MemoryStore {
  const store = createMemoryStore();
  const open = new Map<string, readonly StoredTask[]>();
  return {
    ...store,
    async commit(write) {
      await store.commit(write);
      const key = `${write.instance.tenant}\u0000${write.instance.id}`;
      if (write.tasks.length > 0) open.set(key, write.tasks);
      else open.delete(key);
    },
    async tasks(tenant, query) {
      return scan(open, tenant, query);
    },
  };
}
