import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPostgresStore } from '../src/store/postgres-store.js';
import { faultRounds, SEED } from './support/fault-rounds.js';

// The fault test (support/fault-rounds.ts) on the PostgreSQL server the test setup started: a
// child process writing to a schema of its own is killed with SIGKILL mid-stream (the server
// lives on), and the schema is opened again, here, after each kill.
describe('a writer killed with SIGKILL mid-stream, on PostgreSQL', () => {
  const url = inject('postgresUrl');
  const schema = 'fault_1';
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  afterAll(async () => {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  });

  it(`loses no acknowledged command and half-writes none (seed ${SEED})`, async () => {
    const reports = await faultRounds(
      {
        spec: { kind: 'postgres', url, schema },
        schema,
        kills: 4,
        killDelayMs: 12,
        async reopen() {
          const store = await createPostgresStore({ pool: admin, schema });
          return {
            store,
            sql: async (text, params) => (await admin.query<Record<string, unknown>>(text, params)).rows,
            close: () => store.close(),
          };
        },
      },
      expect,
    );
    expect(reports.filter((report) => report.killAfter !== 'end').length).toBeGreaterThanOrEqual(1);
  }, 300_000);
});
