import { PGlite } from '@electric-sql/pglite';
import { afterAll } from 'vitest';
import { createPgliteStore } from '../src/store/pglite-store.js';
import { describeStoreConformance } from './support/store-conformance.js';
import { openInFreshSchema } from './support/sql-schema-per-test.js';

// One in-memory database for the file; each test gets a schema of its own.
const db = new PGlite();
afterAll(() => db.close());

describeStoreConformance(
  'PGlite store',
  openInFreshSchema('conformance', (schema) => createPgliteStore({ db, schema }), (sql, params) => db.query(sql, params)),
);
