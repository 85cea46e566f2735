/**
 * The databases of the store benchmarks: a PGlite database (in memory or in a data directory) or
 * a fresh database on a PostgreSQL server, each with a Luzhi store on it and a way to run plain
 * SQL beside the store — the bare transaction that the command figures are compared with, and the
 * bulk loading of the to-do figures.
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
import { startPostgresServer } from '../test/support/postgres-server.js';

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
 * A `bare` schema whose instances and events tables are made like Luzhi's (columns, keys and
 * indexes), the instances copied from Luzhi's.
 */
export async function createBareTables(db: BenchDatabase): Promise<void> {
  const s = db.store.schema;
  await db.exec(`
    create schema bare;
    create table bare.instances (like ${s}.instances including all);
    create table bare.events (like ${s}.events including all);
    insert into bare.instances select * from ${s}.instances;
  `);
}

/** Opens a fresh database of `kind` with a Luzhi store on it (schema `luzhi`). */
export async function openBenchDatabase(kind: BenchStoreKind, options: { connections: number }): Promise<BenchDatabase> {
  return kind === 'postgres' ? openPostgres(options.connections) : openPglite(kind === 'pglite-dir');
}

async function openPglite(onDisk: boolean): Promise<BenchDatabase> {
  const dir = onDisk ? mkdtempSync(join(tmpdir(), 'luzhi-bench-pglite-')) : undefined;
  const db = dir === undefined ? new PGlite() : new PGlite(dir);
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
  // One pool for both sides: the store borrows from it, and so does the bare transaction.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  const store = await createPostgresStore({ pool });
  return {
    kind: 'postgres',
    store,
    exec: async (sql) => void (await pool.query(sql)),
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    async bareTransaction(w) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const { rows } = await client.query<{ version: number }>({ name: 'bare_lock', text: BARE.lock, values: [w.tenant, w.id] });
        const version = rows[0]!.version + 1;
        await client.query({ name: 'bare_event', text: BARE.event, values: [w.tenant, w.id, version, w.at, w.type, w.hash, w.event] });
        await client.query({ name: 'bare_update', text: BARE.update, values: [w.tenant, w.id, w.status, version, w.state, w.data, w.runtime, w.at] });
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
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
