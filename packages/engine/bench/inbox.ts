/**
 * To-do list (待办) latency on a durable store: `engine.tasks()` with many open instances of
 * `bench/to-do.workflow.json` (as `npm run bench` runs it: 100,000 on PGlite, 1,000,000 on
 * PostgreSQL) — the role holding all of them (limit 50, oldest first, and by due date) and a role
 * holding 1% of them.
 *
 * Starting them one command at a time would take hours, so two instances are
 * started by the engine (one waiting in `open`, one flagged into `flagged`) and the other rows are
 * made from theirs by SQL: the same columns (audience included), the instance id and every
 * timestamp moved to the new instance, a place in the to-do order of their own. (The audit events'
 * hashes stay the template's: nothing here reads them.) A few answers are then checked against
 * what the engine wrote, and the tables are analyzed. The tables' indexes are built after the copy
 * (`withoutIndexes`), from their own definitions.
 */
import { readFileSync } from 'node:fs';
import { createEngine, createVirtualClock, type Actor, type Engine, type Task, type TaskQuery, type VirtualClock } from '../src/index.js';
import { percentile, settle } from './common.js';
import type { PreparedFigure } from './instance-queries.js';
import { withoutIndexes } from './instance-rows.js';
import { openBenchDatabase, type BenchDatabase, type BenchStoreKind } from './sql-databases.js';

const definition = JSON.parse(readFileSync(new URL('./to-do.workflow.json', import.meta.url), 'utf8'));
const registry: Actor = { id: 'reg-01', roles: ['registry'] };
const inspector: Actor = { id: 'insp-01', roles: ['inspector'] };
const BASE = Date.parse('2026-03-02T01:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Instance `i` opens `i` minutes after BASE; one in a hundred (i % 100 = 50) is flagged. */
const instanceId = (i: number): string => `T-${String(i).padStart(6, '0')}`;
const flagged = (i: number): boolean => i % 100 === 50;

/** The inbox queries measured. */
export const INBOX_KINDS = ['all', 'all-due', 'one-percent'] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];
const queries: Record<InboxKind, TaskQuery> = {
  all: { actor: registry, limit: 50 },
  'all-due': { actor: registry, limit: 50, sort: 'due' },
  'one-percent': { actor: inspector, limit: 50 },
};

/** `value` as an SQL string literal. */
const literal = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** An ISO 8601 timestamp as the engine writes them (ms, Z). */
const STAMP = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;

/**
 * Copies the rows of template instance `template` (started `template` minutes after BASE) to every
 * other `i < count` that `pick(i)` gives it, in every table the store writes for an instance, in
 * one statement. Each new instance's timestamps (every one the engine wrote for the template,
 * moved by the same number of minutes) are worked out once and put into every table's JSON.
 */
async function copyInstances(db: BenchDatabase, template: number, count: number, pick: string): Promise<void> {
  const s = db.store.schema;
  const id = instanceId(template);
  const texts = await db.query<{ text: string }>(
    `select runtime::text as text from ${s}.instances where tenant = 'default' and id = $1
     union all select task::text from ${s}.tasks where tenant = 'default' and instance_id = $1
     union all select timer::text || id from ${s}.timers where tenant = 'default' and instance_id = $1
     union all select event::text from ${s}.events where tenant = 'default' and instance_id = $1`,
    [id],
  );
  const stamps = [...new Set(texts.flatMap((row) => row.text.match(STAMP) ?? []))];
  const delta = `((i - ${template}) * interval '1 minute')`;
  // g.m0, g.m1, …: the template's stamps moved to instance g.i (by g.delta).
  const moved = stamps.map(
    (stamp, n) => `to_char((timestamptz ${literal(stamp)} + ${delta}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as m${n}`,
  );
  // The template's id and timestamps replaced in a JSON (or text) column.
  const sub = (column: string, cast = '::jsonb') =>
    stamps.reduce((sql, stamp, n) => `replace(${sql}, ${literal(stamp)}, g.m${n})`, `replace(${column}::text, ${literal(id)}, g.id)`) + cast;
  const from = (table: string, key: string) => `from g join ${s}.${table} t on t.tenant = 'default' and t.${key} = ${literal(id)}`;
  await db.exec(`
    with g as materialized (
      select i, 'T-' || lpad(i::text, 6, '0') as id, ${[...moved, `${delta} as delta`].join(', ')}
      from generate_series(0, ${count - 1}) as i where ${pick} and i <> ${template}
    ),
    instances as (
      insert into ${s}.instances (tenant, id, definition_id, definition_version, status, version, state, data, runtime, created_at, updated_at)
      select t.tenant, g.id, t.definition_id, t.definition_version, t.status, t.version, t.state, t.data, ${sub('t.runtime')},
        t.created_at + g.delta, t.updated_at + g.delta
      ${from('instances', 'id')}
    ),
    events as (
      insert into ${s}.events (tenant, instance_id, seq, at, type, hash, event)
      select t.tenant, g.id, t.seq, t.at + g.delta, t.type, t.hash, ${sub('t.event')}
      ${from('events', 'instance_id')}
    ),
    tasks as (
      insert into ${s}.tasks (tenant, instance_id, ordinal, place, definition_id, state, audience, created_at, due, warn_at, task)
      select t.tenant, g.id, t.ordinal, g.i + 1, t.definition_id, t.state, t.audience, t.created_at + g.delta, t.due + g.delta,
        t.warn_at + g.delta, ${sub('t.task')}
      ${from('tasks', 'instance_id')}
    )
    insert into ${s}.timers (id, tenant, instance_id, due_at, lease_until, timer)
    select ${sub('t.id', '')}, t.tenant, g.id, t.due_at + g.delta, t.lease_until, ${sub('t.timer')}
    ${from('timers', 'instance_id')}
  `);
}

/** `count` open instances: two started by the engine, the rest copied from them. */
async function openInstances(db: BenchDatabase, engine: Engine, clock: VirtualClock, count: number): Promise<void> {
  await engine.start('to-do-bench', { actor: registry, id: instanceId(0) });
  clock.advance('PT50M');
  await engine.start('to-do-bench', { actor: registry, id: instanceId(50) });
  await engine.send(instanceId(50), { type: 'flag', actor: registry });
  // The engine gave the templates places 1 and 2; instance i gets place i + 1.
  await db.exec(`update ${db.store.schema}.tasks set place = 51 where instance_id = '${instanceId(50)}'`);
  await withoutIndexes((sql, params) => db.query(sql, params), db.store.schema, ['instances', 'events', 'tasks', 'timers'], async () => {
    await copyInstances(db, 0, count, 'i % 100 <> 50');
    await copyInstances(db, 50, count, 'i % 100 = 50');
  });
  await db.exec(`select setval('${db.store.schema}.task_places', ${count + 1}); analyze`);
}

/** What the engine must answer for `kind`, computed from the way the rows were made. */
function expected(kind: InboxKind, count: number): Array<Pick<Task, 'instanceId' | 'state' | 'createdAt' | 'due'>> {
  // No later row can be among the first 50 of a query: the 50th flagged one is instance 4,950, and
  // a row opened more than 30 days after the start is due later than the 50th one open.
  const all = Array.from({ length: Math.min(count, 5_000 + 30 * 24 * 60) }, (_, i) => i);
  const row = (i: number) => ({
    instanceId: instanceId(i),
    state: flagged(i) ? 'flagged' : 'open',
    createdAt: new Date(BASE + i * MINUTE).toISOString(),
    due: new Date(BASE + i * MINUTE + (flagged(i) ? 10 : 30) * DAY).toISOString(),
  });
  const rows = (kind === 'one-percent' ? all.filter(flagged) : all).map(row);
  if (kind === 'all-due') rows.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.createdAt < b.createdAt ? -1 : 1));
  return rows.slice(0, 50);
}

export interface InboxFigure {
  store: BenchStoreKind;
  instances: number;
  loadMs: number;
  queries: number;
  kinds: Record<InboxKind, { found: number; p50: number; p95: number; plan: string }>;
}

/**
 * Loads `instances` open instances on `kind`, ready for {@link PreparedFigure.measure}: p50 and p95
 * milliseconds of `engine.tasks()` for each inbox query, over `queries` calls each after `warmUp`
 * (default 50) unmeasured ones. The measurement throws when an answer is not the rows loaded.
 */
export async function prepareInbox(kind: BenchStoreKind, options: { instances: number; queries: number; warmUp?: number }): Promise<PreparedFigure<InboxFigure>> {
  const db = await openBenchDatabase(kind, { connections: 4 });
  try {
    const clock = createVirtualClock(new Date(BASE).toISOString());
    const engine = createEngine({ definitions: [definition], store: db.store, clock });
    const loading = performance.now();
    await openInstances(db, engine, clock, options.instances);
    const loadMs = performance.now() - loading;
    const [counted] = await db.query<{ tasks: number }>(`select count(*)::integer as tasks from ${db.store.schema}.tasks`);
    if (counted!.tasks !== options.instances) throw new Error(`${counted!.tasks} open tasks, expected ${options.instances}`);
    return { loadMs, measure: () => timeInbox(kind, db, engine, { ...options, loadMs }), close: () => db.close() };
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function timeInbox(
  kind: BenchStoreKind,
  db: BenchDatabase,
  engine: Engine,
  options: { instances: number; queries: number; warmUp?: number; loadMs: number },
): Promise<InboxFigure> {
  const kinds = {} as InboxFigure['kinds'];
  for (const name of INBOX_KINDS) {
    const query = queries[name];
    const answer = await engine.tasks(query);
    const got = answer.map(({ instanceId, state, createdAt, due }) => ({ instanceId, state, createdAt, due }));
    if (JSON.stringify(got) !== JSON.stringify(expected(name, options.instances))) {
      throw new Error(`${name}: the engine's answer is not the rows that were loaded: ${JSON.stringify(got.slice(0, 3))}`);
    }
    for (let i = 0; i < (options.warmUp ?? 50); i++) await engine.tasks(query);
    settle();
    const times: number[] = [];
    for (let i = 0; i < options.queries; i++) {
      const started = performance.now();
      await engine.tasks(query);
      times.push(performance.now() - started);
    }
    kinds[name] = { found: answer.length, p50: percentile(times, 0.5), p95: percentile(times, 0.95), plan: await explain(db, query) };
  }
  return { store: kind, instances: options.instances, loadMs: options.loadMs, queries: options.queries, kinds };
}

/**
 * p50 and p95 milliseconds of `engine.tasks()` for each inbox query, over `queries` calls each
 * after 50 unmeasured ones, with `instances` open instances on `kind`.
 */
export async function measureInbox(kind: BenchStoreKind, options: { instances: number; queries: number; warmUp?: number }): Promise<InboxFigure> {
  const prepared = await prepareInbox(kind, options);
  try {
    return await prepared.measure();
  } finally {
    await prepared.close();
  }
}

/**
 * `EXPLAIN ANALYZE` of the store's SQL for `query` (the statement sql-store.ts builds for an
 * actor with roles only, no unit), as one line per plan node.
 */
async function explain(db: BenchDatabase, query: TaskQuery): Promise<string> {
  const order = query.sort === 'due' ? 'due nulls last, created_at, place, ordinal' : 'created_at, place, ordinal';
  const rows = await db.query<{ 'QUERY PLAN': string }>(
    `explain (analyze, costs off, buffers off) select task from ${db.store.schema}.tasks
     where tenant = $1 and audience && $2::text[] order by ${order} limit $3`,
    ['default', [...query.actor.roles.map((role) => `r:${role}`), `a:${query.actor.id}`], query.limit],
  );
  return rows.map((row) => row['QUERY PLAN'].trim()).join('; ');
}
