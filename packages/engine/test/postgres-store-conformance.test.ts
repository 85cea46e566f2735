import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { createPostgresStore } from '../src/store/postgres-store.js';
import { describeStoreConformance } from './support/store-conformance.js';
import { corruptInstance } from './support/sql-corrupt.js';

// The server the test setup started; each test gets a schema of its own, dropped after it.
const pool = new pg.Pool({ connectionString: inject('postgresUrl'), max: 20 });
afterAll(() => pool.end());
let schemas = 0;

describeStoreConformance('PostgreSQL store', async () => {
  const schema = `conformance_${++schemas}`;
  const store = await createPostgresStore({ pool, schema });
  return {
    store,
    close: async () => {
      await store.close();
      await pool.query(`drop schema ${schema} cascade`);
    },
    corrupt: (ref, field, value) => corruptInstance((sql, params) => pool.query(sql, params), schema, ref, field, value),
  };
});
