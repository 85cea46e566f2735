import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createEngine, StoreDataError } from '../src/index.js';
import { createPgliteStore, SCHEMA_VERSION, StoreSchemaError } from '../src/pglite.js';
import { createPostgresStore } from '../src/postgres.js';
import { MIGRATIONS } from '../src/store/sql/migrations.js';
import type { SqlStore } from '../src/store/sql/sql-store.js';
import type { StoredInstance, StoredInstanceQuery } from '../src/index.js';
import { bulkInsertInstances } from '../bench/instance-rows.js';
import { quietEffects } from './support/command-plan.js';
import { member, office, proposalDefinition, submitPayload } from './support/proposal.js';

// What the durable stores do with a database they did not write, or not alone: one migrated by a
// newer Luzhi, one opened by several stores at once, one whose event rows were edited by hand.

interface Backend {
  name: string;
  /** Opens a store on `schema` of the backend's database. */
  open(schema: string): Promise<SqlStore>;
  /** Opens `count` stores on `schema` at the same time, each on a connection of its own where the backend has several. */
  openAtOnce(schema: string, count: number): Promise<SqlStore[]>;
  sql(text: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
}

const pglite = new PGlite();
const pool = new pg.Pool({ connectionString: inject('postgresUrl'), max: 4 });
const pools: pg.Pool[] = [];
// Creating a PGlite database runs initdb in WebAssembly: slow on a busy machine, so not in a test's time.
beforeAll(() => pglite.waitReady, 120_000);
const dropped: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const drop of dropped) await drop();
  await Promise.all(pools.map((extra) => extra.end()));
  await pool.end();
  await pglite.close();
});

const backends: Backend[] = [
  {
    name: 'PGlite',
    open: (schema) => createPgliteStore({ db: pglite, schema }),
    // One PGlite database runs one statement at a time; the stores still open it side by side.
    openAtOnce: (schema, count) => Promise.all(Array.from({ length: count }, () => createPgliteStore({ db: pglite, schema }))),
    sql: async (text, params = []) => (await pglite.query<Record<string, unknown>>(text, params)).rows,
  },
  {
    name: 'PostgreSQL',
    open: (schema) => createPostgresStore({ pool, schema }),
    openAtOnce: (schema, count) =>
      Promise.all(
        Array.from({ length: count }, () => {
          const own = new pg.Pool({ connectionString: inject('postgresUrl'), max: 1 });
          pools.push(own);
          return createPostgresStore({ pool: own, schema });
        }),
      ),
    sql: async (text, params = []) => (await pool.query<Record<string, unknown>>(text, params)).rows,
  },
];

describe.each(backends)('$name store on a database it did not write alone', (backend) => {
  let schemas = 0;
  const freshSchema = (topic: string): string => {
    const schema = `${topic}_${++schemas}`;
    dropped.push(() => backend.sql(`drop schema if exists ${schema} cascade`));
    return schema;
  };

  it('refuses to open a schema migrated by a newer Luzhi, naming both versions in Chinese and English', async () => {
    const schema = freshSchema('newer');
    const store = await backend.open(schema);
    expect(store.migratedFrom).toBe(0);
    const engine = createEngine({ definitions: [proposalDefinition], store, tenant: 'jiangyin', ...quietEffects });
    await engine.start('proposal', { actor: member, id: 'N-1' });
    await store.close();
    const newer = SCHEMA_VERSION + 1;
    await backend.sql(`insert into ${schema}.migrations (version, description) values ($1, $2)`, [newer, 'a later release']);

    const error = await backend.open(schema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreSchemaError);
    expect(error).toMatchObject({ code: 'store.schemaTooNew', schema, found: newer, known: SCHEMA_VERSION });
    const { messages } = error as StoreSchemaError;
    for (const message of [messages['zh-CN'], messages.en]) {
      expect(message).toContain(schema);
      expect(message).toContain(String(newer));
      expect(message).toContain(String(SCHEMA_VERSION));
    }
    expect(messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    // Nothing was changed: the rows and the migration log are as they were.
    expect((await backend.sql(`select version from ${schema}.migrations order by version`)).map((row) => row.version)).toEqual([
      ...MIGRATIONS.map((migration) => migration.version),
      newer,
    ]);
    expect(await backend.sql(`select id, version from ${schema}.instances`)).toEqual([{ id: 'N-1', version: 1 }]);
  });

  it('migrates a schema of version 1 that holds instances: migration 2 finds them by state, branch unit and data', async () => {
    const schema = freshSchema('from_v1');
    await backend.sql(`create schema ${schema}`);
    await backend.sql(`create table ${schema}.migrations (version integer primary key, description text not null, applied_at timestamptz not null default now())`);
    for (const statement of [MIGRATIONS[0]!.sql.replaceAll('<schema>', schema)]) {
      if (backend.name === 'PGlite') await pglite.exec(statement);
      else await pool.query(statement);
    }
    await backend.sql(`insert into ${schema}.migrations (version, description) values (1, 'v1')`);
    const at = '2026-03-02T01:00:00.000Z';
    const row = (id: string, state: StoredInstance['state'], branches: StoredInstance['branches'] = {}): StoredInstance => ({
      tenant: 'jiangyin', id, definitionId: 'proposal', definitionVersion: 1, state, data: { title: id, category: '社会事业' },
      status: 'active', version: 1, createdAt: at, updatedAt: at, lastHash: '', entered: {}, deadlines: {}, branches, assignees: {},
    });
    await bulkInsertInstances(backend.sql, schema, [
      row('V-1', 'review'),
      row('V-2', 'handling', { handling: { 市教育局: { state: 'leading', entered: at, item: '市教育局' } } }),
    ]);

    const store = await backend.open(schema);
    expect(store.migratedFrom).toBe(1);
    const ids = async (query: Omit<StoredInstanceQuery, 'limit' | 'countLimit'>) =>
      (await store.queryInstances('jiangyin', { limit: 10, countLimit: 100, ...query })).rows.map((found) => (found as StoredInstance).id);
    expect(await ids({ states: ['leading'] })).toEqual(['V-2']);
    expect(await ids({ unit: '市教育局' })).toEqual(['V-2']);
    expect(await ids({ states: ['review'], where: [{ pointer: '/category', value: '社会事业' }] })).toEqual(['V-1']);

    // A row changed by hand is found by what it now holds; a runtime that is no object gives no keys, and no error.
    await backend.sql(`update ${schema}.instances set state = '"assign"' where id = 'V-1'`);
    await backend.sql(`update ${schema}.instances set runtime = '"broken"' where id = 'V-2'`);
    expect(await ids({ states: ['assign'] })).toEqual(['V-1']);
    expect(await ids({ unit: '市教育局' })).toEqual([]);
    expect(await ids({ states: ['handling'] })).toEqual(['V-2']);
    await store.close();
  });

  it('migrates an empty schema once when several stores open it at the same time', async () => {
    const schema = freshSchema('opened_at_once');
    const stores = await backend.openAtOnce(schema, 4);
    // The first to take the migration lock found nothing; the others found it done.
    expect(stores.map((store) => store.migratedFrom).sort((a, b) => a - b)).toEqual([0, SCHEMA_VERSION, SCHEMA_VERSION, SCHEMA_VERSION]);
    expect((await backend.sql(`select version from ${schema}.migrations order by version`)).map((row) => row.version)).toEqual(
      MIGRATIONS.map((migration) => migration.version),
    );
    // Each of them works on the one set of tables.
    const engines = stores.map((store) => createEngine({ definitions: [proposalDefinition], store, tenant: 'jiangyin', ...quietEffects }));
    await Promise.all(engines.map((engine, n) => engine.start('proposal', { actor: member, id: `M-${n}` })));
    expect(await backend.sql(`select count(*)::integer as count from ${schema}.instances`)).toEqual([{ count: 4 }]);
    await Promise.all(stores.map((store) => store.close()));
  });

  it('reports an event row edited by hand instead of failing on it', async () => {
    const schema = freshSchema('edited');
    const store = await backend.open(schema);
    const engine = createEngine({ definitions: [proposalDefinition], store, tenant: 'jiangyin', ...quietEffects });
    for (const id of ['E-1', 'E-2', 'E-3', 'E-4']) {
      await engine.start('proposal', { actor: member, id });
      await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
      await engine.send(id, { type: 'accept', actor: office });
    }
    const edit = (id: string, seq: number, set: string, params: unknown[] = []) =>
      backend.sql(`update ${schema}.events set ${set} where tenant = 'jiangyin' and instance_id = $1 and seq = $2`, [id, seq, ...params]);

    // A payload changed behind the engine's back: the row still reads, its hash no longer matches.
    await edit('E-1', 2, `event = jsonb_set(event, '{payload,title}', to_jsonb($3::text))`, ['改过的案由']);
    expect((await engine.history('E-1'))[1]).toMatchObject({ type: 'submit', payload: { title: '改过的案由' } });
    expect(await engine.verifyHistory('E-1')).toEqual({ ok: false, events: 3, seq: 2, reason: 'hash' });

    // An event replaced by a JSON value that is no event at all (jsonb takes only valid JSON).
    await edit('E-2', 2, `event = to_jsonb($3::text)`, ['这一行被手工改坏了']);
    const error = await engine.history('E-2').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreDataError);
    expect((error as StoreDataError).messages['zh-CN']).toContain('E-2');
    expect(await engine.verifyHistory('E-2')).toEqual({ ok: false, events: 3, seq: 2, reason: 'hash' });

    // An event whose sequence number was given the wrong type.
    await edit('E-3', 3, `event = jsonb_set(event, '{seq}', to_jsonb($3::text))`, ['三']);
    expect(await engine.history('E-3').catch((caught: unknown) => caught)).toBeInstanceOf(StoreDataError);
    expect(await engine.verifyHistory('E-3')).toEqual({ ok: false, events: 3, seq: 3, reason: 'hash' });

    // An event deleted: the chain has a gap.
    await backend.sql(`delete from ${schema}.events where tenant = 'jiangyin' and instance_id = 'E-4' and seq = 2`);
    expect(await engine.verifyHistory('E-4')).toMatchObject({ ok: false, events: 2, reason: 'sequence' });

    // The edits touch nothing else: the instances still read and take commands.
    for (const id of ['E-1', 'E-2', 'E-3', 'E-4']) expect(await engine.get(id)).toMatchObject({ state: 'assign', version: 3 });
    await engine.start('proposal', { actor: member, id: 'E-5' });
    expect(await engine.verifyHistory('E-5')).toEqual({ ok: true, events: 1 });
    await store.close();
  });
});
