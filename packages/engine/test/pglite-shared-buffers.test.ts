import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, PayloadError } from '../src/index.js';
import { createPgliteStore, DEFAULT_SHARED_BUFFERS_MB } from '../src/pglite.js';
import { pgliteStartParams } from '../src/store/pglite-store.js';
import { quietEffects } from './support/command-plan.js';
import { member, proposalDefinition } from './support/proposal.js';

// PGlite sets up every shared buffer when it starts: the store opens its database with fewer than
// PostgreSQL's default, and the host may choose how many.

const root = mkdtempSync(join(tmpdir(), 'luzhi-buffers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const refusal = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

describe('the shared buffers of a PGlite database the store opens', () => {
  it('are set by the start parameters the store passes, PGlite’s own kept', async () => {
    expect(DEFAULT_SHARED_BUFFERS_MB).toBe(32);
    expect(pgliteStartParams()).toEqual([...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB']);
    const db = await PGlite.create({ startParams: pgliteStartParams(48) });
    const shown = await db.query<{ shared_buffers: string; search_path: string }>('select current_setting($1) as shared_buffers, current_setting($2) as search_path', ['shared_buffers', 'search_path']);
    expect(shown.rows[0]).toEqual({ shared_buffers: '48MB', search_path: 'public' });
    await db.close();
  }, 60_000);

  it('may be as few as 1 MB, in memory and in a data directory, with every row still read back', async () => {
    for (const options of [{ sharedBuffersMB: 1 }, { sharedBuffersMB: 1, dataDir: join(root, 'small') }]) {
      const store = await createPgliteStore(options);
      const engine = createEngine({ definitions: [proposalDefinition], store, ...quietEffects });
      const ids = Array.from({ length: 40 }, (_, n) => `B-${n}`);
      for (const id of ids) await engine.start('proposal', { actor: member, id, data: { title: `关于第 ${id} 号事项的建议`.repeat(20) } });
      const page = await engine.instances({ limit: 100 });
      expect(page.items.map((item) => item.id).sort()).toEqual([...ids].sort());
      await store.close();
    }
  }, 120_000);

  it('are refused out of range or not a whole number, with a PayloadError at the option', async () => {
    for (const sharedBuffersMB of [0, 1025, 1.5, '32', -1]) {
      const error = await refusal(createPgliteStore({ sharedBuffersMB } as never));
      expect(error).toBeInstanceOf(PayloadError);
      expect((error as PayloadError).issues.map((issue) => issue.pointer)).toEqual(['/sharedBuffersMB']);
    }
  });
});
