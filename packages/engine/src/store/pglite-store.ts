import { PGlite, type PGliteInterface, type Transaction } from '@electric-sql/pglite';
import { z } from 'zod';
import { parseOptions } from '../runtime/command-schema.js';
import { isFileSystemDir, lockDataDir } from './data-dir-lock.js';
import { createDatabase, hasDatabase } from './pglite-new-dir.js';
import { loadTemplate, TEMPLATE_SCHEMA } from './pglite-template.js';
import { commitGroupLimitOption, openSqlStore, schemaNameOption, type SqlStore, type SqlStoreOptions } from './sql/sql-store.js';
import type { SqlClient } from './sql/sql-client.js';

/** Options of {@link createPgliteStore}. */
export interface PgliteStoreOptions extends SqlStoreOptions {
  /**
   * Where the database lives: a directory (created when missing), or omitted for a database in
   * memory. Ignored when `db` is given.
   */
  dataDir?: string;
  /** A PGlite database the host opened itself; the store does not close it. */
  db?: PGliteInterface;
  /**
   * PostgreSQL's shared buffers in the database the store opens, in MB: 1–1,024, default
   * {@link DEFAULT_SHARED_BUFFERS_MB}. Ignored when `db` is given.
   */
  sharedBuffersMB?: number;
}

/**
 * The shared buffers of a database the PGlite store opens, in MB (PostgreSQL's default is 128).
 * PGlite sets up all of them whenever it starts, so their size is most of its start: 128 MB take
 * about half a second longer than 32 MB. A page beyond them is read again from the data directory
 * through the operating system's cache, or, in memory, copied from PGlite's own file system, so a
 * query reading many rows of a large database (a hundred thousand instances) is faster with more.
 */
export const DEFAULT_SHARED_BUFFERS_MB = 32;

/** The start parameters of a database the store opens: PGlite's own, with the shared buffers set. */
export function pgliteStartParams(sharedBuffersMB: number = DEFAULT_SHARED_BUFFERS_MB): string[] {
  return [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffersMB}MB`];
}

const optionsSchema = z.strictObject({
  dataDir: z.string().min(1).optional(),
  db: z.custom<PGliteInterface>((value) => typeof (value as PGliteInterface | undefined)?.query === 'function').optional(),
  schema: schemaNameOption,
  commitGroupLimit: commitGroupLimitOption,
  sharedBuffersMB: z.number().int().min(1).max(1024).optional(),
});

/** A {@link SqlClient} over PGlite, which runs one statement at a time in this process. */
function pgliteClient(db: PGliteInterface | Transaction, close: () => Promise<void>): SqlClient {
  return {
    query: async (sql, params) => (await db.query(sql, params as unknown[])).rows as never,
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (work) =>
      'transaction' in db ? db.transaction((tx) => work(pgliteClient(tx, async () => {}))) : work(pgliteClient(db, async () => {})),
    close,
  };
}

/**
 * Opens the embedded durable store: PostgreSQL compiled to WebAssembly (PGlite), in this process,
 * in memory or in a data directory. No server to run: the default for the demo and for small
 * deployments. Its schema is the PostgreSQL store's, so its rows can be copied to a server as they are.
 *
 * A data directory is held by one store at a time: while it is open, a lock file (`luzhi.lock`,
 * with the process id) keeps every other process, and every other store of this process, out.
 * A lock left by a process that died is taken over.
 *
 * @throws PayloadError for bad options; StoreLockedError when the data directory is open
 * elsewhere; StoreSchemaError when the data directory was migrated by a newer Luzhi.
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<SqlStore> {
  parseOptions(optionsSchema, options);
  const owned = options.db === undefined;
  const { dataDir } = options;
  // Two PostgreSQL instances on one directory would corrupt it: the first one to open it holds it.
  const release = owned && dataDir !== undefined && isFileSystemDir(dataDir) ? await lockDataDir(dataDir) : async () => {};
  let db: PGliteInterface;
  try {
    // A new database starts from the shipped template when it fits (initdb and migrations done).
    const fitsTemplate = owned && (options.schema ?? TEMPLATE_SCHEMA) === TEMPLATE_SCHEMA;
    const startParams = pgliteStartParams(options.sharedBuffersMB);
    if (dataDir === undefined) {
      const template = fitsTemplate ? await loadTemplate() : undefined;
      db = options.db ?? new PGlite({ startParams, ...(template === undefined ? {} : { loadDataDir: template }) });
    } else {
      if (owned && isFileSystemDir(dataDir) && !(await hasDatabase(dataDir))) await createDatabase(dataDir, fitsTemplate ? await loadTemplate() : undefined);
      db = options.db ?? new PGlite(dataDir, { startParams });
    }
  } catch (error) {
    await release();
    throw error;
  }
  const client = pgliteClient(db, async () => {
    try {
      if (owned && !db.closed) await db.close();
    } finally {
      await release();
    }
  });
  return openSqlStore(client, options.schema, options.commitGroupLimit);
}
