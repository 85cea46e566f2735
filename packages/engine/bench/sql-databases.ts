/**
 * The databases of the store benchmarks: a PGlite database (in memory or in a data directory) or
 * a fresh database on a PostgreSQL server, each with a Luzhi store on it and a way to run plain
 * SQL beside the store — the two bare transactions that the command figures are compared with, and
 * the bulk loading of the to-do figures.
 *
 * The server comes from `LUZHI_BENCH_PG` (a connection string; run.ts starts one server for the
 * whole run and passes it on); without it, a throw-away server is started for this process.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createPgliteStore } from '../src/pglite.js';
import { createPostgresStore } from '../src/postgres.js';
import type { SqlStore } from '../src/pglite.js';
import { pgliteStartParams } from '../src/store/pglite-store.js';
import { startPostgresServer } from '@luzhi/test-env';

/** Where a benchmark keeps its rows. */
export type BenchStoreKind = 'pglite' | 'pglite-dir' | 'postgres';

/** The columns of the bare transaction's instance update and event insert (as text; JSON as JSON text). */
export interface BareWrite {
  tenant: string;
  id: string;
  status: string;
  state: string;
  data: string;
  runtime: string;
  at: string;
  type: string;
  hash: string;
  event: string;
}

/** The SQL of the bare transaction on the `bare` schema (tables made like Luzhi's by {@link createBareTables}). */
const BARE = {
  lock: 'select version from bare.instances where tenant = $1 and id = $2 for update',
  event: 'insert into bare.events (tenant, instance_id, seq, at, type, hash, event) values ($1, $2, $3, $4, $5, $6, $7::jsonb)',
  update:
    'update bare.instances set status = $3, version = $4, state = $5::jsonb, data = $6::jsonb, runtime = $7::jsonb, updated_at = $8 where tenant = $1 and id = $2',
};

/**
 * The rows a Luzhi command writes besides the instance and the event, as its `commit_command`
 * call writes them (columns as text; JSON as JSON text): the instance's open tasks, its pending
 * timers, and the outbox rows of its effects.
 */
export interface SameRowsWrite extends BareWrite {
  tasks: Array<{ ordinal: number; definition_id: string; state: string; audience: string[]; created_at: string; due: string | null; warn_at: string | null; task: string }>;
  timers: Array<{ id: string; due_at: string; timer: string }>;
  effects: Array<{ id: string; status: string; available_at: string | null; attempts: number; effect: string }>;
}

/**
 * The SQL of the bare transaction that writes the same rows as Luzhi, on the `same` schema
 * (tables made like Luzhi's by {@link createSameRowsTables}).
 */
const SAME = {
  lock: 'select version from same.instances where tenant = $1 and id = $2 for update',
  event: 'insert into same.events (tenant, instance_id, seq, at, type, hash, event) values ($1, $2, $3, $4, $5, $6, $7::jsonb)',
  dropTasks: 'delete from same.tasks where tenant = $1 and instance_id = $2 returning place',
  place: "select nextval('same.task_places') as place",
  task:
    'insert into same.tasks (tenant, instance_id, ordinal, place, definition_id, state, audience, created_at, due, warn_at, task) values ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9, $10, $11::jsonb)',
  dropTimers: 'delete from same.timers where tenant = $1 and instance_id = $2',
  timer: 'insert into same.timers (id, tenant, instance_id, due_at, timer) values ($1, $2, $3, $4, $5::jsonb)',
  effect:
    'insert into same.outbox (id, tenant, instance_id, status, available_at, attempts, effect) values ($1, $2, $3, $4, $5, $6, $7::jsonb)',
  forget: 'delete from same.outbox where id = any($1::text[])',
  update:
    'update same.instances set status = $3, version = $4, state = $5::jsonb, data = $6::jsonb, runtime = $7::jsonb, updated_at = $8 where tenant = $1 and id = $2',
};

/** Runs one statement of a transaction (`name`: the prepared statement's name where the driver keeps one). */
type Statement = <Row>(name: string, text: string, values: unknown[]) => Promise<Row[]>;

/**
 * The statements of the same-rows transaction, between its begin and commit: lock the instance;
 * insert the event; replace the instance's tasks (keeping its place in the to-do order) and its
 * timers; queue its outbox rows; delete `forget` (outbox rows delivered since the last
 * transaction); update the instance.
 */
async function sameRowsStatements(run: Statement, w: SameRowsWrite, forget: string[]): Promise<void> {
  const [row] = await run<{ version: number }>('same_lock', SAME.lock, [w.tenant, w.id]);
  const version = row!.version + 1;
  await run('same_event', SAME.event, [w.tenant, w.id, version, w.at, w.type, w.hash, w.event]);
  const dropped = await run<{ place: string }>('same_drop_tasks', SAME.dropTasks, [w.tenant, w.id]);
  if (w.tasks.length > 0) {
    const place = dropped[0]?.place ?? (await run<{ place: string }>('same_place', SAME.place, []))[0]!.place;
    for (const t of w.tasks) {
      await run('same_task', SAME.task, [w.tenant, w.id, t.ordinal, place, t.definition_id, t.state, t.audience, t.created_at, t.due, t.warn_at, t.task]);
    }
  }
  await run('same_drop_timers', SAME.dropTimers, [w.tenant, w.id]);
  for (const t of w.timers) await run('same_timer', SAME.timer, [t.id, w.tenant, w.id, t.due_at, t.timer]);
  for (const e of w.effects) await run('same_effect', SAME.effect, [e.id, w.tenant, w.id, e.status, e.available_at, e.attempts, e.effect]);
  if (forget.length > 0) await run('same_forget', SAME.forget, [forget]);
  await run('same_update', SAME.update, [w.tenant, w.id, w.status, version, w.state, w.data, w.runtime, w.at]);
}

export interface BenchDatabase {
  kind: BenchStoreKind;
  store: SqlStore;
  /** Runs statements without parameters. */
  exec(sql: string): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /**
   * The bare transaction: begin; select … for update on the instance row; insert the event;
   * update the instance (version + 1); commit.
   */
  bareTransaction(write: BareWrite): Promise<void>;
  /**
   * The bare transaction that writes the same rows as a Luzhi command: begin; select … for update
   * on the instance row; insert the event; delete and insert the instance's tasks and timers;
   * insert its outbox rows; delete the outbox rows in `forget`; update the instance; commit.
   */
  sameRowsTransaction(write: SameRowsWrite, forget: string[]): Promise<void>;
  /**
   * CPU milliseconds used so far by the server processes serving this database (read from /proc:
   * the server runs on this machine); undefined for PGlite, which works inside this process.
   */
  serverCpuMs(): Promise<number | undefined>;
  close(): Promise<void>;
}

/** User and system CPU milliseconds of process `pid` (0 once it has gone). */
function processCpuMs(pid: number): number {
  try {
    // Fields after the command name: state is field 3, utime and stime are fields 14 and 15.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/**
 * Creates `schema` with tables made like Luzhi's `tables` (columns, keys and indexes), copying
 * into them the rows of Luzhi's `copied`.
 */
async function tablesLikeLuzhi(db: BenchDatabase, schema: string, tables: string[], copied: string[]): Promise<void> {
  const s = db.store.schema;
  await db.exec([`create schema ${schema}`, ...tables.map((table) => `create table ${schema}.${table} (like ${s}.${table} including all)`)].join(';\n'));
  for (const table of copied) {
    // Generated columns (the instances' keys) are computed again on insert and cannot be copied.
    const columns = await db.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_schema = $1 and table_name = $2 and is_generated = 'NEVER' order by ordinal_position`,
      [s, table],
    );
    const list = columns.map(({ column_name }) => `"${column_name}"`).join(', ');
    await db.exec(`insert into ${schema}.${table} (${list}) select ${list} from ${s}.${table}`);
  }
}

/**
 * A `bare` schema whose instances and events tables are made like Luzhi's (columns, keys and
 * indexes), the instances copied from Luzhi's.
 */
export async function createBareTables(db: BenchDatabase): Promise<void> {
  await tablesLikeLuzhi(db, 'bare', ['instances', 'events'], ['instances']);
}

/**
 * A `same` schema whose instances, events, tasks, timers and outbox tables are made like Luzhi's
 * (columns, keys and indexes — the tasks' GIN index on the audience included; the outbox
 * positions and task places from sequences of its own), the instances, tasks and timers copied
 * from Luzhi's.
 */
export async function createSameRowsTables(db: BenchDatabase): Promise<void> {
  const s = db.store.schema;
  await tablesLikeLuzhi(db, 'same', ['instances', 'events', 'tasks', 'timers', 'outbox'], ['instances', 'tasks', 'timers']);
  await db.exec(`
    create sequence same.outbox_position owned by same.outbox.position;
    alter table same.outbox alter column position set default nextval('same.outbox_position');
    create sequence same.task_places;
    select setval('same.task_places', (select max(place) from same.tasks));
  `);
  // Each table must have the indexes of Luzhi's (by definition, the schema aside).
  const indexes = (schema: string) =>
    db.query<{ tablename: string; definition: string }>(
      `select tablename, replace(replace(indexdef, indexname, ''), schemaname || '.', '') as definition
       from pg_indexes where schemaname = $1 and tablename in ('instances', 'events', 'tasks', 'timers', 'outbox') order by 1, 2`,
      [schema],
    );
  const [luzhi, same] = [JSON.stringify(await indexes(s)), JSON.stringify(await indexes('same'))];
  if (luzhi !== same) throw new Error(`the same-rows tables' indexes differ from Luzhi's: ${same} ≠ ${luzhi}`);
}

/** Opens a fresh database of `kind` with a Luzhi store on it (schema `luzhi`). */
export async function openBenchDatabase(kind: BenchStoreKind, options: { connections: number }): Promise<BenchDatabase> {
  return kind === 'postgres' ? openPostgres(options.connections) : openPglite(kind === 'pglite-dir');
}

async function openPglite(onDisk: boolean): Promise<BenchDatabase> {
  const dir = onDisk ? mkdtempSync(join(tmpdir(), 'luzhi-bench-pglite-')) : undefined;
  // Started as the store starts the databases it opens itself (its shared buffers).
  const startParams = pgliteStartParams();
  const db = dir === undefined ? new PGlite({ startParams }) : new PGlite(dir, { startParams });
  const store = await createPgliteStore({ db });
  return {
    kind: onDisk ? 'pglite-dir' : 'pglite',
    store,
    exec: async (sql) => void (await db.exec(sql)),
    query: async (sql, params) => (await db.query(sql, params)).rows as never,
    bareTransaction: (w) =>
      db.transaction(async (tx) => {
        const [row] = (await tx.query<{ version: number }>(BARE.lock, [w.tenant, w.id])).rows;
        const version = row!.version + 1;
        await tx.query(BARE.event, [w.tenant, w.id, version, w.at, w.type, w.hash, w.event]);
        await tx.query(BARE.update, [w.tenant, w.id, w.status, version, w.state, w.data, w.runtime, w.at]);
      }),
    sameRowsTransaction: (w, forget) =>
      db.transaction((tx) => sameRowsStatements(async (_name, text, values) => (await tx.query(text, values)).rows as never, w, forget)),
    serverCpuMs: async () => undefined,
    async close() {
      await store.close();
      await db.close();
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(connections: number): Promise<BenchDatabase> {
  let url = process.env.LUZHI_BENCH_PG;
  const server = url === undefined ? await startPostgresServer() : undefined;
  url ??= server!.url;
  const name = `bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const databaseUrl = url.replace(/\/[^/]*$/, `/${name}`);
  // One pool for all sides: the store borrows from it, and so do the bare transactions.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  const store = await createPostgresStore({ pool });
  /** Runs `work` between begin and commit on a connection of its own (rolled back if it throws). */
  async function transaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await work(client);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return {
    kind: 'postgres',
    store,
    exec: async (sql) => void (await pool.query(sql)),
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    bareTransaction: (w) =>
      transaction(async (client) => {
        const { rows } = await client.query<{ version: number }>({ name: 'bare_lock', text: BARE.lock, values: [w.tenant, w.id] });
        const version = rows[0]!.version + 1;
        await client.query({ name: 'bare_event', text: BARE.event, values: [w.tenant, w.id, version, w.at, w.type, w.hash, w.event] });
        await client.query({ name: 'bare_update', text: BARE.update, values: [w.tenant, w.id, w.status, version, w.state, w.data, w.runtime, w.at] });
      }),
    sameRowsTransaction: (w, forget) =>
      transaction((client) => sameRowsStatements(async (name, text, values) => (await client.query({ name, text, values })).rows, w, forget)),
    async serverCpuMs() {
      const { rows } = await pool.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database()');
      return rows.reduce((sum, row) => sum + processCpuMs(row.pid), 0);
    },
    async close() {
      await store.close();
      await pool.end();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database ${name}`);
      await cleanup.end();
      server?.stop();
    },
  };
}
