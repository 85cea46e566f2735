import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPostgresStore } from '../src/store/postgres-store.js';

const url = inject('postgresUrl');
const admin = new pg.Pool({ connectionString: url, max: 2 });
afterAll(() => admin.end());

describe('a PostgreSQL store that opened its own connections', () => {
  it('outlives the server ending its idle connections, and keeps serving on new ones', async () => {
    const schema = `connection_loss_${process.pid}`;
    const store = await createPostgresStore({ connectionString: url, schema });
    try {
      expect(await store.loadDefinition('jiangyin', 'proposal')).toBeUndefined();
      const ended = await admin.query(
        `select pg_terminate_backend(pid) as ended from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and application_name = '' and state = 'idle'
            and backend_type = 'client backend' and pid not in (select pid from pg_stat_activity where query like '%pg_stat_activity%')`,
      );
      expect(ended.rows.length).toBeGreaterThan(0);
      // The ended connections report their loss on the pool; the process lives on.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await store.loadDefinition('jiangyin', 'proposal')).toBeUndefined();
    } finally {
      await store.close();
      await admin.query(`drop schema if exists ${schema} cascade`);
    }
  });
});
