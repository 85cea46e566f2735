import { deepFreeze } from '../runtime/json-value.js';
import { taskVisibleTo } from './task-visibility.js';
import { Interner } from './interner.js';
import type { StoredTask, StoredTaskQuery } from './store.js';

/**
 * One open task as the index holds it. `order` breaks ties between tasks that sort alike: the
 * place of the task's instance (when it got its open tasks) and the task's place among them.
 */
interface Entry {
  readonly row: StoredTask;
  readonly order: number;
  /** Cleared when the instance's tasks are replaced; lists drop the entry when they next settle. */
  live: boolean;
}

/** Room for the tasks of one instance in an entry's `order` (a million; ties beyond it may interleave). */
const TASKS_PER_INSTANCE = 2 ** 20;
/** Sorts after every ISO date: tasks without a deadline come last in due order. */
const NO_DUE = '\uffff';

type Compare = (a: Entry, b: Entry) => number;
const byCreated: Compare = (a, b) =>
  a.row.createdAt < b.row.createdAt ? -1 : a.row.createdAt > b.row.createdAt ? 1 : a.order - b.order;
const byDue: Compare = (a, b) => {
  const x = a.row.due ?? NO_DUE;
  const y = b.row.due ?? NO_DUE;
  return x < y ? -1 : x > y ? 1 : byCreated(a, b);
};

/** Drops the entries that are no longer live, in place. */
function dropDead(list: Entry[]): void {
  let kept = 0;
  for (const entry of list) if (entry.live) list[kept++] = entry;
  list.length = kept;
}

/** The position after every entry of sorted `list` that sorts before or with `entry`. */
function insertionPoint(list: readonly Entry[], entry: Entry, compare: Compare): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle]!, entry) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Adds `fresh` entries to sorted `list`: a few one by one where they belong (a new task is
 * usually the newest, so mostly at the end), many by a merge. Returns the list.
 */
function insertAll(list: Entry[], fresh: readonly Entry[], compare: Compare): Entry[] {
  if (fresh.length <= 32) {
    for (const entry of fresh) list.splice(insertionPoint(list, entry, compare), 0, entry);
    return list;
  }
  const sorted = [...fresh].sort(compare);
  const out: Entry[] = [];
  let i = 0;
  let j = 0;
  while (i < list.length && j < sorted.length) out.push(compare(list[i]!, sorted[j]!) <= 0 ? list[i++]! : sorted[j++]!);
  while (i < list.length) out.push(list[i++]!);
  while (j < sorted.length) out.push(sorted[j++]!);
  return out;
}

/**
 * The open tasks under one index key (a role, a unit-scoped role within one unit, or a user),
 * kept sorted oldest first (and by due date once asked for). Changes are collected and taken in
 * when the list is next read, or when they pile up: a command costs O(1) here, and the query
 * after it at most one linear pass to drop closed tasks plus a binary search per new one.
 */
class TaskList {
  private created: Entry[] = [];
  /** Built on the first due-order query, then kept like `created`. */
  private due: Entry[] | undefined;
  private added: Entry[] = [];
  private removed = 0;
  /** Live entries. */
  size = 0;

  add(entry: Entry): void {
    this.added.push(entry);
    this.size++;
    if (this.added.length > Math.max(64, this.created.length)) this.settle();
  }

  /** Notes that one of the list's entries is no longer live. */
  remove(): void {
    this.removed++;
    this.size--;
    if (this.removed > Math.max(64, this.created.length >> 1)) this.settle();
  }

  /** The live entries in `sort` order. */
  sorted(sort: 'created' | 'due'): readonly Entry[] {
    this.settle();
    if (sort === 'created') return this.created;
    this.due ??= [...this.created].sort(byDue);
    return this.due;
  }

  private settle(): void {
    if (this.added.length === 0 && this.removed === 0) return;
    const fresh = this.added.filter((entry) => entry.live);
    this.added = [];
    if (this.removed > 0) {
      dropDead(this.created);
      if (this.due) dropDead(this.due);
      this.removed = 0;
    }
    this.created = insertAll(this.created, fresh, byCreated);
    if (this.due) this.due = insertAll(this.due, fresh, byDue);
  }
}

// The three kinds of index key, told apart by their first part.
const roleKey = (role: string): string => `r\u0000${role}`;
const unitKey = (role: string, unit: string): string => `u\u0000${role}\u0000${unit}`;
const assigneeKey = (user: string): string => `a\u0000${user}`;

/**
 * The index keys a task is found under, after the rule of {@link taskVisibleTo}: a claimed or
 * delegated task under its assignee only; any other under each of its roles, each of its
 * unit-scoped roles within its unit, and each of its users (under the same key as an assignee).
 */
function keysOf(task: StoredTask): readonly string[] {
  if (task.assignee !== undefined) return [assigneeKey(task.assignee)];
  const roles = roleKeysOf(task.roles);
  const users = task.users === undefined || task.users.length === 0 ? [] : task.users.map(assigneeKey);
  const unit = task.unit;
  const units = unit === undefined || task.unitRoles === undefined ? [] : task.unitRoles.map((role) => unitKey(role, unit));
  if (users.length === 0 && units.length === 0) return roles;
  return [...new Set([...roles, ...units, ...users])];
}

// Rows share their role lists (see Interner), so the keys of a list are worked out once.
const roleKeys = new WeakMap<readonly string[], readonly string[]>();
function roleKeysOf(roles: readonly string[]): readonly string[] {
  let keys = roleKeys.get(roles);
  if (keys === undefined) roleKeys.set(roles, (keys = [...new Set(roles)].map(roleKey)));
  return keys;
}

/** The index keys whose tasks an actor may see. */
function keysFor(query: StoredTaskQuery): Set<string> {
  const keys = new Set(query.roles.map(roleKey));
  if (query.unit !== undefined) for (const role of query.roles) keys.add(unitKey(role, query.unit));
  if (query.actorId !== undefined) keys.add(assigneeKey(query.actorId));
  return keys;
}

/**
 * The open tasks (待办) of a memory store, indexed per tenant and per role (per unit for
 * unit-scoped roles, per user for claimed or delegated tasks): a query reads only the lists the
 * actor may see, in order, and stops at its `limit`. Results and order are those of a full scan: oldest first (ties: the instance that
 * got its open tasks first, then the task's place in it), or by due date with `sort: 'due'`
 * (tasks without a deadline last, ties oldest first).
 */
export class TaskIndex {
  private readonly byInstance = new Map<string, readonly Entry[]>();
  private readonly tenants = new Map<string, Map<string, TaskList>>();
  private readonly interner = new Interner();
  private nextInstance = 0;

  /** Replaces the open tasks of the instance stored under `key` (none removes them). */
  replace(key: string, tasks: readonly StoredTask[]): void {
    const old = this.byInstance.get(key);
    if (old !== undefined) for (const entry of old) this.unlink(entry);
    if (tasks.length === 0) {
      this.byInstance.delete(key);
      return;
    }
    // An instance keeps its place while it has open tasks, as rows in a table keep theirs.
    const place = old === undefined ? this.nextInstance++ : Math.floor(old[0]!.order / TASKS_PER_INSTANCE);
    const entries = tasks.map((task, index): Entry => ({
      row: this.compact(task),
      order: place * TASKS_PER_INSTANCE + index,
      live: true,
    }));
    this.byInstance.set(key, entries);
    for (const entry of entries) this.link(entry);
  }

  /** The open tasks of the instance stored under `key`, in the order they were given. */
  tasksOf(key: string): StoredTask[] {
    return (this.byInstance.get(key) ?? []).map((entry) => entry.row);
  }

  /** Every instance's open tasks, instances in the order they got them. */
  *entries(): IterableIterator<[string, StoredTask[]]> {
    for (const [key, entries] of this.byInstance) yield [key, entries.map((entry) => entry.row)];
  }

  /** The tasks of `tenant` that match `query`. */
  query(tenant: string, query: StoredTaskQuery): StoredTask[] {
    const lists = this.tenants.get(tenant);
    if (lists === undefined) return [];
    const keys = keysFor(query);
    const sort = query.sort === 'due' ? 'due' : 'created';
    const sources: Array<readonly Entry[]> = [];
    for (const key of keys) {
      const list = lists.get(key);
      if (list !== undefined) sources.push(list.sorted(sort));
    }
    const found: StoredTask[] = [];
    const limit = query.limit ?? Infinity;
    for (const { row } of mergeSorted(sources, sort === 'due' ? byDue : byCreated)) {
      if (found.length >= limit) break;
      // In due order, the first task due after `dueBy` ends the matches.
      if (query.dueBy !== undefined && sort === 'due' && !(row.due !== undefined && row.due <= query.dueBy)) break;
      if (matches(row, query)) found.push(row);
    }
    return found;
  }

  private link(entry: Entry): void {
    const tenant = entry.row.tenant;
    let lists = this.tenants.get(tenant);
    if (lists === undefined) this.tenants.set(tenant, (lists = new Map()));
    for (const key of keysOf(entry.row)) {
      let list = lists.get(key);
      if (list === undefined) lists.set(key, (list = new TaskList()));
      list.add(entry);
    }
  }

  private unlink(entry: Entry): void {
    entry.live = false;
    const lists = this.tenants.get(entry.row.tenant);
    if (lists === undefined) return;
    for (const key of keysOf(entry.row)) {
      const list = lists.get(key);
      if (list === undefined) continue;
      list.remove();
      if (list.size === 0) lists.delete(key);
    }
    if (lists.size === 0) this.tenants.delete(entry.row.tenant);
  }

  /** A frozen copy of a row that shares its lists and unit name with other rows. */
  private compact(task: StoredTask): StoredTask {
    const shared: Partial<StoredTask> = {
      roles: this.interner.list(task.roles) as string[],
      actions: this.interner.list(task.actions) as string[],
    };
    if (task.unit !== undefined) shared.unit = this.interner.string(task.unit);
    if (task.assignee !== undefined) shared.assignee = this.interner.string(task.assignee);
    if (task.unitRoles !== undefined) shared.unitRoles = this.interner.list(task.unitRoles) as string[];
    if (task.users !== undefined) shared.users = this.interner.list(task.users) as string[];
    // Object.assign, not spread syntax: V8 gives spread-built objects a hidden class each once frozen.
    return deepFreeze(Object.assign({}, task, shared));
  }
}

/** Whether a task the actor's lists hold passes the query's other filters. */
function matches(task: StoredTask, query: StoredTaskQuery): boolean {
  if (query.definitionId !== undefined && task.definitionId !== query.definitionId) return false;
  if (query.state !== undefined && task.state !== query.state) return false;
  if (query.dueBy !== undefined && !(task.due !== undefined && task.due <= query.dueBy)) return false;
  if (
    query.warnedBy !== undefined &&
    !(task.warnAt !== undefined && task.warnAt <= query.warnedBy && (task.due === undefined || task.due > query.warnedBy))
  ) {
    return false;
  }
  // The lists already hold only visible tasks; the shared rule keeps the index honest.
  return taskVisibleTo(task, query);
}

/**
 * Walks several arrays sorted by `compare` as one sorted sequence, each entry once (an entry in
 * two lists, found through two of the actor's roles, compares equal only to itself, so its two
 * copies meet).
 */
function* mergeSorted(sources: ReadonlyArray<readonly Entry[]>, compare: (a: Entry, b: Entry) => number): Generator<Entry> {
  if (sources.length === 1) {
    yield* sources[0]!;
    return;
  }
  const at = sources.map(() => 0);
  let last: Entry | undefined;
  for (;;) {
    let best = -1;
    for (let i = 0; i < sources.length; i++) {
      const candidate = sources[i]![at[i]!];
      if (candidate !== undefined && (best < 0 || compare(candidate, sources[best]![at[best]!]!) < 0)) best = i;
    }
    if (best < 0) return;
    const entry = sources[best]![at[best]!++]!;
    if (entry !== last) yield entry;
    last = entry;
  }
}
