import type { InstanceRef } from '../../src/index.js';

/** Runs one SQL statement with parameters (PGlite's `query` and `pg`'s fit). */
export type RunSql = (sql: string, params: unknown[]) => Promise<unknown>;

/**
 * Overwrites one field of an instance row by hand, as an administrator with psql would: a column
 * of its own, or a key of the `runtime` column. The value goes in as JSON, so it may be of the
 * wrong type for the engine but never invalid JSON (PostgreSQL's jsonb refuses that).
 */
export async function corruptInstance(run: RunSql, schema: string, ref: InstanceRef, field: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  const columns: Record<string, string> = { state: 'state', data: 'data' };
  const column = columns[field];
  const set = column !== undefined ? `${column} = $3::jsonb` : `runtime = jsonb_set(runtime, array[$4::text], $3::jsonb)`;
  await run(`update ${schema}.instances set ${set} where tenant = $1 and id = $2`, column !== undefined ? [ref.tenant, ref.id, json] : [ref.tenant, ref.id, json, field]);
}
