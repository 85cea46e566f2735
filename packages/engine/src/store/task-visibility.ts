import type { StoredTask, StoredTaskQuery } from './store.js';

/**
 * Whether an actor with these roles (and unit, and user id) may act on a task: through one of its
 * `roles`, through one of its `unitRoles` when the task is the actor's own unit's, or as one of its
 * `users` (a participant role's holder) — unless the task was claimed or delegated, when only its
 * assignee may. Every store applies this rule, in code or SQL.
 */
export function taskVisibleTo(
  task: Pick<StoredTask, 'roles' | 'unit' | 'unitRoles' | 'users' | 'assignee'>,
  query: Pick<StoredTaskQuery, 'roles' | 'unit' | 'actorId'>,
): boolean {
  if (task.assignee !== undefined) return task.assignee === query.actorId;
  if (task.roles.some((role) => query.roles.includes(role))) return true;
  if (query.actorId !== undefined && (task.users ?? []).includes(query.actorId)) return true;
  return (
    task.unit !== undefined &&
    task.unit === query.unit &&
    (task.unitRoles ?? []).some((role) => query.roles.includes(role))
  );
}
