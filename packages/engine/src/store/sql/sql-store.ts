import { ConcurrencyError } from '../../errors.js';
import { assertTenantId } from '../../tenant-id.js';
import { hasSqlState, type SqlClient } from './sql-client.js';
import { z } from 'zod';
import { migrate, SCHEMA_NAME } from './migrate.js';
import { queryAudience, taskAudience } from './task-audience.js';
import { instanceQuery } from './instance-query-sql.js';
import { COMMIT_GROUP_DEFAULT, COMMIT_GROUP_MAX, commitGroups, type GroupOutcome } from './commit-group.js';
import { boundedTotal, checkStoredInstanceQuery } from '../instance-query.js';
import type { CommandWrite, OutboxEffect, Store, StoredDefinition, StoredInstance, StoredTask, StoredTaskQuery, StoredTimer } from '../store.js';

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
  /**
   * The most commands committed together in one transaction (32 by default, at most 64; 1 commits
   * each command on its own). Commands that arrive while a group is being written wait for the
   * next group; a command that arrives while none is, is written at once.
   */
  commitGroupLimit?: number;
}

/** The `schema` option of the SQL stores, as their option schemas check it. */
export const schemaNameOption = z
  .string()
  .regex(SCHEMA_NAME, 'lower-case letters, digits and "_", starting with a letter or "_"')
  .optional();

/** The `commitGroupLimit` option of the SQL stores, as their option schemas check it. */
export const commitGroupLimitOption = z.number().int().min(1).max(COMMIT_GROUP_MAX).optional();

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

/**
 * A timestamp column as the engine writes it: ISO 8601 in UTC with milliseconds. A value that is
 * no instant (`infinity`, an invalid date) comes back as text for the row check to report, never
 * as a RangeError from here.
 */
function iso(value: unknown): string {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(time) ? new Date(time).toISOString() : String(value);
}
const plusMs = (instant: string, ms: number): string => new Date(Date.parse(instant) + ms).toISOString();

/** A started instance's id was taken: its command's transaction rolls back. */
class StartedTakenError extends Error {}

/**
 * A command's outcome in `commit_commands`: null when written; the stored version when the
 * version check failed; the refusals of a single commit; or another SQLSTATE (rolled back).
 */
type GroupResult = null | { stale: number } | 'key' | 'taken' | 'conflict' | { error: string };

/**
 * A command as `commit_commands` takes it: `commit_command`'s arguments in a JSON object (the
 * JSON columns spliced in as the text `instanceColumns` made of them), with the instances it
 * starts in `started`.
 */
function commandJson(write: CommandWrite): string {
  const columns = instanceColumns(write.instance);
  const { event } = write;
  const head = JSON.stringify({
    t: columns.tenant, i: columns.id, expected: write.expectedVersion, definition_id: columns.definition_id,
    definition_version: columns.definition_version, status: columns.status, version: columns.version,
    created_at: columns.created_at, updated_at: columns.updated_at, key: write.idempotency?.key ?? null,
    seq: event.seq, type: event.type, hash: event.hash,
  });
  const result = write.idempotency === undefined ? 'null' : JSON.stringify(write.idempotency.result ?? null);
  return (
    `${head.slice(0, -1)},"state":${columns.state},"data":${columns.data},"runtime":${columns.runtime},"result":${result}` +
    `,"event":${JSON.stringify(event)},"tasks":${JSON.stringify(write.tasks.map(taskColumns))}` +
    `,"timers":${JSON.stringify(write.timers.map(timerColumns))},"effects":${JSON.stringify(write.effects.map(effectColumns))}` +
    `,"started":[${(write.started ?? []).map(commandJson).join(',')}]}`
  );
}

/** Orders writes by instance (tenant, then id), so that every group locks instance rows in the same order. */
const byInstance = (a: CommandWrite, b: CommandWrite): number => {
  const order = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return order(a.instance.tenant, b.instance.tenant) || order(a.instance.id, b.instance.id);
};

/** An instance row's columns as selected. */
export interface InstanceColumns {
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

/** The columns of an instance row (table alias `i`), as `read` and `queryInstances` select them. */
export const INSTANCE_COLUMNS = 'i.tenant, i.id, i.definition_id, i.definition_version, i.status, i.version, i.state, i.data, i.runtime, i.created_at, i.updated_at';

/** An instance row as the engine knows it, from its columns (checked by the engine when read). */
function instanceRow(row: InstanceColumns): Record<string, unknown> {
  const runtime = row.runtime !== null && typeof row.runtime === 'object' ? row.runtime : {};
  return {
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
    // Absent from rows written before participants were kept.
    ...(runtime.participants === undefined ? {} : { participants: runtime.participants }),
    ...(runtime.units === undefined ? {} : { units: runtime.units }),
    ...(runtime.ballots === undefined ? {} : { ballots: runtime.ballots }),
    ...(runtime.links === undefined ? {} : { links: runtime.links }),
    ...(runtime.origin === undefined ? {} : { origin: runtime.origin }),
  };
}

/**
 * The columns of the `instances` table that hold `row` (JSON as text): what `commit` writes, and
 * what a bulk load writes for the same row.
 */
export function instanceColumns(row: StoredInstance) {
  return {
    tenant: row.tenant,
    id: row.id,
    definition_id: row.definitionId,
    definition_version: row.definitionVersion,
    status: row.status,
    version: row.version,
    state: JSON.stringify(row.state),
    data: JSON.stringify(row.data),
    runtime: JSON.stringify({
      entered: row.entered, deadlines: row.deadlines, branches: row.branches, assignees: row.assignees, lastHash: row.lastHash,
      participants: row.participants, units: row.units, ballots: row.ballots, links: row.links, origin: row.origin,
    }),
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  };
}

/** An outbox row as the engine knows it: the effect as committed, with its delivery state from the columns. */
function outboxRow(row: OutboxColumns): OutboxEffect {
  // A column edited to something else than an object is handed on as it is, for the row check.
  if (row.effect === null || typeof row.effect !== 'object' || Array.isArray(row.effect)) return row.effect as never;
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
 * one statement: one transaction and one round trip. Commands that arrive while another commit is
 * under way are written together by one call of `commit_commands` (at most `commitGroupLimit`):
 * one transaction for the group, each command in a subtransaction of its own.
 *
 * @throws StoreSchemaError when the database was migrated by a newer Luzhi.
 */
export async function openSqlStore(client: SqlClient, schema = 'luzhi', commitGroupLimit = COMMIT_GROUP_DEFAULT): Promise<SqlStore> {
  let migratedFrom: number;
  try {
    migratedFrom = await migrate(client, schema);
  } catch (error) {
    await client.close();
    throw error;
  }
  const s = schema;
  /** Delivered effects (tenant and id) not yet deleted from the outbox. */
  const delivered: Array<{ tenant: string; id: string }> = [];
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  // A lone command is written at once by `commit_command`; those that queue meanwhile, together.
  const groups = commitGroups<CommandWrite>(commitGroupLimit, (writes) =>
    writes.length === 1
      ? commitAlone(writes[0]!).then(
          () => [undefined],
          (error: unknown) => [{ error }],
        )
      : commitGroup(writes),
  );

  /**
   * One instance's part of a commit, as one call of `commit_command`: null when written, else the
   * version the instance is at (the version check failed and nothing was written).
   */
  async function commitOne(on: SqlClient, write: CommandWrite, forgotten: ReadonlyArray<{ tenant: string; id: string }>): Promise<number | null | undefined> {
    const { event } = write;
    const columns = instanceColumns(write.instance);
    const rows = await on.query<{ stored: number | null }>(
      `select ${s}.commit_command($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22) as stored`,
      [
        columns.tenant, columns.id, write.expectedVersion, columns.definition_id, columns.definition_version, columns.status,
        columns.version, columns.state, columns.data, columns.runtime, columns.created_at, columns.updated_at,
        write.idempotency?.key ?? null, write.idempotency === undefined ? null : JSON.stringify(write.idempotency.result ?? null),
        event.seq, event.type, event.hash, JSON.stringify(event),
        JSON.stringify(write.tasks.map(taskColumns)), JSON.stringify(write.timers.map(timerColumns)),
        JSON.stringify(write.effects.map(effectColumns)), JSON.stringify(forgotten),
      ],
      `${s}_commit`,
    );
    return rows[0]?.stored;
  }

  return {
    schema,
    migratedFrom,

    async read(ref, idempotencyKey) {
      assertTenantId(ref.tenant);
      const columns = INSTANCE_COLUMNS;
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
      return { instance: instanceRow(row), replay };
    },

    async commit(write: CommandWrite) {
      assertTenantId(write.instance.tenant, '/instance/tenant');
      const started = write.started ?? [];
      started.forEach((each, index) => assertTenantId(each.instance.tenant, `/started/${index}/instance/tenant`));
      await groups.submit(write);
    },

    async events(ref) {
      assertTenantId(ref.tenant);
      const rows = await client.query<{ event: unknown }>(
        `select event from ${s}.events where tenant = $1 and instance_id = $2 order by seq`,
        [ref.tenant, ref.id],
        `${s}_events`,
      );
      return rows.map((row) => row.event);
    },

    async eventColumns(ref) {
      const rows = await client.query<{ seq: number; at: unknown; type: string; hash: string }>(
        `select seq, at, type, hash from ${s}.events where tenant = $1 and instance_id = $2 order by seq`,
        [ref.tenant, ref.id],
        `${s}_event_columns`,
      );
      return rows.map((row) => ({ seq: row.seq, at: iso(row.at), type: row.type, hash: row.hash }));
    },

    async queryInstances(tenant, input) {
      assertTenantId(tenant);
      const query = checkStoredInstanceQuery(input);
      const { sql, params } = instanceQuery(s, INSTANCE_COLUMNS, tenant, query);
      const rows = await client.query<InstanceColumns & { total: string | number }>(sql, params);
      const counted = Number(rows[0]?.total ?? 0);
      return { rows: rows.filter((row) => row.found).map(instanceRow), ...boundedTotal(counted, query.countLimit) };
    },

    async tasks(tenant, query) {
      assertTenantId(tenant);
      const { sql, params } = taskQuery(s, tenant, query);
      const rows = await client.query<{ task: unknown }>(sql, params);
      return rows.map((row) => row.task);
    },

    async claimDueTimers(tenant, now, limit, leaseMs) {
      assertTenantId(tenant);
      const rows = await client.query<{ timer: { dueAt: string; id: string }; due_at: unknown; id: string }>(
        `update ${s}.timers set lease_until = $3
         where tenant = $1 and id in (
           select id from ${s}.timers
           where tenant = $1 and due_at <= $2 and (lease_until is null or lease_until <= $2)
           order by due_at, id limit $4
           for update skip locked)
         returning timer, due_at, id`,
        [tenant, now, plusMs(now, leaseMs), limit],
        `${s}_claim_timers`,
      );
      // Ordered by the columns: the timer column itself may be unreadable.
      const at = (row: { due_at: unknown }): number => (row.due_at instanceof Date ? row.due_at.getTime() : Number(row.due_at));
      return rows.sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((row) => row.timer);
    },

    async dropTimer(tenant, id) {
      assertTenantId(tenant);
      await client.query(`delete from ${s}.timers where tenant = $1 and id = $2`, [tenant, id], `${s}_drop_timer`);
    },

    async deferTimer(tenant, id, until) {
      assertTenantId(tenant);
      await client.query(`update ${s}.timers set lease_until = $3 where tenant = $1 and id = $2`, [tenant, id, until], `${s}_defer_timer`);
    },

    async claimEffects(tenant, now, limit, leaseMs) {
      assertTenantId(tenant);
      await forgetDelivered();
      const rows = await client.query<OutboxColumns & { position: string }>(
        `update ${s}.outbox set available_at = $3
         where tenant = $1 and id in (
           select id from ${s}.outbox
           where tenant = $1 and status = 'pending' and (available_at is null or available_at <= $2)
           order by position limit $4
           for update skip locked)
         returning effect, status, attempts, last_error, available_at, position`,
        [tenant, now, plusMs(now, leaseMs), limit],
        `${s}_claim_effects`,
      );
      return rows.sort((a, b) => Number(a.position) - Number(b.position)).map(outboxRow);
    },

    async listEffects(query = {}) {
      if (query.tenant !== undefined) assertTenantId(query.tenant);
      await forgetDelivered();
      const rows = await client.query<OutboxColumns>(
        `select effect, status, attempts, last_error, available_at from ${s}.outbox
         where ($1::text is null or status = $1) and ($3::text is null or tenant = $3) order by position limit $2`,
        [query.status ?? null, query.limit ?? null, query.tenant ?? null],
      );
      return rows.map(outboxRow);
    },

    async settleEffect(tenant, id, outcome) {
      assertTenantId(tenant);
      if (outcome.delivered) {
        forgetLater(tenant, id);
        return;
      }
      await forgetDelivered();
      await client.query(
        `update ${s}.outbox set attempts = attempts + 1, last_error = $3,
           status = case when $4::timestamptz is null then 'failed' else status end,
           available_at = coalesce($4::timestamptz, available_at)
         where tenant = $1 and id = $2`,
        [tenant, id, outcome.error, outcome.retryAt ?? null],
        `${s}_failed`,
      );
    },

    async deferEffect(tenant, id, until) {
      assertTenantId(tenant);
      await client.query(`update ${s}.outbox set available_at = $3 where tenant = $1 and id = $2`, [tenant, id, until], `${s}_defer_effect`);
    },

    async dueTenants(now) {
      await forgetDelivered();
      const rows = await client.query<{ tenant: string }>(
        `select tenant from ${s}.timers where due_at <= $1 and (lease_until is null or lease_until <= $1)
         union
         select tenant from ${s}.outbox where status = 'pending' and (available_at is null or available_at <= $1)
         order by tenant`,
        [now],
        `${s}_due_tenants`,
      );
      return rows.map((row) => row.tenant);
    },

    async saveDefinition(row: StoredDefinition) {
      assertTenantId(row.tenant);
      await client.query(
        `insert into ${s}.definitions (tenant, id, version, content_hash, definition, published_at)
         values ($1, $2, $3, $4, $5::jsonb, $6) on conflict do nothing`,
        [row.tenant, row.id, row.version, row.contentHash, JSON.stringify(row.definition), row.publishedAt],
      );
      return loadDefinition(row.tenant, row.id, row.version);
    },

    loadDefinition: async (tenant, id, version) => {
      assertTenantId(tenant);
      return loadDefinition(tenant, id, version);
    },

    async listDefinitions(tenant) {
      assertTenantId(tenant);
      const rows = await client.query<{ id: string; version: number; published_at: unknown }>(
        `select id, version, published_at from ${s}.definitions where tenant = $1 order by id collate "C", version`,
        [tenant],
        `${s}_definition_list`,
      );
      return rows.map((row) => ({ id: row.id, version: row.version, publishedAt: iso(row.published_at) }));
    },

    async close() {
      await forgetDelivered();
      await client.close();
    },
  };

  /** Commits one command on its own, as one call of `commit_command` (the instances it starts in the same transaction). */
  async function commitAlone(write: CommandWrite): Promise<void> {
    const { instance: row } = write;
    const started = write.started ?? [];
    const forgotten = delivered.splice(0);
    let stored: number | null | undefined;
    try {
      stored =
        started.length === 0
          ? await commitOne(client, write, forgotten)
          : await client.transaction(async (transaction) => {
              const own = await commitOne(transaction, write, forgotten);
              if (own !== null && own !== undefined) return own;
              for (const each of started) {
                // Taken already: the whole command rolls back, the source's own write included.
                const taken = await commitOne(transaction, each, []);
                if (taken !== null && taken !== undefined) throw new StartedTakenError();
              }
              return null;
            });
    } catch (error) {
      delivered.push(...forgotten);
      // A reused idempotency key (LZ409), a racing insert of the same event (23505), or a started id taken.
      if (hasSqlState(error, 'LZ409') || hasSqlState(error, '23505') || error instanceof StartedTakenError) {
        throw new ConcurrencyError(row.id, write.expectedVersion, write.expectedVersion);
      }
      throw error;
    }
    if (stored !== null && stored !== undefined) {
      // Nothing was written, the deletions of delivered effects included: they wait for the next call.
      delivered.push(...forgotten);
      throw new ConcurrencyError(row.id, write.expectedVersion, stored);
    }
  }

  /**
   * Commits several commands in one transaction, one call of `commit_commands`. Each gets the
   * outcome a commit of its own would have given: a command that failed for another reason than
   * a version or key conflict was rolled back on its own, and is committed again alone, so that
   * its caller gets the very error (or success) that commit gives.
   */
  async function commitGroup(writes: CommandWrite[]): Promise<GroupOutcome[]> {
    const order = writes.map((write, index) => ({ write, index })).sort((a, b) => byInstance(a.write, b.write));
    const forgotten = delivered.splice(0);
    let results: unknown;
    try {
      const [row] = await client.query<{ outcomes: unknown }>(
        `select ${s}.commit_commands($1::text[], $2::jsonb) as outcomes`,
        [order.map(({ write }) => commandJson(write)), JSON.stringify(forgotten)],
        `${s}_commit_group`,
      );
      results = row?.outcomes;
    } catch (error) {
      delivered.push(...forgotten);
      throw error;
    }
    const outcomes: GroupOutcome[] = new Array<GroupOutcome>(writes.length);
    const again: number[] = [];
    order.forEach(({ write, index }, position) => {
      const result = (Array.isArray(results) ? results[position] : undefined) as GroupResult | undefined;
      const { id } = write.instance;
      if (result === null) outcomes[index] = undefined;
      else if (result === 'key' || result === 'taken' || result === 'conflict') {
        outcomes[index] = { error: new ConcurrencyError(id, write.expectedVersion, write.expectedVersion) };
      } else if (typeof result === 'object' && typeof (result as { stale?: unknown }).stale === 'number') {
        outcomes[index] = { error: new ConcurrencyError(id, write.expectedVersion, (result as { stale: number }).stale) };
      } else again.push(index);
    });
    for (const index of again) {
      try {
        await commitAlone(writes[index]!);
        outcomes[index] = undefined;
      } catch (error) {
        outcomes[index] = { error };
      }
    }
    return outcomes;
  }

  /*
   * Delivered effects leave the outbox lazily: their ids ride along with the next commit, or go in
   * one batch soon after. Until then they are still leased to this process, so no one else
   * delivers them; if the process dies first, they are delivered again after the lease — which
   * at-least-once delivery allows — instead of costing every delivery a transaction of its own.
   */
  function forgetLater(tenant: string, id: string): void {
    delivered.push({ tenant, id });
    flushTimer ??= setTimeout(() => void forgetDelivered().catch(() => undefined), FORGET_DELAY_MS);
  }

  async function forgetDelivered(): Promise<void> {
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    flushTimer = undefined;
    const ids = delivered.splice(0);
    if (ids.length === 0) return;
    try {
      await client.query(
        `delete from ${s}.outbox x using jsonb_to_recordset($1::jsonb) as d(tenant text, id text) where x.tenant = d.tenant and x.id = d.id`,
        [JSON.stringify(ids)],
        `${s}_delivered`,
      );
    } catch (error) {
      delivered.push(...ids);
      throw error;
    }
  }

  async function loadDefinition(tenant: string, id: string, version?: number): Promise<StoredDefinition | undefined> {
    const rows = await client.query<{ version: number; content_hash: string; definition: StoredDefinition['definition']; published_at: unknown }>(
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
