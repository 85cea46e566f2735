import { pickTitle, type Colour } from '@luzhi/engine';
import type { InboxTask } from '../shared/check-rows.js';

/** How the inbox orders tasks: soonest due, oldest arrival, or most urgent colour first. */
export type InboxSort = 'due' | 'created' | 'colour';

/** Which colour the inbox shows, or every task. */
export type ColourFilter = Colour | 'all';

/** What the inbox's controls ask for. */
export interface InboxQuery {
  colour: ColourFilter;
  /** Text that the task's title, step, unit or instance id must contain (any case). */
  search: string;
  sort: InboxSort;
}

const urgency: Record<Colour, number> = { red: 0, yellow: 1, green: 2 };

/** A task's identity in the list: one instance may have a task per state and per unit. */
export function taskKey(task: InboxTask): string {
  return JSON.stringify([task.instanceId, task.state, task.unit ?? null, task.assignee ?? null]);
}

/** The line a task is listed under: the host's title of the instance, else its id. */
export function taskTitle(task: InboxTask, locale: string): string {
  return pickTitle(task.title, locale) ?? task.instanceId;
}

/**
 * The tasks the query selects, in its order. Ties keep the order the tasks came in, and tasks
 * without a deadline come after those with one when sorting by due time.
 */
export function selectTasks(tasks: readonly InboxTask[], query: InboxQuery, locale: string): InboxTask[] {
  const needle = query.search.trim().toLowerCase();
  const matches = (task: InboxTask) =>
    needle === '' ||
    [taskTitle(task, locale), pickTitle(task.stateTitle, locale) ?? task.state, task.unit ?? '', task.instanceId].some((text) =>
      text.toLowerCase().includes(needle),
    );
  const chosen = tasks.filter((task) => (query.colour === 'all' || task.colour === query.colour) && matches(task));
  return chosen.sort(comparators[query.sort]);
}

const byDue = (a: InboxTask, b: InboxTask): number => {
  if (a.due === b.due) return 0;
  if (a.due === undefined) return 1;
  if (b.due === undefined) return -1;
  return Date.parse(a.due) - Date.parse(b.due);
};

const comparators: Record<InboxSort, (a: InboxTask, b: InboxTask) => number> = {
  due: byDue,
  created: (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
  colour: (a, b) => urgency[a.colour] - urgency[b.colour] || byDue(a, b),
};

/** The index a navigation key moves the selection to in a list of `length`, or undefined. */
export function moveSelection(key: string, current: number, length: number): number | undefined {
  if (length === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, length - 1);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    case 'PageDown':
      return Math.min(current + 10, length - 1);
    case 'PageUp':
      return Math.max(current - 10, 0);
    default:
      return undefined;
  }
}
