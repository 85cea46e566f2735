import { createPgliteStore } from '../../src/store/pglite-store.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import type { SqlStore } from '../../src/store/sql/sql-store.js';

/** Which durable store a child process opens: a PGlite data directory, or a schema on a server. */
export type DurableStoreSpec =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string; schema: string; maxConnections?: number };

/** Opens the store a {@link DurableStoreSpec} names. */
export function openDurableStore(spec: DurableStoreSpec): Promise<SqlStore> {
  return spec.kind === 'pglite'
    ? createPgliteStore({ dataDir: spec.dataDir })
    : createPostgresStore({ connectionString: spec.url, schema: spec.schema, maxConnections: spec.maxConnections ?? 2 });
}
