import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteStore } from '../src/store/pglite-store.js';
import { faultRounds, SEED } from './support/fault-rounds.js';

// The fault test (support/fault-rounds.ts) on a PGlite data directory: a child process writing
// to it is killed with SIGKILL mid-stream, and the directory is opened again, here, after each kill.
describe('a writer killed with SIGKILL mid-stream, on a PGlite data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'luzhi-fault-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`loses no acknowledged command and half-writes none (seed ${SEED})`, async () => {
    const dataDir = join(dir, 'data');
    const reports = await faultRounds(
      {
        spec: { kind: 'pglite', dataDir },
        schema: 'luzhi',
        kills: 3,
        killDelayMs: 40,
        async reopen() {
          const db = new PGlite(dataDir);
          const store = await createPgliteStore({ db });
          return {
            store,
            sql: async (text, params) => (await db.query<Record<string, unknown>>(text, params)).rows,
            close: async () => {
              await store.close();
              await db.close();
            },
          };
        },
      },
      expect,
    );
    expect(reports.filter((report) => report.killAfter !== 'end').length).toBeGreaterThanOrEqual(1);
  }, 300_000);
});
