import pg from 'pg';
import { z } from 'zod';
import { parseOptions } from '../runtime/command-schema.js';
import { commitGroupLimitOption, openSqlStore, schemaNameOption, type SqlStore, type SqlStoreOptions } from './sql/sql-store.js';
import type { SqlClient } from './sql/sql-client.js';

/** Options of {@link createPostgresStore}: a pool the host owns, or a connection string. */
export interface PostgresStoreOptions extends SqlStoreOptions {
  /** A `pg` Pool the host created (and closes); the store only borrows connections from it. */
  pool?: pg.Pool;
  /** A connection string, e.g. `postgres://luzhi@db.example/oa`: the store opens and closes its own pool. */
  connectionString?: string;
  /** Connections of the store's own pool (10 by default). */
  maxConnections?: number;
}

const optionsSchema = z
  .strictObject({
    pool: z.custom<pg.Pool>((value) => typeof (value as pg.Pool | undefined)?.connect === 'function').optional(),
    connectionString: z.string().min(1).optional(),
    maxConnections: z.number().int().min(1).optional(),
    schema: schemaNameOption,
    commitGroupLimit: commitGroupLimitOption,
  })
  .refine((options) => (options.pool === undefined) !== (options.connectionString === undefined), {
    message: 'give either "pool" or "connectionString"',
    path: ['pool'],
  });

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** A {@link SqlClient} over `pg`: statements given a name stay prepared on each connection. */
function pgClient(db: Queryable, pool: pg.Pool | undefined, close: () => Promise<void>): SqlClient {
  return {
    query: async (sql, params = [], name) =>
      (await db.query(name === undefined ? { text: sql, values: [...params] } : { name, text: sql, values: [...params] })).rows,
    exec: async (sql) => {
      await db.query(sql);
    },
    async transaction(work) {
      if (pool === undefined) return work(this);
      const connection = await pool.connect();
      try {
        await connection.query('begin');
        const result = await work(pgClient(connection, undefined, async () => {}));
        await connection.query('commit');
        return result;
      } catch (error) {
        await connection.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    close,
  };
}

/**
 * Opens the production store on a PostgreSQL server through `pg`: several engine processes may
 * share one database (row versions, leased timers and outbox effects keep them apart), and the
 * tables can live in the OA system's own database under their own schema.
 *
 * @throws PayloadError for bad options; StoreSchemaError when the database was migrated by a
 * newer Luzhi; the driver's error when the server cannot be reached.
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<SqlStore> {
  parseOptions(optionsSchema, options);
  const owned = options.pool === undefined;
  const pool = options.pool ?? new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 });
  // An idle connection the server ends (a restart, a dropped database, an administrator) is an
  // 'error' event on the pool; unheard, it would end the host's process. The pool has already
  // discarded that connection, and the next statement runs on a new one or fails as a statement.
  if (owned) pool.on('error', () => undefined);
  const client = pgClient(pool, pool, async () => {
    if (owned) await pool.end();
  });
  return openSqlStore(client, options.schema, options.commitGroupLimit);
}
