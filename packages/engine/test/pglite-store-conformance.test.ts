import { PGlite } from '@electric-sql/pglite';
import { afterAll } from 'vitest';
import { createPgliteStore } from '../src/store/pglite-store.js';
import { describeStoreConformance } from './support/store-conformance.js';
import { corruptInstance } from './support/sql-corrupt.js';

// One database for the file; each test gets a schema of its own, dropped after it.
const db = new PGlite();
afterAll(() => db.close());
let schemas = 0;

describeStoreConformance('PGlite store', async () => {
  const schema = `conformance_${++schemas}`;
  const store = await createPgliteStore({ db, schema });
  return {
    store,
    close: async () => {
      await store.close();
      await db.exec(`drop schema ${schema} cascade`);
    },
    corrupt: (ref, field, value) => corruptInstance((sql, params) => db.query(sql, params), schema, ref, field, value),
  };
});
