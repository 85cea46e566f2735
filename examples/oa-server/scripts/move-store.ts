/**
 * `npm run move-store -- --to postgres://…`: moves the OA server's PGlite data directory into an
 * empty PostgreSQL database, so that `npm start` can run on PostgreSQL (`LUZHI_DATABASE_URL`)
 * with every committee's definitions, instances, histories, to-do lists, timers and outbox
 * effects as they were.
 *
 * Before anything is written, every instance's history in the data directory is verified. The
 * rows are copied in one transaction, with the target's tables locked against writers; before it
 * commits, every table of the target is compared with the source row by row (a digest of each
 * row's JSON). After the commit every instance's history is verified again, on PostgreSQL. The
 * data directory is held (its lock file) for the whole move, and is left as it was, apart from
 * being brought to the current schema as `npm start` would.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { joinPointer, LuzhiError, text, type Issue, type LocalizedText, type Store } from '@luzhi/engine';
import { createPgliteStore, lockDataDir } from '@luzhi/engine/pglite';
import { createPostgresStore } from '@luzhi/engine/postgres';
import { createCommittees } from '../src/committees.js';

/** The schema `npm start` keeps its tables in, on PGlite and on PostgreSQL alike. */
const SCHEMA = 'luzhi';

/** The tables moved, in the order they are written, each with its primary key. */
const TABLES: ReadonlyArray<{ name: string; key: readonly string[] }> = [
  { name: 'definitions', key: ['tenant', 'id', 'version'] },
  { name: 'instances', key: ['tenant', 'id'] },
  { name: 'events', key: ['tenant', 'instance_id', 'seq'] },
  { name: 'idempotency_keys', key: ['tenant', 'key'] },
  { name: 'tasks', key: ['tenant', 'instance_id', 'ordinal'] },
  { name: 'timers', key: ['tenant', 'id'] },
  { name: 'outbox', key: ['tenant', 'id'] },
];

/** Rows read and written per statement. */
const BATCH_ROWS = 500;

/** Why a move was refused or failed; nothing was written to the target unless `code` says so. */
export class MoveStoreError extends LuzhiError {
  constructor(
    code: string,
    messages: LocalizedText,
    readonly issues: readonly Issue[] = [],
  ) {
    super(code, messages);
  }
  override toJSON(): Record<string, unknown> {
    return this.issues.length > 0 ? { ...super.toJSON(), issues: this.issues } : super.toJSON();
  }
}

/** What to move where. */
export interface MoveStoreOptions {
  /** The PGlite data directory (`examples/oa-server/.data` for `npm start`). */
  from: string;
  /** A PostgreSQL connection string; the schema `luzhi` there must be empty or absent. */
  to: string;
}

/** What a move did. */
export interface MoveStoreReport {
  /** Rows copied, by table. */
  rows: Record<string, number>;
  /** The tenants (committees) moved, sorted. */
  tenants: string[];
  /** Instances whose history verified, on the data directory before and on PostgreSQL after. */
  verified: number;
}

/** A table's primary key as an `order by` that sorts alike on any server: text by code point. */
const orderBy = (key: readonly string[]) =>
  key.map((column) => (['version', 'seq', 'ordinal'].includes(column) ? column : `${column} collate "C"`)).join(', ');

/** Each table's row count and a digest of its rows' JSON in key order (times in UTC). */
const DIGEST = (table: { name: string; key: readonly string[] }) =>
  `select count(*)::int as rows, coalesce(md5(string_agg(md5(row_to_json(t)::text), '' order by ${orderBy(table.key)})), '') as digest from ${SCHEMA}.${table.name} t`;

/** The instances of every tenant of a store, as (tenant, id). */
type InstanceList = Array<{ tenant: string; id: string }>;

/**
 * Verifies each instance's history on `store` and returns those that fail, as issues pointing at
 * `/<tenant>/<id>`. Verification reads only rows, so one engine of the base workflows serves every tenant.
 */
async function brokenHistories(store: Store, instances: InstanceList): Promise<Issue[]> {
  const base = createCommittees({ store, committees: ['base'], sink: () => undefined }).get('base')!;
  const engines = new Map<string, ReturnType<typeof base.withTenant>>();
  const issues: Issue[] = [];
  for (const { tenant, id } of instances) {
    let engine = engines.get(tenant);
    if (engine === undefined) engines.set(tenant, (engine = base.withTenant(tenant)));
    const result = await engine.verifyHistory(id);
    if (!result.ok) {
      issues.push({
        pointer: joinPointer('', tenant, id),
        code: `history.${result.reason ?? 'broken'}`,
        message: text(
          `审计记录校验未通过（${result.reason}，第 ${result.seq ?? '?'} 条）`,
          `the audit trail does not verify (${result.reason}, event ${result.seq ?? '?'})`,
        ),
      });
    }
  }
  return issues;
}

/**
 * Moves a PGlite data directory into an empty PostgreSQL database (see the file's comment).
 *
 * @throws MoveStoreError `moveStore.sourceMissing` (no data directory there),
 * `moveStore.sourceHistoryBroken` (an instance's history does not verify: nothing is written),
 * `moveStore.targetNotEmpty` (the target already holds Luzhi rows: nothing is written),
 * `moveStore.targetFailed` (the target cannot be reached or refused a statement: nothing is written),
 * `moveStore.copyMismatch` (the copy differs from the source: rolled back),
 * `moveStore.targetHistoryBroken` (committed, but a history does not verify on PostgreSQL);
 * StoreLockedError when a server has the data directory open.
 */
export async function moveStore(options: MoveStoreOptions): Promise<MoveStoreReport> {
  const from = resolve(options.from);
  // PGlite would create an empty database in a missing folder: a mistyped path is refused instead.
  if (!existsSync(join(from, 'PG_VERSION'))) {
    throw new MoveStoreError(
      'moveStore.sourceMissing',
      text(`${from} 不是 PGlite 数据目录（没有 PG_VERSION）：请用 --from 指定 npm start 使用的目录`, `${from} is not a PGlite data directory (no PG_VERSION): give the folder npm start uses with --from`),
    );
  }
  const release = await lockDataDir(from);
  let db: PGlite | undefined;
  let pool: pg.Pool | undefined;
  try {
    db = new PGlite(from);
    // Opening it as a store brings the directory to the current schema, as npm start would.
    const source = await createPgliteStore({ db, schema: SCHEMA });
    await db.exec(`set timezone = 'UTC'`);
    const instances = (await db.query<{ tenant: string; id: string }>(`select tenant, id from ${SCHEMA}.instances order by ${orderBy(['tenant', 'id'])}`)).rows;
    const broken = await brokenHistories(source, instances);
    if (broken.length > 0) {
      throw new MoveStoreError(
        'moveStore.sourceHistoryBroken',
        text(`数据目录中有 ${broken.length} 个实例的审计记录校验未通过，未搬迁任何数据`, `${broken.length} instance(s) in the data directory fail history verification; nothing was moved`),
        broken,
      );
    }

    pool = new pg.Pool({ connectionString: options.to, max: 2 });
    pool.on('error', () => undefined);
    const open = pool;
    // Creates the schema on an empty database (or checks its version), as npm start would.
    const target = await onTarget(() => createPostgresStore({ pool: open, schema: SCHEMA }));
    const rows = await onTarget(() => copyAll(db!, open));
    const after = await brokenHistories(target, instances);
    await target.close();
    await source.close();
    if (after.length > 0) {
      throw new MoveStoreError(
        'moveStore.targetHistoryBroken',
        text(`已写入 PostgreSQL，但有 ${after.length} 个实例的审计记录在那里校验未通过`, `Written to PostgreSQL, but ${after.length} instance(s) fail history verification there`),
        after,
      );
    }
    return { rows, tenants: [...new Set(instances.map((row) => row.tenant))].sort(), verified: instances.length };
  } finally {
    await pool?.end();
    if (db !== undefined && !db.closed) await db.close();
    await release();
  }
}

/**
 * Runs a step on the target, turning what the driver throws (the server cannot be reached, the
 * password is wrong, a right is missing) into a MoveStoreError; the transaction was rolled back.
 */
async function onTarget<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof LuzhiError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new MoveStoreError(
      'moveStore.targetFailed',
      text(`目标数据库出错，未写入任何内容：${reason}`, `The target database failed; nothing was written: ${reason}`),
    );
  }
}

/** Copies every table in one transaction of the target, compared with the source before it commits. */
async function copyAll(db: PGlite, pool: pg.Pool): Promise<Record<string, number>> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`set local timezone = 'UTC'`);
    // No server on the target writes while it is checked and filled.
    await client.query(`lock table ${TABLES.map((table) => `${SCHEMA}.${table.name}`).join(', ')} in exclusive mode`);
    const taken: Issue[] = [];
    for (const table of TABLES) {
      const [{ rows }] = (await client.query<{ rows: number }>(`select count(*)::int as rows from ${SCHEMA}.${table.name}`)).rows as [{ rows: number }];
      if (rows > 0) taken.push({ pointer: `/${table.name}`, code: 'table.notEmpty', message: text(`已有 ${rows} 行`, `holds ${rows} row(s)`) });
    }
    if (taken.length > 0) {
      throw new MoveStoreError(
        'moveStore.targetNotEmpty',
        text(`目标数据库的 ${SCHEMA} 模式中已有数据，未写入任何内容：请搬到空数据库`, `The target's ${SCHEMA} schema already holds data; nothing was written: move into an empty database`),
        taken,
      );
    }
    const counts: Record<string, number> = Object.create(null);
    const mismatched: Issue[] = [];
    for (const table of TABLES) {
      counts[table.name] = await copyTable(db, client, table);
      const [want] = (await db.query<{ rows: number; digest: string }>(DIGEST(table))).rows;
      const [got] = (await client.query<{ rows: number; digest: string }>(DIGEST(table))).rows;
      if (want?.rows !== got?.rows || want?.digest !== got?.digest) {
        mismatched.push({
          pointer: `/${table.name}`,
          code: 'table.mismatch',
          message: text(`复制后与源不一致（源 ${want?.rows} 行，目标 ${got?.rows} 行）`, `differs from the source after the copy (${want?.rows} row(s) there, ${got?.rows} here)`),
        });
      }
    }
    if (mismatched.length > 0) {
      throw new MoveStoreError('moveStore.copyMismatch', text('复制结果与数据目录不一致，已全部撤销', 'The copy differs from the data directory; all of it was rolled back'), mismatched);
    }
    // New to-do places and outbox positions continue after the copied ones.
    await client.query(`select setval('${SCHEMA}.task_places', greatest(max(place), 1), max(place) is not null) from ${SCHEMA}.tasks`);
    await client.query(
      `select setval(pg_get_serial_sequence('${SCHEMA}.outbox', 'position'), greatest(max(position), 1), max(position) is not null) from ${SCHEMA}.outbox`,
    );
    await client.query('commit');
    return counts;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Copies one table in key order, a batch at a time, into the columns the target writes (not generated ones). */
async function copyTable(db: PGlite, client: pg.PoolClient, table: { name: string; key: readonly string[] }): Promise<number> {
  const columns = (
    await client.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_schema = $1 and table_name = $2 and is_generated = 'NEVER' order by ordinal_position`,
      [SCHEMA, table.name],
    )
  ).rows.map((row) => `"${row.column_name}"`);
  const list = columns.join(', ');
  let copied = 0;
  for (;;) {
    const batch = (
      await db.query<{ rows: string | null }>(
        `select json_agg(row_to_json(t) order by ${orderBy(table.key)})::text as rows
         from (select * from ${SCHEMA}.${table.name} order by ${orderBy(table.key)} limit $1 offset $2) t`,
        [BATCH_ROWS, copied],
      )
    ).rows[0]?.rows;
    if (batch === null || batch === undefined) return copied;
    const written = await client.query(
      `insert into ${SCHEMA}.${table.name} (${list}) select ${list} from jsonb_populate_recordset(null::${SCHEMA}.${table.name}, $1::jsonb)`,
      [batch],
    );
    copied += written.rowCount ?? 0;
  }
}

/** The command line: `--to` (or `LUZHI_DATABASE_URL`) and `--from` (or `LUZHI_DATA_DIR`, else `npm start`'s folder). */
export function readArguments(args: readonly string[], env: NodeJS.ProcessEnv): MoveStoreOptions {
  let values: { to?: string | undefined; from?: string | undefined };
  try {
    ({ values } = parseArgs({ args: [...args], options: { to: { type: 'string' }, from: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new MoveStoreError(
      'moveStore.arguments',
      text(`参数有误：${(error as Error).message}；用法：--to postgres://… [--from 数据目录]`, `Bad arguments: ${(error as Error).message}; usage: --to postgres://… [--from data-dir]`),
    );
  }
  const to = values.to ?? env['LUZHI_DATABASE_URL'];
  if (to === undefined || !/^postgres(ql)?:\/\//.test(to)) {
    throw new MoveStoreError(
      'moveStore.arguments',
      text('须用 --to 给出 PostgreSQL 连接串（postgres://…）', 'Give the PostgreSQL connection string with --to (postgres://…)'),
    );
  }
  const from = values.from ?? (env['LUZHI_DATA_DIR'] || fileURLToPath(new URL('../.data', import.meta.url)));
  return { to, from };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const options = readArguments(process.argv.slice(2), process.env);
    const report = await moveStore(options);
    const rows = Object.entries(report.rows).map(([table, count]) => `${table} ${count}`).join(', ');
    console.log(`已搬迁 · Moved ${options.from} → PostgreSQL: ${rows}; ${report.tenants.length} committee(s) [${report.tenants.join(', ')}], ${report.verified} histories verified`);
  } catch (error) {
    if (!(error instanceof LuzhiError)) throw error;
    console.error(`${error.messages['zh-CN']}\n${error.messages.en}`);
    for (const issue of (error as MoveStoreError).issues ?? []) console.error(`  ${issue.pointer} ${issue.code}: ${issue.message['zh-CN']} · ${issue.message.en}`);
    process.exitCode = error.code === 'moveStore.arguments' ? 2 : 1;
  }
}
