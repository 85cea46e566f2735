/**
 * The peer of the to-do index: a memory store whose `tasks()` scans every open task and sorts
 * what it found — how the memory store answered before it kept an index. Everything else is the
 * memory store itself.
 */
import { createMemoryStore, type MemoryStore, type StoredTask } from '../src/index.js';
import { taskVisibleTo } from '../src/store/task-visibility.js';

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
      const found: StoredTask[] = [];
      for (const list of open.values()) {
        for (const task of list) {
          if (task.tenant !== tenant || !taskVisibleTo(task, query)) continue;
          if (query.definitionId !== undefined && task.definitionId !== query.definitionId) continue;
          if (query.state !== undefined && task.state !== query.state) continue;
          if (query.dueBy !== undefined && !(task.due !== undefined && task.due <= query.dueBy)) continue;
          if (
            query.warnedBy !== undefined &&
            !(task.warnAt !== undefined && task.warnAt <= query.warnedBy && (task.due === undefined || task.due > query.warnedBy))
          ) {
            continue;
          }
          found.push(task);
        }
      }
      const key = (task: StoredTask) => (query.sort === 'due' ? (task.due ?? '\uffff') : task.createdAt);
      found.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
      return query.limit === undefined ? found : found.slice(0, query.limit);
    },
  };
}
