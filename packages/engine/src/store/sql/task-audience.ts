import type { StoredTask, StoredTaskQuery } from '../store.js';

/*
 * The visibility rule of task-visibility.ts as keys, so that SQL can apply it with one indexed
 * array overlap (`audience && keys`): a task lists who may see it, a query lists who is asking,
 * and the task is visible when the two lists share a key. Units are free text, so they are
 * JSON-encoded inside their key.
 */

const roleKey = (role: string): string => `r:${role}`;
const unitRoleKey = (unit: string, role: string): string => `u:${JSON.stringify([unit, role])}`;
const userKey = (user: string): string => `a:${user}`;

/**
 * Who may see a task: its assignee alone once claimed or delegated; else its roles, its unit's
 * unit-scoped roles and its users (a user's key is the same whether it holds the task or is one of
 * its users: either way the task is that user's).
 */
export function taskAudience(task: Pick<StoredTask, 'roles' | 'unit' | 'unitRoles' | 'users' | 'assignee'>): string[] {
  if (task.assignee !== undefined) return [userKey(task.assignee)];
  const keys = task.roles.map(roleKey);
  for (const user of task.users ?? []) keys.push(userKey(user));
  if (task.unit !== undefined) for (const role of task.unitRoles ?? []) keys.push(unitRoleKey(task.unit, role));
  return keys;
}

/** Who is asking: the actor's roles, those roles within the actor's unit, and the actor's user id. */
export function queryAudience(query: Pick<StoredTaskQuery, 'roles' | 'unit' | 'actorId'>): string[] {
  const keys = query.roles.map(roleKey);
  if (query.unit !== undefined) for (const role of query.roles) keys.push(unitRoleKey(query.unit, role));
  if (query.actorId !== undefined) keys.push(userKey(query.actorId));
  return keys;
}
