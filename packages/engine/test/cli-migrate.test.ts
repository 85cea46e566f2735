import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import { createEngine, createVirtualClock, type Store } from '../src/index.js';
import { createPgliteStore } from '../src/store/pglite-store.js';
import { createPostgresStore } from '../src/store/postgres-store.js';
import { officer, reviewPlan, reviewV1, reviewV2 } from './support/versioned-review.js';

const folder = mkdtempSync(join(tmpdir(), 'luzhi-cli-migrate-'));
const file = (name: string, value: unknown): string => {
  const path = join(folder, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};
const oldFile = file('v1.json', reviewV1);
const newFile = file('v2.json', reviewV2);
const mapFile = file('map.json', { states: reviewPlan.states, data: reviewPlan.data });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `luzhi` in this process and collects what it prints. */
async function luzhi(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, out, err };
}

/** Three instances of version 1: in draft, in review, and one whose data the map cannot fix. */
async function seed(store: Store): Promise<void> {
  const engine = createEngine({ definitions: [reviewV1], store, clock: createVirtualClock('2026-03-02T01:00:00.000Z'), tenant: 'jiangyin' });
  await engine.start('versioned-review', { actor: officer, id: 'C1', data: { title: 'C1' } });
  await engine.start('versioned-review', { actor: officer, id: 'C2', data: { title: 'C2' } });
  await engine.send('C2', { type: 'submit', actor: officer });
  await engine.start('versioned-review', { actor: officer, id: 'C3', data: { title: 'C3', priority: 'lowest' } });
  await store.close();
}

describe('luzhi migrate on PostgreSQL', () => {
  const admin = new pg.Pool({ connectionString: inject('postgresUrl'), max: 2 });
  const url = new URL(inject('postgresUrl'));
  url.pathname = '/cli_migrate';
  afterAll(async () => {
    await admin.query('drop database if exists cli_migrate with (force)');
    await admin.end();
  });

  it('reports each instance in a dry run, writes nothing, then migrates and exits 1 for the one it cannot move', async () => {
    await admin.query('drop database if exists cli_migrate with (force)');
    await admin.query('create database cli_migrate');
    await seed(await createPostgresStore({ connectionString: url.href }));

    const dry = await luzhi('migrate', oldFile, newFile, '--map', mapFile, '--dry-run', '--postgres', url.href, '--tenant', 'jiangyin', '--lang', 'en');
    expect(dry.err).toEqual([]);
    expect(dry.out).toEqual([
      '✓ C1  draft → draft',
      '✓ C2  review → check',
      expect.stringMatching(/^✗ C3 {2}\/data\/priority: /),
      'Dry run (nothing written) versioned-review@1 → @2: 3 running instance(s), 2 can move, 1 cannot',
    ]);
    expect(dry.status).toBe(1);

    const check = await createPostgresStore({ connectionString: url.href });
    const reader = createEngine({ definitions: [reviewV1], store: check, tenant: 'jiangyin' });
    expect((await reader.get('C2')).definition.version).toBe(1);
    expect(await check.loadDefinition('jiangyin', 'versioned-review', 2)).toBeUndefined();
    await check.close();

    const real = await luzhi('migrate', oldFile, newFile, '--map', mapFile, '--postgres', url.href, '--tenant', 'jiangyin', '--json');
    expect(real.status).toBe(1);
    const report = JSON.parse(real.out.join('\n'));
    expect(report).toMatchObject({ dryRun: false, totals: { instances: 3, migrated: 2, refused: 1 } });

    // An engine given only version 2 serves the migrated instances; the history says so.
    const after = await createPostgresStore({ connectionString: url.href });
    const engine = createEngine({ definitions: [reviewV2], store: after, tenant: 'jiangyin' });
    expect(await engine.get('C2')).toMatchObject({ state: 'check', definition: { version: 2 }, data: { priority: 'normal' } });
    expect((await engine.history('C2')).at(-1)).toMatchObject({ type: 'migrated' });
    expect(await engine.verifyHistory('C2')).toEqual({ ok: true, events: 3 });
    expect((await engine.get('C3')).definition.version).toBe(1);
    await after.close();

    // Run again: only the refused one is left, and it is refused again the same way.
    const again = await luzhi('migrate', oldFile, newFile, '--map', mapFile, '--postgres', url.href, '--tenant', 'jiangyin');
    expect(again.out).toHaveLength(2);
    expect(again.out[0]).toMatch(/^✗ C3 {2}\/data\/priority: /);
  });

  it('points at the file and place of each problem with the files, the map or the plan, and exits 1; usage mistakes exit 2', async () => {
    const badMap = file('bad-map.json', { states: { review: 'nowhere' }, data: { priority: "'normal'" }, extra: 1 });
    const unknownKey = await luzhi('migrate', oldFile, newFile, '--map', badMap, '--postgres', url.href, '--lang', 'en');
    expect(unknownKey.out).toEqual([`${badMap}#/extra: The map file has only "states" and "data"; "extra" is unknown`]);
    expect(unknownKey.status).toBe(1);

    const planMap = file('plan-map.json', { states: { review: 'nowhere' }, data: { priority: "'normal'" } });
    await admin.query('create database cli_migrate_plan');
    const planUrl = new URL(url.href);
    planUrl.pathname = '/cli_migrate_plan';
    try {
      const plan = await luzhi('migrate', oldFile, newFile, '--map', planMap, '--dry-run', '--postgres', planUrl.href, '--lang', 'en');
      expect(plan.out).toEqual([
        `${planMap}#/states/review: versioned-review@2 has no state "nowhere"`,
        `${planMap}#/data/priority: "priority" is not a JSON pointer into the data (starting with /)`,
      ]);
      expect(plan.status).toBe(1);
      const sameVersion = await luzhi('migrate', oldFile, oldFile, '--map', mapFile, '--dry-run', '--postgres', planUrl.href, '--lang', 'en');
      expect(sameVersion.out).toContain(`${oldFile}#/version: The plan moves instances to the version they are on`);
    } finally {
      await admin.query('drop database if exists cli_migrate_plan with (force)');
    }

    const broken = file('broken.json', '{ "id": ');
    expect((await luzhi('migrate', broken, newFile, '--map', mapFile, '--postgres', url.href)).out[0]).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#`));

    expect((await luzhi('migrate', oldFile, newFile, '--postgres', url.href)).status).toBe(2);
    expect((await luzhi('migrate', oldFile, newFile, '--map', mapFile)).status).toBe(2);
    expect((await luzhi('migrate', oldFile, newFile, '--map', mapFile, '--pglite', folder, '--postgres', url.href)).status).toBe(2);
    expect((await luzhi('migrate', oldFile, newFile, '--map', mapFile, '--postgres', url.href, '--tenant', '../x')).status).toBe(2);
  });
});

describe('luzhi migrate on a PGlite data directory', () => {
  it('migrates the instances in the directory', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'luzhi-cli-pglite-')), 'data');
    try {
      await seed(await createPgliteStore({ dataDir }));
      const run = await luzhi('migrate', oldFile, newFile, '--map', mapFile, '--pglite', dataDir, '--tenant', 'jiangyin', '--lang', 'en');
      expect(run.out.at(-1)).toBe('Migrated versioned-review@1 → @2: 3 running instance(s), 2 moved, 1 not moved');
      expect(run.status).toBe(1);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
