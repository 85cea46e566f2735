import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { createPostgresStore } from '../src/store/postgres-store.js';
import { describeStoreConformance } from './support/store-conformance.js';
import { openInFreshSchema } from './support/sql-schema-per-test.js';

// The server the test setup started; each test gets a schema of its own.
const pool = new pg.Pool({ connectionString: inject('postgresUrl'), max: 20 });
afterAll(() => pool.end());

describeStoreConformance(
  'PostgreSQL store',
  openInFreshSchema('conformance', (schema) => createPostgresStore({ pool, schema }), (sql, params) => pool.query(sql, params)),
);
