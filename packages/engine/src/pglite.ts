/**
 * `@luzhi/engine/pglite` — the embedded durable store: PostgreSQL in this process (PGlite), in
 * memory or in a data directory. Kept out of the main entry so that browser bundles never load it.
 *
 * @module @luzhi/engine/pglite
 */
export { createPgliteStore, DEFAULT_SHARED_BUFFERS_MB, type PgliteStoreOptions } from './store/pglite-store.js';
export type { SqlStore, SqlStoreOptions } from './store/sql/sql-store.js';
export { SCHEMA_VERSION } from './store/sql/migrations.js';
export { StoreSchemaError, StoreLockedError } from './errors.js';
export { lockDataDir, LOCK_FILE } from './store/data-dir-lock.js';
