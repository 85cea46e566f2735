import type { InstanceRef } from '../../src/index.js';
import type { SqlStore } from '../../src/store/sql/sql-store.js';
import type { OpenedStore } from './store-conformance.js';

/** Runs one SQL statement with parameters (PGlite's `query` and `pg`'s fit). */
export type RunSql = (sql: string, params?: unknown[]) => Promise<unknown>;

/**
 * Overwrites one field of an instance row by hand, as an administrator with psql would: a column
 * of its own (a timestamp column takes the value as PostgreSQL text), or a key of the `runtime` column. The value goes in as JSON, so it may be of the
 * wrong type for the engine but never invalid JSON (PostgreSQL's jsonb refuses that).
 */
export async function corruptInstance(run: RunSql, schema: string, ref: InstanceRef, field: string, value: unknown): Promise<void> {
  const timestamps: Record<string, string> = { createdAt: 'created_at', updatedAt: 'updated_at' };
  const timestamp = timestamps[field];
  if (timestamp !== undefined) {
    // A timestamp column takes what PostgreSQL takes: 'infinity' is a valid timestamptz.
    await run(`update ${schema}.instances set ${timestamp} = $3::timestamptz where tenant = $1 and id = $2`, [ref.tenant, ref.id, value]);
    return;
  }
  const json = JSON.stringify(value);
  const columns: Record<string, string> = { state: 'state', data: 'data' };
  const column = columns[field];
  const set = column !== undefined ? `${column} = $3::jsonb` : `runtime = jsonb_set(runtime, array[$4::text], $3::jsonb)`;
  await run(`update ${schema}.instances set ${set} where tenant = $1 and id = $2`, column !== undefined ? [ref.tenant, ref.id, json] : [ref.tenant, ref.id, json, field]);
}

/**
 * A conformance opener for a SQL store on a database shared by the whole test file: each test gets
 * a schema of its own (`<prefix>_<n>`), dropped after it, and can corrupt its rows by hand.
 */
export function openInFreshSchema(prefix: string, open: (schema: string) => Promise<SqlStore>, run: RunSql): () => Promise<OpenedStore> {
  let schemas = 0;
  return async () => {
    const schema = `${prefix}_${++schemas}`;
    const store = await open(schema);
    return {
      store,
      close: async () => {
        await store.close();
        await run(`drop schema ${schema} cascade`);
      },
      corrupt: (ref, field, value) => corruptInstance(run, schema, ref, field, value),
    };
  };
}
