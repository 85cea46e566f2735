import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, createVirtualClock, StoreLockedError, type Engine, type Store } from '@luzhi/engine';
import { createPgliteStore } from '@luzhi/engine/pglite';
import { createPostgresStore } from '@luzhi/engine/postgres';
import { startPostgresServer } from '@luzhi/test-env';
import { moveStore, MoveStoreError } from '../scripts/move-store.js';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

/** A review with a ten-day deadline (a timer row) whose submission notifies the office (an outbox row). */
const REVIEW = {
  id: 'move-review',
  version: 1,
  title: { 'zh-CN': '搬迁用的审查流程', en: 'A review to move' },
  roles: {
    member: { title: { 'zh-CN': '委员', en: 'Member' } },
    office: { title: { 'zh-CN': '办公室', en: 'Office' } },
  },
  data: { type: 'object', properties: { title: { type: 'string' } } },
  initial: 'draft',
  states: {
    draft: {
      title: { 'zh-CN': '起草', en: 'Drafting' },
      on: {
        submit: {
          to: 'review',
          roles: ['member'],
          set: { '/title': "'关于搬迁数据的建议'" },
          effects: [{ notify: { roles: ['office'], message: '收到新件' } }],
        },
      },
    },
    review: {
      title: { 'zh-CN': '审查', en: 'Review' },
      deadline: { within: 'P10D', onExpire: { to: 'late' } },
      on: { accept: { to: 'done', roles: ['office'] } },
    },
    late: { title: { 'zh-CN': '逾期', en: 'Late' }, on: { accept: { to: 'done', roles: ['office'] } } },
    done: { title: { 'zh-CN': '办结', en: 'Done' }, type: 'final' },
  },
};
const MEMBER = { id: 'wang', roles: ['member'] };
const OFFICE = { id: 'tian', roles: ['office'] };
const START = new Date('2026-03-02T01:00:00Z');

let postgres: { url: string; stop(): void };
const temporary: string[] = [];
/** The data directory every test copies: two committees' instances, a published definition, a pending effect. */
let fixture: string;
/** What the engine saw in the fixture before any move. */
const before: { histories: Map<string, unknown>; tasks: unknown; effects: unknown; ids: Map<string, string[]> } = {
  histories: new Map(),
  tasks: undefined,
  effects: undefined,
  ids: new Map(),
};

/** An engine of `tenant` on `store` whose notifications fail (so that effects wait in the outbox). */
const engineOn = (store: Store, tenant: string, clock = createVirtualClock(START)): Engine =>
  createEngine({
    definitions: [REVIEW],
    store,
    tenant,
    clock,
    notify: () => {
      throw new Error('the OA is offline');
    },
  });

const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

/** A copy of the fixture directory, for one test to move or spoil. */
const copyOfFixture = () => {
  const dir = join(tempDir('luzhi-move-'), 'data');
  cpSync(fixture, dir, { recursive: true });
  return dir;
};

let databases = 0;
/** A new, empty database on the test server; its connection string. */
async function newDatabase(): Promise<string> {
  const name = `move_${++databases}`;
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return postgres.url.replace(/\/postgres$/, `/${name}`);
}

/** Row counts of the Luzhi tables in a database (none when the schema is absent). */
async function countRows(url: string): Promise<Record<string, number> | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const present = (await client.query(`select to_regclass('luzhi.instances') is not null as present`)).rows[0].present;
    if (!present) return undefined;
    const counts: Record<string, number> = {};
    for (const table of ['definitions', 'instances', 'events', 'idempotency_keys', 'tasks', 'timers', 'outbox']) {
      counts[table] = (await client.query(`select count(*)::int as n from luzhi.${table}`)).rows[0].n;
    }
    return counts;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  postgres = await startPostgresServer({ fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' });
  fixture = join(tempDir('luzhi-move-fixture-'), 'data');
  const store = await createPgliteStore({ dataDir: fixture });
  for (const tenant of ['base', 'haian']) {
    const engine = engineOn(store, tenant);
    await engine.publish({ ...REVIEW, version: 2, title: { 'zh-CN': '搬迁用的审查流程（二）', en: 'A review to move, 2' } });
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) {
      const { id } = await engine.start('move-review', { actor: MEMBER, idempotencyKey: `${tenant}-start-${index}` });
      ids.push(id);
    }
    await engine.send(ids[0]!, { type: 'submit', actor: MEMBER });
    await engine.send(ids[1]!, { type: 'submit', actor: MEMBER });
    await engine.send(ids[1]!, { type: 'accept', actor: OFFICE });
    before.ids.set(tenant, ids);
    for (const id of ids) before.histories.set(`${tenant}/${id}`, await engine.history(id));
  }
  const base = engineOn(store, 'base');
  before.tasks = await base.tasks({ actor: OFFICE });
  before.effects = await store.listEffects();
  await store.close();
}, 240_000);

afterAll(() => {
  postgres?.stop();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('moving the PGlite data directory to PostgreSQL', () => {
  it('copies every row of every committee, and the engine on PostgreSQL carries on where it was', async () => {
    const from = copyOfFixture();
    const to = await newDatabase();
    const report = await moveStore({ from, to });
    expect(report).toEqual({
      rows: { definitions: 2, instances: 6, events: 12, idempotency_keys: 6, tasks: 4, timers: 2, outbox: 4 },
      tenants: ['base', 'haian'],
      verified: 6,
    });

    const store = await createPostgresStore({ connectionString: to });
    try {
      const clock = createVirtualClock(START);
      for (const tenant of ['base', 'haian']) {
        const engine = engineOn(store, tenant, clock);
        for (const id of before.ids.get(tenant)!) {
          expect(await engine.history(id)).toEqual(before.histories.get(`${tenant}/${id}`));
          expect(await engine.verifyHistory(id)).toMatchObject({ ok: true });
        }
        // Published definitions moved: version 2 starts there.
        expect((await engine.start('move-review', { actor: MEMBER, version: 2 })).definition.version).toBe(2);
        // A start retried with its key replays the moved result instead of starting another.
        const replay = await engine.start('move-review', { actor: MEMBER, idempotencyKey: `${tenant}-start-0` });
        expect(replay.id).toBe(before.ids.get(tenant)![0]);
      }
      const base = engineOn(store, 'base', clock);
      const tasks = await base.tasks({ actor: OFFICE });
      expect(tasks).toEqual(before.tasks);
      expect(await store.listEffects()).toEqual(before.effects);
      // The deadline's timer moved too: eleven days on, it fires on PostgreSQL.
      clock.set(new Date('2026-03-13T01:00:00Z'));
      expect((await base.runDueTimers()).fired).toBe(1);
      expect((await base.get(before.ids.get('base')![0]!)).state).toBe('late');
    } finally {
      await store.close();
    }

    // The data directory is left as it was, and opens again.
    const again = await createPgliteStore({ dataDir: from });
    expect(await engineOn(again, 'haian').history(before.ids.get('haian')![0]!)).toEqual(before.histories.get(`haian/${before.ids.get('haian')![0]}`));
    await again.close();
  });

  it('refuses a target that holds data already, and writes nothing there', async () => {
    const to = await newDatabase();
    await moveStore({ from: copyOfFixture(), to });
    const counts = await countRows(to);
    const refused = await moveStore({ from: copyOfFixture(), to }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MoveStoreError);
    expect((refused as MoveStoreError).code).toBe('moveStore.targetNotEmpty');
    expect((refused as MoveStoreError).messages['zh-CN']).toMatch(/空数据库/);
    expect((refused as MoveStoreError).issues.map((issue) => issue.pointer)).toEqual([
      '/definitions',
      '/instances',
      '/events',
      '/idempotency_keys',
      '/tasks',
      '/timers',
      '/outbox',
    ]);
    expect(await countRows(to)).toEqual(counts);
  });

  it('refuses a data directory whose history does not verify, before creating anything on the target', async () => {
    const from = copyOfFixture();
    const db = new PGlite(from);
    await db.query(`update luzhi.events set event = jsonb_set(event, '{actor,id}', '"someone-else"') where tenant = 'haian' and seq = 1`);
    await db.close();
    const to = await newDatabase();
    const refused = await moveStore({ from, to }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MoveStoreError);
    expect((refused as MoveStoreError).code).toBe('moveStore.sourceHistoryBroken');
    expect((refused as MoveStoreError).issues.map((issue) => issue.pointer).sort()).toEqual(
      before.ids.get('haian')!.map((id) => `/haian/${id}`).sort(),
    );
    expect(await countRows(to)).toBeUndefined();
  });

  it('refuses a folder that is not a data directory, without creating one', async () => {
    const from = join(tempDir('luzhi-move-missing-'), 'no-such-data');
    const refused = await moveStore({ from, to: await newDatabase() }).catch((error: unknown) => error);
    expect((refused as MoveStoreError).code).toBe('moveStore.sourceMissing');
    expect(existsSync(from)).toBe(false);
  });

  it('answers a target that cannot be reached with a typed error', async () => {
    const refused = await moveStore({ from: copyOfFixture(), to: 'postgres://luzhi@127.0.0.1:1/nowhere' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MoveStoreError);
    expect((refused as MoveStoreError).code).toBe('moveStore.targetFailed');
    expect((refused as MoveStoreError).messages.en).toMatch(/nothing was written/);
  });

  it('refuses a data directory a server has open', async () => {
    const from = copyOfFixture();
    const open = await createPgliteStore({ dataDir: from });
    try {
      const to = await newDatabase();
      await expect(moveStore({ from, to })).rejects.toBeInstanceOf(StoreLockedError);
      expect(await countRows(to)).toBeUndefined();
    } finally {
      await open.close();
    }
  });

  it('runs from the command line, and answers bad arguments in both languages with exit code 2', async () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@luzhi/source', 'scripts/move-store.ts', ...args], {
        cwd: SERVER_DIR,
        encoding: 'utf8',
        env: { ...process.env, LUZHI_DATABASE_URL: '', LUZHI_DATA_DIR: '' },
      });
    const to = await newDatabase();
    const moved = run(['--from', copyOfFixture(), '--to', to]);
    expect(moved.status, moved.stderr).toBe(0);
    expect(moved.stdout).toContain('6 histories verified');
    const bad = run(['--from', copyOfFixture()]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('须用 --to 给出 PostgreSQL 连接串');
    expect(bad.stderr).toContain('Give the PostgreSQL connection string with --to');
  }, 180_000);
});
