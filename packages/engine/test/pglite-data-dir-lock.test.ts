import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/index.js';
import { createPgliteStore, StoreLockedError } from '../src/pglite.js';
import { startChildScript } from './support/child-script.js';
import { quietEffects } from './support/command-plan.js';
import { member, proposalDefinition } from './support/proposal.js';

// A PGlite data directory is one PostgreSQL cluster: two processes writing it would corrupt it.

const root = mkdtempSync(join(tmpdir(), 'luzhi-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const refusal = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

describe('a PGlite data directory', () => {
  it('is refused to a second process while one holds it, and taken over once that process is killed', async () => {
    const dataDir = join(root, 'shared');
    const holder = startChildScript('pglite-holder.ts', [dataDir]);
    const { pid } = JSON.parse(await holder.nextLine()) as { pid: number };

    const error = await refusal(createPgliteStore({ dataDir }));
    expect(error).toBeInstanceOf(StoreLockedError);
    expect(error).toMatchObject({ code: 'store.locked', pid, dataDir });
    expect((error as StoreLockedError).messages['zh-CN']).toContain(String(pid));

    holder.process.kill('SIGKILL');
    expect(await holder.exited).toMatchObject({ signal: 'SIGKILL' });
    // The lock the killed process left names a process that is gone: stale, so taken over.
    const store = await createPgliteStore({ dataDir });
    const engine = createEngine({ definitions: [proposalDefinition], store, tenant: 'jiangyin', ...quietEffects });
    await engine.start('proposal', { actor: member, id: 'L-1' });
    expect(readFileSync(join(dataDir, 'luzhi.lock'), 'utf8').trim()).toBe(String(process.pid));
    await store.close();
  }, 180_000);

  it('is refused to a second store of the same process, and free again once the first closes', async () => {
    const dataDir = join(root, 'own');
    const first = await createPgliteStore({ dataDir });
    expect(await refusal(createPgliteStore({ dataDir: `${dataDir}/` }))).toMatchObject({ code: 'store.locked', pid: process.pid });
    await first.close();
    const second = await createPgliteStore({ dataDir });
    await second.close();
  }, 180_000);

  it('takes over a lock left by an earlier process with this process’s id (a restarted container)', async () => {
    // The directory of the test before (a new one would cost another initdb).
    const dataDir = join(root, 'own');
    writeFileSync(join(dataDir, 'luzhi.lock'), `${process.pid}\n`);
    const store = await createPgliteStore({ dataDir });
    await store.close();
  }, 180_000);
});
