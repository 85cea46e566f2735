/**
 * Instance-query latency (`engine.instances`) with many instances of the example proposal
 * workflow (as `npm run bench` runs it: 100,000 on PGlite, 1,000,000 on PostgreSQL): a
 * representative mix of an OA system's list pages — the first page of a state filter, a page deep
 * into the list by cursor, one member's proposals, a data filter, and a count (each `total`
 * counted up to the default `countLimit`, 10,000). Beside it, the peer: the same queries on the
 * memory store holding the same rows, in the same process, timed first and then dropped.
 *
 * Rows are made from five instances the engine walked to five steps (draft, review, assign,
 * handling by two units, not filed), each copied with its own id, creation time, category and
 * members — made by the database from the templates (`generateInstances` in bench/instance-rows.ts,
 * the same rows as `makeRow`, checked by test/bench-instance-rows.test.ts). Every answer of
 * the SQL store is compared with the memory store's before it is timed, and the plan of each query is
 * recorded (test/instance-query-plans.test.ts asserts the indexes are used).
 */
import { createEngine, createMemoryStore, createVirtualClock, type Actor, type Engine, type InstanceQuery, type Store, type StoredInstance } from '../src/index.js';
import { encodeCursor, parseInstanceQuery } from '../src/runtime/instance-query.js';
import { instanceQuery } from '../src/store/sql/instance-query-sql.js';
import { INSTANCE_COLUMNS } from '../src/store/sql/sql-store.js';
import { percentile, proposalDefinition, settle } from './common.js';
import { generateInstances, makeRow, memberId, rowId } from './instance-rows.js';
import { openBenchDatabase, type BenchDatabase, type BenchStoreKind } from './sql-databases.js';

const member: Actor = { id: 'wang.li', roles: ['member'] };
const office: Actor = { id: 'tian', roles: ['proposal-office'] };
const assigner: Actor = { id: 'gov', roles: ['assigning-office'] };
const submitted = {
  title: '关于优化中小学课后服务的建议',
  category: '社会事业',
  situation: '部分学校课后服务内容单一，家长接送困难，社会资源引入不足。',
  suggestions: '统筹引入文体科普资源，建立质量评价机制。',
};

/** The queries of the mix. */
export const QUERY_KINDS = ['first-page', 'deep-page', 'participant', 'where', 'count'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

function queriesFor(instances: number): Record<QueryKind, InstanceQuery> {
  const deep = Math.floor(instances * 0.9);
  return {
    'first-page': { state: 'review', limit: 50 },
    'deep-page': { status: 'active', limit: 50, after: encodeCursor(new Date(Date.parse('2026-03-02T01:00:00.000Z') + deep * 60_000).toISOString(), rowId(deep)) },
    participant: { participant: memberId(123), limit: 50 },
    where: { where: { '/category': '城乡建设' }, limit: 50 },
    // Counted up to the default countLimit (10,000), as a list page counts.
    count: { definition: 'proposal', status: 'active', limit: 1 },
  };
}

/** Five rows the engine wrote: one proposal at each of five steps. */
async function templates(): Promise<StoredInstance[]> {
  const store = createMemoryStore();
  const engine = createEngine({
    definitions: [proposalDefinition],
    store,
    clock: createVirtualClock('2026-03-02T09:00:00+08:00'),
    notify: () => undefined,
    effects: { 'push-oa': () => undefined },
  });
  const steps: Array<Array<[string, Actor, unknown]>> = [
    [],
    [['submit', member, submitted]],
    [['submit', member, submitted], ['accept', office, undefined]],
    [['submit', member, submitted], ['accept', office, undefined], ['assign', assigner, { leadUnit: '市教育局', coUnits: ['市财政局'] }]],
    [['submit', member, submitted], ['reject', office, { ground: '其他', reason: '内容与职能无关，不予立案' }]],
  ];
  const rows: StoredInstance[] = [];
  for (const [index, walk] of steps.entries()) {
    const id = `template-${index}`;
    await engine.start('proposal', { actor: member, id, data: { title: submitted.title } });
    for (const [type, actor, payload] of walk) await engine.send(id, { type, actor, ...(payload === undefined ? {} : { payload }) });
    rows.push((await store.read({ tenant: 'default', id })).instance as StoredInstance);
  }
  return rows;
}

/** Loads `rows` into a memory store, one raw commit each (the peer). */
async function memoryStoreWith(rows: Iterable<StoredInstance>): Promise<Store> {
  const store = createMemoryStore();
  for (const instance of rows) {
    await store.commit({
      instance,
      // A new row, whatever version it carries (the templates are several commands in).
      expectedVersion: 0,
      event: { seq: instance.version, at: instance.updatedAt, actor: member, type: 'load', from: null, to: instance.state, prevHash: '', instanceHash: '', hash: '' },
      tasks: [],
      timers: [],
      effects: [],
    });
  }
  return store;
}

/** p50 and p95 milliseconds of `queries` runs of `run`, after `warmUp` unmeasured ones; and every time. */
async function time(run: () => Promise<unknown>, queries: number, warmUp: number): Promise<{ p50: number; p95: number; times: number[] }> {
  for (let i = 0; i < warmUp; i++) await run();
  settle();
  const times: number[] = [];
  for (let i = 0; i < queries; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), times };
}

/** `EXPLAIN ANALYZE` of the store's statement for `query`, one line per plan node. */
async function explain(db: BenchDatabase, query: InstanceQuery): Promise<string> {
  const { sql, params } = instanceQuery(db.store.schema, INSTANCE_COLUMNS, 'default', parseInstanceQuery(query).query);
  const rows = await db.query<{ 'QUERY PLAN': string }>(`explain (analyze, costs off, buffers off) ${sql}`, params);
  return rows.map((row) => row['QUERY PLAN'].trim()).join('; ');
}

export interface InstanceQueryFigure {
  store: BenchStoreKind;
  instances: number;
  loadMs: number;
  queries: number;
  /** p95 over every query of the mix. */
  mix: { p50: number; p95: number; memoryP95: number };
  /**
   * Per query: `p50`/`p95` of `engine.instances` on the SQL store, `storeP95` of the store's
   * statement alone (no views), `memoryP95` of `engine.instances` on the memory store; `total`
   * as the page gives it (counted up to 10,000, `capped` when more match).
   */
  kinds: Record<QueryKind, { found: number; total: number; capped: boolean; p50: number; p95: number; storeP95: number; memoryP95: number; plan: string }>;
}

/** A loaded database, ready to be timed. */
export interface PreparedFigure<Figure> {
  loadMs: number;
  /** Times the queries (and checks their answers first). */
  measure(): Promise<Figure>;
  close(): Promise<void>;
}

/**
 * Loads `instances` instances on `kind` and the same rows on the memory store, ready for
 * {@link PreparedFigure.measure}: p50 and p95 milliseconds of `engine.instances()` for each query
 * of the mix, over `queries` calls each after `warmUp` (default 20) unmeasured ones, on the SQL store
 * and on the memory store; and of the store's statement alone, over `storeQueries` (default `queries`). The measurement throws when a store answers otherwise than the memory store.
 */
export async function prepareInstanceQueries(
  kind: BenchStoreKind,
  options: { instances: number; queries: number; storeQueries?: number; warmUp?: number },
): Promise<PreparedFigure<InstanceQueryFigure>> {
  const made = await templates();
  const db = await openBenchDatabase(kind, { connections: 4 });
  try {
    const loading = performance.now();
    // The database makes its rows while this process fills the memory store with the same ones.
    const [loadMs, peer] = await Promise.all([
      (async () => {
        await generateInstances((sql, params) => db.query(sql, params), db.store.schema, made, options.instances);
        await db.exec(`vacuum analyze ${db.store.schema}.instances`);
        return performance.now() - loading;
      })(),
      memoryStoreWith(
        (function* rows() {
          for (let i = 0; i < options.instances; i++) yield makeRow(made, i);
        })(),
      ),
    ]);
    // The figure drops its one reference to the memory store once it has timed it.
    let held: Store | undefined = peer;
    const takePeer = () => {
      const taken = held!;
      held = undefined;
      return taken;
    };
    return { loadMs, measure: () => timeInstanceQueries(kind, db, takePeer, { ...options, loadMs }), close: () => db.close() };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** The peer's side of one query: its answer (to compare the SQL store's with) and its times. */
interface PeerAnswer {
  summary: string;
  times: number[];
  p95: number;
}

/** `engine.instances` answers in the form they are compared in: ids, total, capped, cursor. */
const summary = (page: Awaited<ReturnType<Engine['instances']>>) =>
  JSON.stringify({ ids: page.items.map((item) => item.id), total: page.total, totalCapped: page.totalCapped, next: page.next });

/** An engine on `store` for the example workflow, as the figure uses it. */
const engineOn = (store: Store): Engine =>
  createEngine({
    definitions: [proposalDefinition],
    store,
    clock: createVirtualClock('2026-06-01T00:00:00Z'),
    notify: () => undefined,
    effects: { 'push-oa': () => undefined },
  });

/** The memory store's answers and times for every query of the mix. */
async function peerAnswers(peer: Store, queries: Record<QueryKind, InstanceQuery>, count: number, warmUp: number): Promise<Record<QueryKind, PeerAnswer>> {
  const memory = engineOn(peer);
  const answers = {} as Record<QueryKind, PeerAnswer>;
  for (const name of QUERY_KINDS) {
    const measured = await time(() => memory.instances(queries[name]), count, warmUp);
    answers[name] = { summary: summary(await memory.instances(queries[name])), times: measured.times, p95: measured.p95 };
  }
  return answers;
}

/**
 * Times the memory store first, and the SQL store once the memory store is gone: its million rows
 * would otherwise be collected, or marked, while the SQL store's queries are timed.
 */
async function timeInstanceQueries(
  kind: BenchStoreKind,
  db: BenchDatabase,
  takePeer: () => Store,
  options: { instances: number; queries: number; storeQueries?: number; warmUp?: number; loadMs: number },
): Promise<InstanceQueryFigure> {
  const queries = queriesFor(options.instances);
  const warmUp = options.warmUp ?? 20;
  const peer = await peerAnswers(takePeer(), queries, options.queries, warmUp);
  settle();
  const sql = engineOn(db.store);
  const kinds = {} as InstanceQueryFigure['kinds'];
  const all: number[] = [];
  for (const name of QUERY_KINDS) {
    const query = queries[name];
    const got = await sql.instances(query);
    if (summary(got) !== peer[name].summary) {
      throw new Error(`${name}: ${kind} answers ${summary(got).slice(0, 200)}, the memory store ${peer[name].summary.slice(0, 200)}`);
    }
    const plan = await explain(db, query);
    const measured = await time(() => sql.instances(query), options.queries, warmUp);
    const storeQuery = parseInstanceQuery(query).query;
    const storeAlone = await time(() => db.store.queryInstances('default', storeQuery), options.storeQueries ?? options.queries, warmUp);
    all.push(...measured.times);
    kinds[name] = { found: got.items.length, total: got.total, capped: got.totalCapped === true, p50: measured.p50, p95: measured.p95, storeP95: storeAlone.p95, memoryP95: peer[name].p95, plan };
  }
  return {
    store: kind,
    instances: options.instances,
    loadMs: options.loadMs,
    queries: options.queries,
    mix: { p50: percentile(all, 0.5), p95: percentile(all, 0.95), memoryP95: percentile(QUERY_KINDS.flatMap((name) => peer[name].times), 0.95) },
    kinds,
  };
}

/**
 * p50 and p95 milliseconds of `engine.instances()` for each query of the mix, over `queries`
 * calls each, with `instances` instances on `kind`; and the same on the memory store.
 * @throws Error when a store answers otherwise than the memory store.
 */
export async function measureInstanceQueries(
  kind: BenchStoreKind,
  options: { instances: number; queries: number; storeQueries?: number; warmUp?: number },
): Promise<InstanceQueryFigure> {
  const prepared = await prepareInstanceQueries(kind, options);
  try {
    return await prepared.measure();
  } finally {
    await prepared.close();
  }
}
