import type { StoredTask, StoredTaskQuery } from '../../src/index.js';

/**
 * The to-do query as a full scan, the way the memory store answered it before it had an index:
 * every instance's tasks in the order the instances got them, filtered, then sorted stably.
 */
export function scan(rows: ReadonlyMap<string, readonly StoredTask[]>, tenant: string, query: StoredTaskQuery): StoredTask[] {
  const found: StoredTask[] = [];
  for (const list of rows.values()) {
    for (const task of list) {
      if (task.tenant !== tenant) continue;
      // A claimed or delegated task is its assignee's alone; any other, its roles' (and unit's), and its users'.
      const visible =
        task.assignee !== undefined
          ? task.assignee === query.actorId
          : task.roles.some((role) => query.roles.includes(role)) ||
            (query.actorId !== undefined && (task.users ?? []).includes(query.actorId)) ||
            (task.unit !== undefined && task.unit === query.unit && (task.unitRoles ?? []).some((role) => query.roles.includes(role)));
      if (!visible) continue;
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
}
