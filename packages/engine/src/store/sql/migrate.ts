import { StoreSchemaError } from '../../errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import type { SqlClient } from './sql-client.js';

/** A schema name that needs no quoting: lower-case letters, digits and underscores. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Brings the store's schema up to {@link SCHEMA_VERSION}: creates it on an empty database and
 * applies the migrations it lacks, all in one transaction under an advisory lock, so that several
 * processes opening the store at once migrate it once. Returns the version found before.
 *
 * @throws StoreSchemaError when the database was migrated by a newer Luzhi than this one.
 */
export async function migrate(client: SqlClient, schema: string): Promise<number> {
  // Up to date already: no lock and no DDL, so opening needs no right to create anything.
  const current = await schemaVersion(client, schema);
  if (current > SCHEMA_VERSION) throw new StoreSchemaError(schema, current, SCHEMA_VERSION);
  if (current === SCHEMA_VERSION) return current;
  return client.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`luzhi:${schema}`]);
    await tx.query(`create schema if not exists ${schema}`);
    await tx.query(
      `create table if not exists ${schema}.migrations (version integer primary key, description text not null, applied_at timestamptz not null default now())`,
    );
    const [row] = await tx.query<{ version: number | null }>(`select max(version) as version from ${schema}.migrations`);
    const found = row?.version ?? 0;
    if (found > SCHEMA_VERSION) throw new StoreSchemaError(schema, found, SCHEMA_VERSION);
    for (const migration of MIGRATIONS) {
      if (migration.version <= found) continue;
      await tx.exec(migration.sql.replaceAll('<schema>', schema));
      await tx.query(`insert into ${schema}.migrations (version, description) values ($1, $2)`, [migration.version, migration.description]);
    }
    return found;
  });
}

/** The version recorded in the schema's migration log; 0 when there is none yet. */
async function schemaVersion(client: SqlClient, schema: string): Promise<number> {
  const [log] = await client.query<{ present: boolean }>('select to_regclass($1) is not null as present', [`${schema}.migrations`]);
  if (!log?.present) return 0;
  const [row] = await client.query<{ version: number | null }>(`select max(version) as version from ${schema}.migrations`);
  return row?.version ?? 0;
}
