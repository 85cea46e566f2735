import { z } from 'zod';
import { deepEqual } from '../definition/expressions/values.js';
import { getAtPointer, parsePointer } from '../json-pointer.js';
import { PARSE_OPTIONS, zodIssues } from '../runtime/command-schema.js';
import { PayloadError } from '../errors.js';
import { storableString, unstorableString } from '../storable-text.js';
import { isInstant } from './row-schemas.js';
import { pointerBeyondDepth } from './json-depth.js';
import type { StoredInstance, StoredInstancePage, StoredInstanceQuery } from './store.js';

/*
 * What an instance query matches, as the memory store applies it. The SQL stores apply the same
 * rules in SQL (migration 2: `<schema>.instance_keys` and `<schema>.value_at`); the store
 * conformance suite holds the three to the same answers.
 */

/** The most instances one page of `engine.instances` may hold. */
export const MAX_QUERY_LIMIT = 1_000;
/** The most rows one store query may ask for: a full page, and the row that tells whether another follows. */
export const MAX_STORE_QUERY_LIMIT = MAX_QUERY_LIMIT + 1;
/** The most matches one query may count (`countLimit`): beyond it, a count costs too much to answer. */
export const MAX_COUNT_LIMIT = 1_000_000;

/**
 * A page's `total` and `capped` from the matches a store counted, which it may stop counting one
 * past `countLimit`: `total` never exceeds the limit, and `capped` says that more match.
 */
export function boundedTotal(counted: number, countLimit: number): Pick<StoredInstancePage, 'total' | 'capped'> {
  return { total: Math.min(counted, countLimit), capped: counted > countLimit };
}
/** The most `where` entries, and the most state names, one query may give. */
export const MAX_QUERY_TERMS = 16;

const instant = z.string().refine(isInstant, 'expected an instant such as 2026-03-02T01:00:00.000Z (UTC, milliseconds)');
const pointer = storableString.refine((value) => parsePointer(value) !== undefined, 'expected a JSON pointer such as /title (RFC 6901)');

/** How deep a `where` value may nest. */
const MAX_VALUE_DEPTH = 64;
const jsonValue = z.custom<unknown>(
  (value) => value !== undefined && pointerBeyondDepth(value, MAX_VALUE_DEPTH) === undefined && isJsonValue(value),
  { message: `expected a JSON value that every store can keep, nested at most ${MAX_VALUE_DEPTH} levels` },
);

/**
 * Whether `value` is plain JSON that every store can keep: finite numbers, strings without NUL or
 * lone surrogates (in keys too). Checked after its depth, so the walk is bounded.
 */
function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'string') return unstorableString(value) === undefined;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  if (typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) &&
    Object.entries(value).every(([key, item]) => unstorableString(key) === undefined && isJsonValue(item))
  );
}

/** The shape of a {@link StoredInstanceQuery}, checked by every store before it reads a row. */
export const storedInstanceQuerySchema = z.strictObject({
  definitionId: storableString.min(1).optional(),
  definitionVersion: z.number().int().min(1).max(2_147_483_647).optional(),
  states: z.array(storableString.min(1)).min(1).max(MAX_QUERY_TERMS).optional(),
  status: z.enum(['active', 'done']).optional(),
  participant: storableString.min(1).optional(),
  unit: storableString.min(1).optional(),
  where: z.array(z.strictObject({ pointer, value: jsonValue })).max(MAX_QUERY_TERMS).optional(),
  createdFrom: instant.optional(),
  createdTo: instant.optional(),
  limit: z.number().int().min(1).max(MAX_STORE_QUERY_LIMIT),
  countLimit: z.number().int().min(1).max(MAX_COUNT_LIMIT),
  after: z.strictObject({ createdAt: instant, id: storableString.min(1) }).optional(),
});

/**
 * Checks a query handed to a store.
 * @throws PayloadError('options') with pointers into the query.
 */
export function checkStoredInstanceQuery(query: unknown): StoredInstanceQuery {
  const result = storedInstanceQuerySchema.safeParse(query, PARSE_OPTIONS);
  if (!result.success) throw new PayloadError(zodIssues(result.error, 'query'), 'options');
  return query as StoredInstanceQuery;
}

/** The names an instance is found by: its states, the holders of its participant roles, its units. */
export interface InstanceKeys {
  /** Every active state name, and the state of every open forEach branch. */
  readonly states: readonly string[];
  /** Every holder of every participant role. */
  readonly participants: readonly string[];
  /** Every bound unit, and the unit of every open forEach branch. */
  readonly units: readonly string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const strings = (values: readonly unknown[]): string[] => values.filter((value): value is string => typeof value === 'string');

/**
 * Every state name in a state value (`activeStateNames`, for any JSON): the keys of its objects
 * and the strings in it, at any depth, walked without recursion.
 */
function stateNames(value: unknown): Set<string> {
  const names = new Set<string>();
  const stack = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') names.add(next);
    else if (isObject(next)) for (const [name, child] of Object.entries(next)) names.add(name), stack.push(child);
  }
  return names;
}

/**
 * The names `row` is found by (see {@link InstanceKeys}); each list without repeats. Total like
 * its SQL twin `instance_keys`: in a malformed row, a part of the wrong shape gives no names.
 */
export function instanceKeys(row: StoredInstance): InstanceKeys {
  const states = stateNames(row.state);
  const units = new Set(isObject(row.units) ? strings(Object.values(row.units)) : []);
  for (const branches of isObject(row.branches) ? Object.values(row.branches) : []) {
    if (!isObject(branches)) continue;
    for (const [unit, branch] of Object.entries(branches)) {
      units.add(unit);
      if (isObject(branch) && typeof branch.state === 'string') states.add(branch.state);
    }
  }
  const holders = isObject(row.participants) ? Object.values(row.participants) : [];
  const participants = new Set(holders.flatMap((users) => (Array.isArray(users) ? strings(users) : [])));
  return { states: [...states], participants: [...participants], units: [...units] };
}

/**
 * Compares two strings by Unicode code point, as PostgreSQL's `C` collation orders UTF-8 text
 * (JavaScript's `<` compares UTF-16 code units, which puts 😀 before ！).
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Lifts surrogates above U+E000–U+FFFF, so that code units compare as the code points they encode. */
const codePointRank = (unit: number): number => (unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit);

/** The order of instance queries: by creation time, then by id. */
export function compareByCreation(a: { createdMs: number; id: string }, b: { createdMs: number; id: string }): number {
  return a.createdMs - b.createdMs || compareCodePoints(a.id, b.id);
}

/** A `where` entry with its pointer split into tokens. */
export interface WhereTerm {
  readonly tokens: readonly string[];
  readonly value: unknown;
}

/** The `where` entries of a checked query, their pointers split. */
export function whereTerms(query: StoredInstanceQuery): WhereTerm[] {
  return (query.where ?? []).map(({ pointer: at, value }) => ({ tokens: parsePointer(at) ?? [], value }));
}

/** Whether `row`, found by `keys`, passes every filter of `query` but the cursor. */
export function matchesInstanceQuery(row: StoredInstance, keys: InstanceKeys, query: StoredInstanceQuery, where: readonly WhereTerm[]): boolean {
  if (query.definitionId !== undefined && row.definitionId !== query.definitionId) return false;
  if (query.definitionVersion !== undefined && row.definitionVersion !== query.definitionVersion) return false;
  if (query.status !== undefined && row.status !== query.status) return false;
  if (query.states !== undefined && !query.states.some((state) => keys.states.includes(state))) return false;
  if (query.participant !== undefined && !keys.participants.includes(query.participant)) return false;
  if (query.unit !== undefined && !keys.units.includes(query.unit)) return false;
  for (const term of where) {
    const found = getAtPointer(row.data, term.tokens);
    if (found === undefined || !deepEqual(found, term.value)) return false;
  }
  return true;
}
