/**
 * Many instance rows, fast: rows made in memory from a few templates, and a bulk load that
 * writes them to a SQL store's `instances` table with the columns the store itself writes
 * (`instanceColumns`, the writer `commit` uses), a few thousand rows per statement.
 */
import { instanceColumns } from '../src/store/sql/sql-store.js';
import type { StoredInstance } from '../src/index.js';

const BASE = Date.parse('2026-03-02T01:00:00.000Z');
/** The categories of the example workflow's data, one in six rows each. */
export const CATEGORIES = ['经济建设', '社会事业', '城乡建设', '生态环境', '政治法律', '其他'] as const;
/** How many members propose and co-sign: each holds a participant role in about 100 of 100,000 rows. */
export const MEMBERS = 2_000;

/** The id of row `i`. */
export const rowId = (i: number): string => `Q-${String(i).padStart(6, '0')}`;
/** Member `n`'s user id. */
export const memberId = (n: number): string => `member-${n}`;

/**
 * Row `i` of `count`: made from `templates[i % templates.length]`, created `i` minutes after
 * 2026-03-02T01:00Z, in the tenant, with a category, a serial number, a proposer and a co-signer.
 */
export function makeRow(templates: readonly StoredInstance[], i: number, tenant = 'default'): StoredInstance {
  const template = templates[i % templates.length]!;
  const at = new Date(BASE + i * 60_000).toISOString();
  return {
    ...template,
    tenant,
    id: rowId(i),
    createdAt: at,
    updatedAt: at,
    data: { ...template.data, category: CATEGORIES[Math.floor(i / templates.length) % CATEGORIES.length], serial: i },
    participants: { proposer: [memberId(i % MEMBERS)], coSigners: [memberId((i * 7 + 3) % MEMBERS)] },
  };
}

/**
 * Inserts `rows` into `schema.instances` as `commit` would write them, `chunk` rows per
 * statement; `run` runs one statement with parameters.
 */
export async function bulkInsertInstances(
  run: (sql: string, params: unknown[]) => Promise<unknown>,
  schema: string,
  rows: readonly StoredInstance[],
  chunk = 2_000,
): Promise<void> {
  const sql = `insert into ${schema}.instances
      (tenant, id, definition_id, definition_version, status, version, state, data, runtime, created_at, updated_at)
    select r.tenant, r.id, r.definition_id, r.definition_version, r.status, r.version, r.state::jsonb, r.data::jsonb,
      r.runtime::jsonb, r.created_at, r.updated_at
    from jsonb_to_recordset($1::jsonb) as r(tenant text, id text, definition_id text, definition_version integer,
      status text, version integer, state text, data text, runtime text, created_at timestamptz, updated_at timestamptz)`;
  for (let start = 0; start < rows.length; start += chunk) {
    await run(sql, [JSON.stringify(rows.slice(start, start + chunk).map(instanceColumns))]);
  }
}

/** Runs one statement with parameters and returns its rows. */
export type RunSql = <Row = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<Row[]>;

/**
 * Runs `load` with the indexes of `schema`'s `tables` other than their keys dropped, and builds
 * them again afterwards with their own definitions: one sorted build each instead of an index
 * update per inserted row. The tables are made unlogged first and stay so: the rows are loaded once
 * to be read, a read of an unlogged table is the read of a logged one, and neither the load nor
 * the index builds then write the write-ahead log.
 */
export async function withoutIndexes(run: RunSql, schema: string, tables: readonly string[], load: () => Promise<void>): Promise<void> {
  for (const table of tables) await run(`alter table ${schema}.${table} set unlogged`);
  const indexes = await run<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
     where i.schemaname = $1 and i.tablename = any($2::text[])
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.connamespace = $1::regnamespace)`,
    [schema, tables],
  );
  for (const { name } of indexes) await run(`drop index ${schema}.${name}`);
  await load();
  for (const { definition } of indexes) await run(definition);
}

/**
 * Inserts rows `0 … count - 1` of {@link makeRow} into `schema.instances` without making them in
 * this process: the templates' columns are sent once, and the database makes every row from them
 * with `generate_series` (the same id, times, category, serial and members as `makeRow`), with the
 * table's indexes built after the load ({@link withoutIndexes}).
 */
export async function generateInstances(run: RunSql, schema: string, templates: readonly StoredInstance[], count: number, tenant = 'default'): Promise<void> {
  const columns = templates.map((template, n) => ({ n, ...instanceColumns({ ...template, tenant }) }));
  await withoutIndexes(run, schema, ['instances'], async () => {
    await run(
      `insert into ${schema}.instances
         (tenant, id, definition_id, definition_version, status, version, state, data, runtime, created_at, updated_at)
       select t.tenant, 'Q-' || lpad(g.i::text, greatest(6, length(g.i::text)), '0'), t.definition_id, t.definition_version, t.status,
         t.version, t.state::jsonb,
         t.data::jsonb || jsonb_build_object('category', ($3::text[])[(g.i / $2) % $4 + 1], 'serial', g.i),
         jsonb_set(t.runtime::jsonb, '{participants}', jsonb_build_object(
           'proposer', jsonb_build_array('member-' || (g.i % $5)),
           'coSigners', jsonb_build_array('member-' || ((g.i * 7 + 3) % $5)))),
         $6::timestamptz + g.i * interval '1 minute', $6::timestamptz + g.i * interval '1 minute'
       from generate_series(0, $7::integer - 1) as g(i)
       join jsonb_to_recordset($1::jsonb) as t(n integer, tenant text, definition_id text, definition_version integer, status text,
         version integer, state text, data text, runtime text) on t.n = g.i % $2`,
      [JSON.stringify(columns), templates.length, CATEGORIES, CATEGORIES.length, MEMBERS, new Date(BASE).toISOString(), count],
    );
  });
}
