import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPostgresStore } from '../src/store/postgres-store.js';
import { migrationKilledAndResumed } from './support/migration-kill.js';

// support/migration-kill.ts on the PostgreSQL server the test setup started: the migrating child
// is killed with SIGKILL (the server lives on), and the schema is opened again, here.
describe('a migration killed with SIGKILL, on PostgreSQL', () => {
  const url = inject('postgresUrl');
  const schema = 'migration_kill';
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  afterAll(async () => {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  });

  it('leaves no instance half-migrated, and the same plan run again migrates each remaining one exactly once', async () => {
    const { before } = await migrationKilledAndResumed(
      {
        spec: { kind: 'postgres', url, schema },
        schema,
        async open() {
          const store = await createPostgresStore({ pool: admin, schema });
          return {
            store,
            sql: async (text, params) => (await admin.query<Record<string, unknown>>(text, params)).rows,
            // The pool is the test's: closing the store leaves it open for the next opening.
            close: () => store.close(),
          };
        },
      },
      expect,
    );
    expect(before).toBeGreaterThan(0);
  }, 120_000);
});
