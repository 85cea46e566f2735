/**
 * `@luzhi/engine/postgres` — the store on a PostgreSQL server through `pg`, for production and for
 * several engine processes sharing one database. Kept out of the main entry so that browser
 * bundles never load it.
 *
 * @module @luzhi/engine/postgres
 */
export { createPostgresStore, type PostgresStoreOptions } from './store/postgres-store.js';
export type { SqlStore, SqlStoreOptions } from './store/sql/sql-store.js';
export { SCHEMA_VERSION } from './store/sql/migrations.js';
export { StoreSchemaError } from './errors.js';
