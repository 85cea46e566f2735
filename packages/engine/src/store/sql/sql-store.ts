import { ConcurrencyError } from '../../errors.js';
import { hasSqlState, type SqlClient } from './sql-client.js';
import { z } from 'zod';
import { migrate, SCHEMA_NAME } from './migrate.js';
import { queryAudience, taskAudience } from './task-audience.js';
import type { CommandWrite, OutboxEffect, Store, StoredDefinition, StoredTask, StoredTaskQuery, StoredTimer } from '../store.js';

/** A {@link Store} on PostgreSQL (through PGlite or `pg`), with what only a database store has. */
export interface SqlStore extends Store {
  /** The PostgreSQL schema that holds the store's tables. */
  readonly schema: string;
  /** The schema version the database was at when the store opened it (0: it was empty). */
  readonly migratedFrom: number;
}

/** Options shared by the PGlite and PostgreSQL stores. */
export interface SqlStoreOptions {
  /** The PostgreSQL schema for Luzhi's tables (`luzhi` by default): lower-case letters, digits, `_`. */
  schema?: string;
}

/** The `schema` option of the SQL stores, as their option schemas check it. */
export const schemaNameOption = z
  .string()
  .regex(SCHEMA_NAME, 'lower-case letters, digits and "_", starting with a letter or "_"')
  .optional();

/** How long delivered effects wait for a commit to carry their deletion before going on their own. */
const FORGET_DELAY_MS = 50;

/** A task as `commit_command` takes it: the columns it is indexed by, and the row itself. */
const taskColumns = (task: StoredTask, index: number) => ({
  ordinal: index + 1,
  definition_id: task.definitionId,
  state: task.state,
  audience: taskAudience(task),
  created_at: task.createdAt,
  due: task.due ?? null,
  warn_at: task.warnAt ?? null,
  task,
});
const timerColumns = (timer: StoredTimer) => ({ id: timer.id, due_at: timer.dueAt, timer });
const effectColumns = (effect: OutboxEffect) => ({
  id: effect.id,
  status: effect.status,
  available_at: effect.availableAt ?? null,
  attempts: effect.attempts,
  effect,
});

/** A timestamp column as the engine writes it: ISO 8601 in UTC with milliseconds. */
const iso = (value: unknown): string => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());
const plusMs = (instant: string, ms: number): string => new Date(Date.parse(instant) + ms).toISOString();

interface InstanceColumns {
  found: boolean;
  tenant: string;
  id: string;
  definition_id: string;
  definition_version: number;
  status: string;
  version: number;
  state: unknown;
  data: unknown;
  runtime: Record<string, unknown> | null;
  created_at: unknown;
  updated_at: unknown;
  replay: unknown;
}

interface OutboxColumns {
  effect: Record<string, unknown>;
  status: string;
  attempts: number;
  last_error: string | null;
  available_at: unknown;
}

/** An outbox row as the engine knows it: the effect as committed, with its delivery state from the columns. */
function outboxRow(row: OutboxColumns): OutboxEffect {
  const { lastError: _lastError, availableAt: _availableAt, status: _status, attempts: _attempts, ...effect } = row.effect;
  return {
    ...(effect as unknown as Omit<OutboxEffect, 'status' | 'attempts'>),
    status: row.status as OutboxEffect['status'],
    attempts: row.attempts,
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    ...(row.available_at === null ? {} : { availableAt: iso(row.available_at) }),
  };
}

/**
 * Opens a store on a PostgreSQL database reached through `client` (`luzhi` schema by default),
 * migrating its schema first; closes the client when that fails.
 * Each command is one call of the `commit_command` function, which writes the instance row (with
 * its version check), the idempotency key, the audit event, the tasks, timers and outbox rows in
 * one statement: one transaction and one round trip.
 *
 * @throws StoreSchemaError when the database was migrated by a newer Luzhi.
 */
export async function openSqlStore(client: SqlClient, schema = 'luzhi'): Promise<SqlStore> {
  let migratedFrom: number;
  try {
    migratedFrom = await migrate(client, schema);
  } catch (error) {
    await client.close();
    throw error;
  }
  const s = schema;
  /** Ids of delivered effects not yet deleted from the outbox. */
  const delivered: string[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    schema,
    migratedFrom,

    async read(ref, idempotencyKey) {
      const columns = `i.tenant, i.id, i.definition_id, i.definition_version, i.status, i.version, i.state, i.data, i.runtime, i.created_at, i.updated_at`;
      const [row] =
        idempotencyKey === undefined
          ? await client.query<InstanceColumns>(
              `select true as found, ${columns}, null as replay from ${s}.instances i where i.tenant = $1 and i.id = $2`,
              [ref.tenant, ref.id],
              `${s}_read`,
            )
          : await client.query<InstanceColumns>(
              `select i.id is not null as found, ${columns}, k.result as replay
               from (select 1) one
               left join ${s}.instances i on i.tenant = $1 and i.id = $2
               left join ${s}.idempotency_keys k on k.tenant = $1 and k.key = $3`,
              [ref.tenant, ref.id, idempotencyKey],
              `${s}_read_replay`,
            );
      const replay = row?.replay ?? undefined;
      if (!row?.found) return { instance: undefined, replay };
      const runtime = row.runtime ?? {};
      return {
        instance: {
          tenant: row.tenant,
          id: row.id,
          definitionId: row.definition_id,
          definitionVersion: row.definition_version,
          state: row.state,
          data: row.data,
          status: row.status,
          version: row.version,
          createdAt: iso(row.created_at),
          updatedAt: iso(row.updated_at),
          lastHash: runtime.lastHash,
          entered: runtime.entered,
          deadlines: runtime.deadlines,
          branches: runtime.branches,
          assignees: runtime.assignees,
        },
        replay,
      };
    },

    async commit(write: CommandWrite) {
      const { instance: row, event } = write;
      const forgotten = delivered.splice(0);
      let rows: Array<{ stored: number | null }>;
      try {
        rows = await client.query(
          `select ${s}.commit_command($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22) as stored`,
          [
            row.tenant, row.id, write.expectedVersion, row.definitionId, row.definitionVersion, row.status, row.version,
            JSON.stringify(row.state), JSON.stringify(row.data),
            JSON.stringify({ entered: row.entered, deadlines: row.deadlines, branches: row.branches, assignees: row.assignees, lastHash: row.lastHash }),
            row.createdAt, row.updatedAt,
            write.idempotency?.key ?? null, write.idempotency === undefined ? null : JSON.stringify(write.idempotency.result ?? null),
            event.seq, event.type, event.hash, JSON.stringify(event),
            JSON.stringify(write.tasks.map(taskColumns)), JSON.stringify(write.timers.map(timerColumns)),
            JSON.stringify(write.effects.map(effectColumns)), forgotten,
          ],
          `${s}_commit`,
        );
      } catch (error) {
        delivered.push(...forgotten);
        // A reused idempotency key (LZ409), or a racing insert of the same event (23505).
        if (hasSqlState(error, 'LZ409') || hasSqlState(error, '23505')) {
          throw new ConcurrencyError(row.id, write.expectedVersion, write.expectedVersion);
        }
        throw error;
      }
      const stored = rows[0]?.stored;
      if (stored !== null && stored !== undefined) {
        // Nothing was written, the deletions of delivered effects included: they wait for the next call.
        delivered.push(...forgotten);
        throw new ConcurrencyError(row.id, write.expectedVersion, stored);
      }
    },

    async events(ref) {
      const rows = await client.query<{ event: unknown }>(
        `select event from ${s}.events where tenant = $1 and instance_id = $2 order by seq`,
        [ref.tenant, ref.id],
        `${s}_events`,
      );
      return rows.map((row) => row.event);
    },

    async tasks(tenant, query) {
      const { sql, params } = taskQuery(s, tenant, query);
      const rows = await client.query<{ task: unknown }>(sql, params);
      return rows.map((row) => row.task);
    },

    async claimDueTimers(now, limit, leaseMs) {
      const rows = await client.query<{ timer: { dueAt: string; id: string } }>(
        `update ${s}.timers set lease_until = $2
         where id in (
           select id from ${s}.timers
           where due_at <= $1 and (lease_until is null or lease_until <= $1)
           order by due_at, id limit $3
           for update skip locked)
         returning timer`,
        [now, plusMs(now, leaseMs), limit],
        `${s}_claim_timers`,
      );
      return rows
        .map((row) => row.timer)
        .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id < b.id ? -1 : 1));
    },

    async dropTimer(id) {
      await client.query(`delete from ${s}.timers where id = $1`, [id], `${s}_drop_timer`);
    },

    async claimEffects(now, limit, leaseMs) {
      await forgetDelivered();
      const rows = await client.query<OutboxColumns & { position: string }>(
        `update ${s}.outbox set available_at = $2
         where id in (
           select id from ${s}.outbox
           where status = 'pending' and (available_at is null or available_at <= $1)
           order by position limit $3
           for update skip locked)
         returning effect, status, attempts, last_error, available_at, position`,
        [now, plusMs(now, leaseMs), limit],
        `${s}_claim_effects`,
      );
      return rows.sort((a, b) => Number(a.position) - Number(b.position)).map(outboxRow);
    },

    async listEffects(query = {}) {
      await forgetDelivered();
      const rows = await client.query<OutboxColumns>(
        `select effect, status, attempts, last_error, available_at from ${s}.outbox
         where $1::text is null or status = $1 order by position limit $2`,
        [query.status ?? null, query.limit ?? null],
      );
      return rows.map(outboxRow);
    },

    async settleEffect(id, outcome) {
      if (outcome.delivered) {
        forgetLater(id);
        return;
      }
      await forgetDelivered();
      await client.query(
        `update ${s}.outbox set attempts = attempts + 1, last_error = $2,
           status = case when $3::timestamptz is null then 'failed' else status end,
           available_at = coalesce($3::timestamptz, available_at)
         where id = $1`,
        [id, outcome.error, outcome.retryAt ?? null],
        `${s}_failed`,
      );
    },

    async saveDefinition(row: StoredDefinition) {
      await client.query(
        `insert into ${s}.definitions (tenant, id, version, content_hash, definition, published_at)
         values ($1, $2, $3, $4, $5::jsonb, $6) on conflict do nothing`,
        [row.tenant, row.id, row.version, row.contentHash, JSON.stringify(row.definition), row.publishedAt],
      );
      return loadDefinition(row.tenant, row.id, row.version);
    },

    loadDefinition: (tenant, id, version) => loadDefinition(tenant, id, version),

    async close() {
      await forgetDelivered();
      await client.close();
    },
  };

  /*
   * Delivered effects leave the outbox lazily: their ids ride along with the next commit, or go in
   * one batch soon after. Until then they are still leased to this process, so no one else
   * delivers them; if the process dies first, they are delivered again after the lease — which
   * at-least-once delivery allows — instead of costing every delivery a transaction of its own.
   */
  function forgetLater(id: string): void {
    delivered.push(id);
    flushTimer ??= setTimeout(() => void forgetDelivered().catch(() => undefined), FORGET_DELAY_MS);
  }

  async function forgetDelivered(): Promise<void> {
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    flushTimer = undefined;
    const ids = delivered.splice(0);
    if (ids.length === 0) return;
    try {
      await client.query(`delete from ${s}.outbox where id = any($1::text[])`, [ids], `${s}_delivered`);
    } catch (error) {
      delivered.push(...ids);
      throw error;
    }
  }

  async function loadDefinition(tenant: string, id: string, version?: number): Promise<StoredDefinition | undefined> {
    const rows = await client.query<{ version: number; content_hash: string; definition: unknown; published_at: unknown }>(
      `select version, content_hash, definition, published_at from ${s}.definitions
       where tenant = $1 and id = $2 and ($3::integer is null or version = $3)
       order by version desc limit 1`,
      [tenant, id, version ?? null],
      `${s}_definition`,
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    return { tenant, id, version: row.version, contentHash: row.content_hash, definition: row.definition, publishedAt: iso(row.published_at) };
  }
}

/** The SQL of a task query: the actor's audience keys, the filters, the order, the limit. */
function taskQuery(s: string, tenant: string, query: StoredTaskQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [tenant, queryAudience(query)];
  const where = ['tenant = $1', 'audience && $2::text[]'];
  const param = (value: unknown): string => `$${params.push(value)}`;
  if (query.definitionId !== undefined) where.push(`definition_id = ${param(query.definitionId)}`);
  if (query.state !== undefined) where.push(`state = ${param(query.state)}`);
  if (query.dueBy !== undefined) where.push(`due <= ${param(query.dueBy)}::timestamptz`);
  if (query.warnedBy !== undefined) {
    const at = param(query.warnedBy);
    where.push(`warn_at <= ${at}::timestamptz and (due is null or due > ${at}::timestamptz)`);
  }
  const order = query.sort === 'due' ? 'due nulls last, created_at, place, ordinal' : 'created_at, place, ordinal';
  const limit = query.limit === undefined ? '' : ` limit ${param(query.limit)}`;
  return { sql: `select task from ${s}.tasks where ${where.join(' and ')} order by ${order}${limit}`, params };
}
