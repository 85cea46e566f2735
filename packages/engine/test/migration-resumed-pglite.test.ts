import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteStore } from '../src/store/pglite-store.js';
import { migrationKilledAndResumed } from './support/migration-kill.js';

// support/migration-kill.ts on a PGlite data directory: the migrating child is killed with
// SIGKILL, and the directory is opened again, here.
describe('a migration killed with SIGKILL, on a PGlite data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'luzhi-migration-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves no instance half-migrated, and the same plan run again migrates each remaining one exactly once', async () => {
    const dataDir = join(dir, 'data');
    const { before } = await migrationKilledAndResumed(
      {
        spec: { kind: 'pglite', dataDir },
        schema: 'luzhi',
        async open() {
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
    expect(before).toBeGreaterThan(0);
  }, 120_000);
});
