/**
 * The little the SQL store needs from a PostgreSQL driver: PGlite and `pg` each get an adapter.
 * Parameters are `$1, $2 …`; JSON goes in as text and is cast with `::jsonb` in the SQL.
 */
export interface SqlClient {
  /** Runs one statement and returns its rows. `name` lets a driver keep the statement prepared. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[], name?: string): Promise<Row[]>;
  /** Runs several statements separated by semicolons, without parameters (for migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  /** Releases the connection(s) the client opened itself (not those the host handed it). */
  close(): Promise<void>;
}

/** A PostgreSQL error as drivers report it: `code` is the SQLSTATE. */
export interface SqlError extends Error {
  code?: string;
}

/** Whether `error` came from PostgreSQL with this SQLSTATE. */
export const hasSqlState = (error: unknown, code: string): boolean =>
  error instanceof Error && (error as SqlError).code === code;
