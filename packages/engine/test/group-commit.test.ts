import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import {
  chinaMainlandCalendar,
  ConcurrencyError,
  createEngine,
  createVirtualClock,
  PayloadError,
  type CommandWrite,
  type Store,
} from '../src/index.js';
import { compile } from '../src/compile/compile.js';
import { applyStart } from '../src/runtime/apply-command.js';
import { createPgliteStore } from '../src/store/pglite-store.js';
import { createPostgresStore } from '../src/store/postgres-store.js';
import type { SqlStore } from '../src/store/sql/sql-store.js';
import { quietEffects } from './support/command-plan.js';
import { member, office, proposalDefinition, submitPayload } from './support/proposal.js';
import { testDatabases } from './support/every-store.js';

const links = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/links/${name}.workflow.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** Runs SQL beside the store, on the same database. */
type Sql = <Row = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<Row[]>;

/** A store under test, the SQL beside it, and the sizes of the groups it wrote with `commit_commands`. */
interface Opened {
  store: SqlStore;
  sql: Sql;
  groups: number[];
}

/**
 * A store whose commits are held until `count` of them wait, then handed on all at once: the
 * first alone (it finds the store idle and is written at once), the others while it is being
 * written, so that they are written together as one group. The order is `first`'s choice.
 */
function heldCommits(store: Store) {
  let held: Array<{ write: CommandWrite; resolve: () => void; reject: (error: unknown) => void }> | undefined;
  let count = 0;
  let first: (write: CommandWrite) => boolean = () => false;
  const release = () => {
    const waiting = held!;
    held = undefined;
    const lead = Math.max(0, waiting.findIndex((each) => first(each.write)));
    for (const each of [waiting[lead]!, ...waiting.filter((_, index) => index !== lead)]) {
      store.commit(each.write).then(each.resolve, each.reject);
    }
  };
  return {
    store: {
      ...store,
      commit: (write: CommandWrite) => {
        if (held === undefined) return store.commit(write);
        return new Promise<void>((resolve, reject) => {
          held!.push({ write, resolve, reject });
          if (held!.length === count) release();
        });
      },
    } satisfies Store,
    /** Holds the next `commits` commits; the one `lead` picks goes first, alone. */
    hold(commits: number, lead: (write: CommandWrite) => boolean) {
      held = [];
      count = commits;
      first = lead;
    },
  };
}

/** Counts the events and sums the versions of every instance of the schema: equal when every command landed whole. */
async function eventsAndVersions(sql: Sql, schema: string): Promise<{ events: number; versions: number }> {
  const [row] = await sql<{ events: number; versions: number }>(
    `select (select count(*) from ${schema}.events)::int as events, (select coalesce(sum(version), 0) from ${schema}.instances)::int as versions`,
  );
  return row!;
}

const STORES: Array<[string, (schema: string, limit?: number) => Promise<Opened>]> = [];
{
  const { db, pool } = testDatabases();
  /** `target` with `query` in place of its own, every other member as it was (methods bound to it). */
  const withQuery = <T extends object>(target: T, query: unknown): T =>
    new Proxy(target, {
      get(inner, key) {
        if (key === 'query') return query;
        const value = Reflect.get(inner, key, inner) as unknown;
        return typeof value === 'function' ? value.bind(inner) : value;
      },
    });
  /** Records the size of each group the store writes, from the statement it sends. */
  const counting = (groups: number[]) => (text: unknown, params: unknown) => {
    if (typeof text === 'string' && text.includes('commit_commands(') && Array.isArray(params)) groups.push((params[0] as unknown[]).length);
  };
  STORES.push(
    [
      'PGlite',
      async (schema, limit) => {
        const groups: number[] = [];
        const seen = counting(groups);
        const spied = withQuery(db, (text: string, params?: unknown[]) => (seen(text, params), db.query(text, params)));
        const store = await createPgliteStore({ db: spied, schema, ...(limit === undefined ? {} : { commitGroupLimit: limit }) });
        return { store, groups, sql: async (text, params) => (await db.query(text, params)).rows as never };
      },
    ],
    [
      'PostgreSQL',
      async (schema, limit) => {
        const groups: number[] = [];
        const seen = counting(groups);
        const spied = withQuery(pool, (config: unknown, values?: unknown) => {
          const { text, values: params } = (typeof config === 'string' ? { text: config, values } : config) as { text: string; values: unknown };
          seen(text, params);
          return pool.query(config as never, values as never);
        });
        const store = await createPostgresStore({ pool: spied, schema, ...(limit === undefined ? {} : { commitGroupLimit: limit }) });
        return { store, groups, sql: async (text, params) => (await pool.query(text, params)).rows };
      },
    ],
  );
}

let schemas = 0;

describe.each(STORES)('group commit on %s', (name, open) => {
  const INSTANCES = 20;
  const ids = Array.from({ length: INSTANCES }, (_, n) => `G-${String(n).padStart(2, '0')}`);

  async function submitted(limit?: number) {
    const schema = `group_${name.toLowerCase()}_${++schemas}`;
    const opened = await open(schema, limit);
    const held = heldCommits(opened.store);
    const engine = createEngine({ definitions: [proposalDefinition], store: held.store, tenant: 'jiangyin', ...quietEffects });
    for (const id of ids) {
      await engine.start('proposal', { actor: member, id });
      await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    }
    return { ...opened, schema, engine, held };
  }

  it('commits concurrent commands on different instances in one group; a stale version and a reused key get their own ConcurrencyError, the rest commit', async () => {
    const { engine, held, groups, sql, schema, store } = await submitted();
    const before = await eventsAndVersions(sql, schema);
    // One command per instance; a second command on G-00 read the same version (stale once the
    // first commits); G-01 and G-02 carry the same idempotency key (the second to commit reuses it).
    const commands = [
      ...ids.map((id) => ({ id, command: { type: 'accept', actor: office, ...(id === 'G-01' || id === 'G-02' ? { idempotencyKey: 'shared-key' } : {}) } })),
      { id: 'G-00', command: { type: 'accept', actor: office } },
    ];
    held.hold(commands.length, (write) => write.instance.id === ids.at(-1));
    const results = await Promise.allSettled(commands.map(({ id, command }) => engine.send(id, command)));

    // The held commits went as one alone, then one group of all the others.
    expect(groups).toEqual([commands.length - 1]);
    const refused = results.flatMap((result, index) => (result.status === 'rejected' ? [{ id: commands[index]!.id, error: result.reason as unknown }] : []));
    expect(refused.map(({ id }) => id).sort()).toEqual(['G-00', 'G-02']);
    for (const { error } of refused) expect(error).toBeInstanceOf(ConcurrencyError);
    const stale = refused.find(({ id }) => id === 'G-00')!.error as ConcurrencyError;
    expect([stale.expectedVersion, stale.actualVersion]).toEqual([2, 3]);
    // Every command that was answered landed whole: one event per version.
    const after = await eventsAndVersions(sql, schema);
    expect(after.events).toBe(after.versions);
    expect(after.events - before.events).toBe(INSTANCES - 1);
    expect((await engine.get('G-02')).version).toBe(2);
    for (const id of ids.filter((id) => id !== 'G-02')) expect((await engine.get(id)).version).toBe(3);
    // The refused key was not recorded for G-02: the key replays G-01's result.
    const keys = await sql<{ instance_id: string }>(`select instance_id from ${schema}.idempotency_keys where instance_id in ('G-01', 'G-02')`);
    expect(keys.map((key) => key.instance_id)).toEqual(['G-01']);
    await store.close();
  });

  it('writes no more commands in one group than its limit', async () => {
    const { engine, held, groups, sql, schema, store } = await submitted(4);
    held.hold(INSTANCES, (write) => write.instance.id === ids[0]);
    const results = await Promise.allSettled(ids.map((id) => engine.send(id, { type: 'accept', actor: office })));
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    expect(groups).toEqual([4, 4, 4, 4, 3]);
    const counts = await eventsAndVersions(sql, schema);
    expect(counts.events).toBe(counts.versions);
    await store.close();
  });

  it('rejects every command of a group whose transaction fails as a whole, and writes none of them', async () => {
    const { engine, held, groups, sql, schema, store } = await submitted();
    const before = await eventsAndVersions(sql, schema);
    // An assertion failing inside the transaction is not one command's failure: it ends the whole
    // statement, as a lost connection or a cancelled statement does, after several commands wrote.
    await sql(`create function ${schema}.refuse_g19() returns trigger language plpgsql as $$
      begin assert new.instance_id <> 'G-19', 'the transaction fails'; return new; end $$`);
    await sql(`create trigger refuse_g19 before insert on ${schema}.events for each row execute function ${schema}.refuse_g19()`);
    held.hold(INSTANCES, (write) => write.instance.id === ids[0]);
    const results = await Promise.allSettled(ids.map((id) => engine.send(id, { type: 'accept', actor: office })));
    expect(groups).toEqual([INSTANCES - 1]);
    expect(results[0]!.status).toBe('fulfilled');
    const reasons = results.slice(1).map((result) => (result.status === 'rejected' ? (result.reason as { code?: string }).code : 'fulfilled'));
    // The assertion's SQLSTATE, for every command of the group.
    expect(new Set(reasons)).toEqual(new Set(['P0004']));
    const after = await eventsAndVersions(sql, schema);
    expect(after).toEqual({ events: before.events + 1, versions: before.versions + 1 });
    for (const id of ids.slice(1)) expect((await engine.get(id)).version).toBe(2);
    // The store goes on: the next commands commit.
    await sql(`drop trigger refuse_g19 on ${schema}.events`);
    await expect(engine.send(ids[19]!, { type: 'accept', actor: office })).resolves.toMatchObject({ version: 3 });
    await store.close();
  });

  it('gives a command that fails for its own reason inside a group the error it gets alone, and commits the others', async () => {
    const { engine, held, groups, sql, schema, store } = await submitted();
    // A row check only the database makes (an administrator's constraint): G-05's update breaks it.
    await sql(`alter table ${schema}.instances add constraint not_g05 check (id <> 'G-05' or version < 3)`);
    held.hold(INSTANCES, (write) => write.instance.id === ids[0]);
    const results = await Promise.allSettled(ids.map((id) => engine.send(id, { type: 'accept', actor: office })));
    expect(groups).toEqual([INSTANCES - 1]);
    const refused = results.flatMap((result, index) => (result.status === 'rejected' ? [{ id: ids[index], code: (result.reason as { code?: string }).code }] : []));
    // check_violation, as a commit of its own raises it.
    expect(refused).toEqual([{ id: 'G-05', code: '23514' }]);
    const counts = await eventsAndVersions(sql, schema);
    expect(counts.events).toBe(counts.versions);
    expect((await engine.get('G-05')).version).toBe(2);
    await store.close();
  });

  it('rolls back only the command whose started instance id is taken', async () => {
    const schema = `group_${name.toLowerCase()}_${++schemas}`;
    const { store, groups } = await open(schema);
    const held = heldCommits(store);
    const engine = createEngine({ definitions: [links('proposal'), links('public-opinion')], store: held.store, clock: createVirtualClock('2026-03-02T09:00:00+08:00'), ...quietEffects });
    const declined = ['P-1', 'P-2', 'P-3'];
    for (const id of declined) {
      await engine.start('proposal', { actor: member, id });
      await engine.send(id, { type: 'submit', actor: member, payload: { title: '关于加强社区养老服务的建议', content: '社区养老服务设施不足', consent: true } });
    }
    // P-2's decline starts P-2~3.0: that id is taken by a row another process wrote.
    const taken = applyStart(
      compile(links('public-opinion')),
      { tenant: 'default', id: 'P-2~3.0', actor: member, data: { title: '已有', content: '已有', proposer: 'wang' }, at: new Date('2026-03-02T01:00:00.000Z') },
      { calendar: chinaMainlandCalendar() },
    );
    await store.commit(taken.write);
    held.hold(3, (write) => write.instance.id === 'P-3');
    const results = await Promise.allSettled(declined.map((id) => engine.send(id, { type: 'decline', actor: { id: 'tian', roles: ['office'] }, payload: { reason: '转社情民意' } })));
    expect(groups).toEqual([2]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect(await engine.history('P-2')).toHaveLength(2);
    expect(await engine.history('P-2~3.0')).toHaveLength(1);
    expect((await engine.get('P-1')).state).toBe('converted');
    expect((await engine.get('P-1~3.0')).version).toBe(1);
    await store.close();
  });

  it('refuses a group limit out of range with a PayloadError', async () => {
    for (const commitGroupLimit of [0, 65, 2.5, '8']) {
      const opening = name === 'PGlite'
        ? createPgliteStore({ commitGroupLimit } as never)
        : createPostgresStore({ connectionString: inject('postgresUrl'), commitGroupLimit } as never);
      await expect(opening).rejects.toBeInstanceOf(PayloadError);
    }
  });
});
