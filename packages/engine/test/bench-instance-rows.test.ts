import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkInsertInstances, generateInstances, makeRow, withoutIndexes } from '../bench/instance-rows.js';
import { createPgliteStore } from '../src/pglite.js';
import type { StoredInstance } from '../src/index.js';

/*
 * The benchmarks load a million instances by having the database make the rows from a few
 * templates; those rows must be exactly the ones `makeRow` makes and the store's row writer
 * writes (the instance-query figures check their answers against the memory store holding
 * `makeRow`'s rows), and the indexes dropped for the load must come back as they were.
 */

const at = '2026-03-02T01:00:00.000Z';
type Fields = Pick<StoredInstance, 'state' | 'status'> & Partial<StoredInstance>;
const templates: StoredInstance[] = (
  [
    { state: 'draft', status: 'active', participants: { proposer: ['wang.li'] } },
    { state: { handling: { leading: 'reply' } }, status: 'active', branches: { handling: { 市教育局: { state: 'leading', entered: at, item: '市教育局' } } }, units: { lead: '市教育局' } },
    { state: 'notFiled', status: 'done', data: { title: '其他', nested: { a: [1, 'x'] } } },
  ] as Fields[]
).map((fields, index) => ({
  tenant: 'default',
  id: `template-${index}`,
  definitionId: 'proposal',
  definitionVersion: 1,
  data: { title: '关于优化中小学课后服务的建议' },
  version: index + 1,
  createdAt: at,
  updatedAt: at,
  lastHash: `hash-${index}`,
  entered: { draft: at },
  deadlines: {},
  branches: {},
  assignees: {},
  ...fields,
}));

const ROWS = 250;
let db: PGlite;
const run = async <Row,>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows;
const indexes = (schema: string) =>
  run<{ indexname: string; definition: string }>(
    `select indexname, replace(indexdef, schemaname || '.', '') as definition from pg_indexes where schemaname = $1 order by indexname`,
    [schema],
  );
const rowsOf = (schema: string) =>
  run(`select tenant, id, definition_id, definition_version, status, version, state, data, runtime, created_at, updated_at, keys
       from ${schema}.instances order by id`);

beforeAll(async () => {
  db = new PGlite();
  await createPgliteStore({ db, schema: 'written' });
  await createPgliteStore({ db, schema: 'made' });
}, 120_000);
afterAll(async () => {
  await db.close();
});

describe('the benchmark rows made by the database', () => {
  it('are the rows makeRow makes, as the store writes them, keys included', async () => {
    const before = await indexes('made');
    await bulkInsertInstances((sql, params) => run(sql, params), 'written', Array.from({ length: ROWS }, (_, i) => makeRow(templates, i)), 100);
    await generateInstances(run, 'made', templates, ROWS);
    const [written, made] = [await rowsOf('written'), await rowsOf('made')];
    expect(made).toHaveLength(ROWS);
    expect(made).toEqual(written);
    expect(await indexes('made')).toEqual(before);
  });

  it('builds the dropped indexes again even when they were in use for the load, and leaves the loaded tables unlogged', async () => {
    const before = await indexes('written');
    let during: unknown[] = [];
    await withoutIndexes(run, 'written', ['instances', 'tasks'], async () => {
      during = await indexes('written');
    });
    expect(during.length).toBeLessThan(before.length);
    expect(await indexes('written')).toEqual(before);
    const persistence = await run(
      `select relname, relpersistence from pg_class where relnamespace = 'written'::regnamespace and relname in ('instances', 'tasks', 'events') order by relname`,
    );
    expect(persistence).toEqual([
      { relname: 'events', relpersistence: 'p' },
      { relname: 'instances', relpersistence: 'u' },
      { relname: 'tasks', relpersistence: 'u' },
    ]);
  });
});
