import type { StoredTask, StoredTaskQuery } from './store.js';

/**
 * Whether an actor with these roles (and unit) may act on a task: through one of its `roles`, or
 * through one of its `unitRoles` when the task is the actor's own unit's — unless the task was
 * claimed or delegated, when only its assignee may. Every store applies this rule, in code or SQL.
 */
export function taskVisibleTo(
  task: Pick<StoredTask, 'roles' | 'unit' | 'unitRoles' | 'assignee'>,
  query: Pick<StoredTaskQuery, 'roles' | 'unit' | 'actorId'>,
): boolean {
  if (task.assignee !== undefined) return task.assignee === query.actorId;
  if (task.roles.some((role) => query.roles.includes(role))) return true;
  return (
    task.unit !== undefined &&
    task.unit === query.unit &&
    (task.unitRoles ?? []).some((role) => query.roles.includes(role))
  );
}
