import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createPgliteStore } from '../../src/store/pglite-store.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import type { Store } from '../../src/store/store.js';

/**
 * One in-memory PGlite database and a pool on the test run's PostgreSQL server, for a test file
 * that opens stores on them and reads their tables: both are closed after the file.
 */
export function testDatabases(maxConnections = 4): { db: PGlite; pool: pg.Pool } {
  const db = new PGlite();
  const pool = new pg.Pool({ connectionString: inject('postgresUrl'), max: maxConnections });
  // Creating a PGlite database runs initdb in WebAssembly: slow on a busy machine, so not in a test's time.
  beforeAll(() => db.waitReady, 120_000);
  afterAll(async () => {
    await db.close();
    await pool.end();
  }, 60_000);
  return { db, pool };
}

/**
 * The three stores as `describe.each` rows: `[name, open]`, where `open()` gives a new store (a
 * schema of its own, named from `prefix`, on one in-memory PGlite and on the test run's
 * PostgreSQL server), or `undefined` for the engine's own memory store. Call it at the top of a
 * test file: the PGlite database and the connection pool are closed after the file.
 */
export function everyStore(prefix: string): Array<[string, () => Promise<Store | undefined>]> {
  const { db, pool } = testDatabases();
  let schemas = 0;
  return [
    ['memory', async () => undefined],
    ['PGlite', async () => createPgliteStore({ db, schema: `${prefix}_${++schemas}` })],
    ['PostgreSQL', async () => createPostgresStore({ pool, schema: `${prefix}_${++schemas}` })],
  ];
}
