import type { StoredTask, StoredTaskQuery } from './store.js';

/**
 * Whether an actor with these roles (and unit) may act on a task: through one of its `roles`, or
 * through one of its `unitRoles` when the task is the actor's own unit's. Every store applies
 * this rule, in code or in SQL.
 */
export function taskVisibleTo(task: Pick<StoredTask, 'roles' | 'unit' | 'unitRoles'>, query: Pick<StoredTaskQuery, 'roles' | 'unit'>): boolean {
  if (task.roles.some((role) => query.roles.includes(role))) return true;
  return (
    task.unit !== undefined &&
    task.unit === query.unit &&
    (task.unitRoles ?? []).some((role) => query.roles.includes(role))
  );
}
