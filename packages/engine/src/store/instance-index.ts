import {
  boundedTotal,
  compareByCreation,
  instanceKeys,
  matchesInstanceQuery,
  whereTerms,
  type InstanceKeys,
} from './instance-query.js';
import { Interner } from './interner.js';
import type { StoredInstance, StoredInstancePage, StoredInstanceQuery } from './store.js';

/**
 * One instance as the index holds it: its row, its place in the order and the names it is found
 * by (lists shared between entries through the interner: most instances wait in a few states).
 */
interface Entry extends InstanceKeys {
  readonly row: StoredInstance;
  readonly createdMs: number;
  readonly id: string;
}

/** The first position in sorted `list` whose entry does not sort before `probe` (or, with `after`, after it). */
function position(list: readonly Entry[], probe: { createdMs: number; id: string }, after: boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = compareByCreation(list[middle]!, probe);
    if (order < 0 || (after && order === 0)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The earliest and latest possible ids: an id is 1 to 200 characters, none sorts before '' or after this. */
const FIRST_ID = '';

/**
 * The instances of a memory store, per tenant, sorted by (createdAt, id) as the SQL stores'
 * index is: a query walks one tenant's rows in order from the creation range it asks for,
 * counting matches up to the query's count limit and keeping the page after its cursor.
 */
export class InstanceIndex {
  private readonly tenants = new Map<string, Entry[]>();
  private readonly interner = new Interner();

  /** Puts `row` in place of the tenant's row with its id, if any (`previous`). */
  put(row: StoredInstance, previous: StoredInstance | undefined): void {
    let list = this.tenants.get(row.tenant);
    if (list === undefined) this.tenants.set(row.tenant, (list = []));
    const keys = instanceKeys(row);
    const entry: Entry = {
      row,
      createdMs: Date.parse(row.createdAt),
      id: row.id,
      states: this.interner.list(keys.states),
      participants: this.interner.list(keys.participants),
      units: this.interner.list(keys.units),
    };
    if (previous !== undefined) {
      const at = position(list, { createdMs: Date.parse(previous.createdAt), id: previous.id }, false);
      if (list[at]?.id === previous.id) {
        if (compareByCreation(list[at]!, entry) === 0) {
          list[at] = entry;
          return;
        }
        list.splice(at, 1);
      }
    }
    // New instances are mostly the newest: their place is mostly the end.
    const last = list[list.length - 1];
    if (last === undefined || compareByCreation(last, entry) < 0) list.push(entry);
    else list.splice(position(list, entry, false), 0, entry);
  }

  /** The tenant's rows matching `query` (a checked one), oldest first, and how many match, counted up to `query.countLimit`. */
  query(tenant: string, query: StoredInstanceQuery): StoredInstancePage {
    const list = this.tenants.get(tenant) ?? [];
    const where = whereTerms(query);
    const start = query.createdFrom === undefined ? 0 : position(list, { createdMs: Date.parse(query.createdFrom), id: FIRST_ID }, false);
    const end = query.createdTo === undefined ? list.length : position(list, { createdMs: Date.parse(query.createdTo), id: FIRST_ID }, false);
    const after = query.after === undefined ? undefined : { createdMs: Date.parse(query.after.createdAt), id: query.after.id };
    const rows: StoredInstance[] = [];
    let counted = 0;
    for (let index = start; index < end; index++) {
      const entry = list[index]!;
      if (!matchesInstanceQuery(entry.row, entry, query, where)) continue;
      counted++;
      if (rows.length < query.limit && (after === undefined || compareByCreation(entry, after) > 0)) rows.push(entry.row);
      // One match beyond the count limit says that more match; the page may still need rows.
      if (counted > query.countLimit && rows.length >= query.limit) break;
    }
    return { rows, ...boundedTotal(counted, query.countLimit) };
  }
}
