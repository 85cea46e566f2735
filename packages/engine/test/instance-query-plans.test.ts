import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createPostgresStore } from '../src/postgres.js';
import { instanceQuery } from '../src/store/sql/instance-query-sql.js';
import { INSTANCE_COLUMNS } from '../src/store/sql/sql-store.js';
import { parseInstanceQuery, encodeCursor } from '../src/runtime/instance-query.js';
import { bulkInsertInstances, makeRow, memberId, rowId } from '../bench/instance-rows.js';
import type { InstanceQuery, StoredInstance } from '../src/index.js';
import type { SqlStore } from '../src/pglite.js';

/*
 * With 100,000 instances, PostgreSQL answers each kind of instance query through the indexes of
 * migration 2, never by reading the whole table: the plans are asserted, not the times.
 */

const ROWS = 100_000;
const at = '2026-03-02T01:00:00.000Z';

/** Rows at five steps of a proposal, as the engine keeps them. */
const templates: StoredInstance[] = [
  { state: 'draft', status: 'active' },
  { state: 'review', status: 'active' },
  { state: 'assign', status: 'active' },
  {
    state: 'handling',
    status: 'active',
    branches: { handling: { 市教育局: { state: 'leading', entered: at, item: '市教育局' }, 市财政局: { state: 'consulting', entered: at, item: '市财政局' } } },
  },
  { state: 'notFiled', status: 'done' },
].map((fields, index) => ({
  tenant: 'default',
  id: `template-${index}`,
  definitionId: 'proposal',
  definitionVersion: 1,
  data: { title: '关于优化中小学课后服务的建议' },
  version: 1,
  createdAt: at,
  updatedAt: at,
  lastHash: '',
  entered: {},
  deadlines: {},
  branches: {},
  assignees: {},
  ...(fields as Pick<StoredInstance, 'state' | 'status'>),
}));

const pool = new pg.Pool({ connectionString: inject('postgresUrl'), max: 2 });
let store: SqlStore;
const schema = `plans_${process.pid}`;

beforeAll(async () => {
  store = await createPostgresStore({ pool, schema });
  // One row in a hundred runs another workflow.
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const row = makeRow(templates, i);
    return i % 100 === 7 ? { ...row, definitionId: 'motion', definitionVersion: 2 } : row;
  });
  await bulkInsertInstances((sql, params) => pool.query(sql, params), schema, rows, 5_000);
  await pool.query(`vacuum analyze ${schema}.instances`);
}, 120_000);

afterAll(async () => {
  await pool.query(`drop schema if exists ${schema} cascade`);
  await store.close();
  await pool.end();
}, 60_000);

/** The plan of the statement the store runs for `query`, one line per node. */
async function plan(query: InstanceQuery): Promise<string> {
  const { sql, params } = instanceQuery(schema, INSTANCE_COLUMNS, 'default', parseInstanceQuery(query).query);
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (costs off) ${sql}`, params);
  return rows.map((row) => row['QUERY PLAN'].trim()).join('\n');
}

describe(`instance queries over ${ROWS.toLocaleString('en')} rows on PostgreSQL`, () => {
  // [what, query, the index the page is read by, whether the count is read by an index too]: a
  // count of (nearly) every row is cheapest read from the table itself, and the planner may say so.
  const cases: Array<[string, InstanceQuery, RegExp, boolean]> = [
    ['the first page of everything', { limit: 50 }, /instances_by_created/, false],
    ['a page deep into the list, by cursor', { limit: 50, after: encodeCursor(new Date(Date.parse(at) + 90_000 * 60_000).toISOString(), rowId(90_000)) }, /instances_by_created/, false],
    ['one member’s instances', { participant: memberId(123), limit: 50 }, /instances_by_keys/, true],
    ['a data filter', { where: { '/category': '城乡建设', '/serial': 4242 }, limit: 50 }, /instances_by_data/, true],
    ['a state that few instances are in, with a unit', { state: 'consulting', unit: '市教育局', limit: 50 }, /instances_by_keys|instances_by_created/, true],
    ['another workflow’s version', { definition: 'motion', version: 2, limit: 50 }, /instances_by_definition/, true],
    ['a creation range', { createdFrom: '2026-03-20T00:00:00Z', createdTo: '2026-03-21T00:00:00Z', limit: 50 }, /instances_by_created/, true],
  ];
  it.each(cases)('reads the page of %s by an index, never by a sequential scan', async (_what, query, index, countByIndex) => {
    const text = await plan(query);
    // The statement counts the matches under one Limit node (the count limit), then reads the page under another.
    const parts = text.split(/^->\s+Limit$/m);
    expect(parts).toHaveLength(3);
    const [, count, page] = parts as [string, string, string];
    expect(page).not.toMatch(/Seq Scan/);
    expect(page).toMatch(index);
    if (countByIndex) expect(count).not.toMatch(/Seq Scan/);
  });

  it('answers them as the rows say', async () => {
    const page = await store.queryInstances('default', { participant: memberId(123), limit: 1_000, countLimit: 10_000 });
    // Member 123 proposes every 2,000th row from row 123, and co-signs where (7i + 3) mod 2,000 = 123.
    const expected = Array.from({ length: ROWS }, (_, i) => i).filter((i) => i % 2_000 === 123 || (i * 7 + 3) % 2_000 === 123);
    expect(page.total).toBe(expected.length);
    expect(page.rows.map((row) => (row as StoredInstance).id)).toEqual(expected.map(rowId));
  });
});
