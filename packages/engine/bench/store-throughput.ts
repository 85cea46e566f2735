/**
 * Commands per second on a durable store: `engine.send()` on PGlite or PostgreSQL with `clients`
 * callers at once, each on instances of its own, beside the bare SQL transaction that writes the
 * same rows (begin; select … for update on the instance row; insert the event; update the
 * instance; commit) on the same database, in the same process. Rounds of the two sides alternate,
 * so that both see the same machine and the same growing tables.
 *
 * The command mix is the example proposal workflow's 办 → 督 → 评 cycle (as in command-path.ts):
 * the lead unit replies, the proposal office approves the reply, the proposer is not satisfied and
 * the proposal goes back to handling (with a notification, delivered through the outbox). Each
 * command rewrites the instance's open task and deadline timer.
 */
import { createEngine, type Actor, type Engine } from '../src/index.js';
import { median, proposalDefinition, settle } from './common.js';
import { createBareTables, openBenchDatabase, type BareWrite, type BenchDatabase, type BenchStoreKind } from './sql-databases.js';

const member: Actor = { id: 'member-0001', roles: ['member'] };
const office: Actor = { id: 'office-01', roles: ['proposal-office'] };
const assigner: Actor = { id: 'gov-01', roles: ['assigning-office'] };
const unit: Actor = { id: 'edu-01', roles: ['handling-unit'], unit: '市教育局' };
const submit = { title: '关于优化课后服务的建议', category: '社会事业', situation: '部分学校课后服务内容单一，家长接送困难，资源不足。', suggestions: '统筹引入文体科普资源。' };
const cycle = [
  { type: 'reply', actor: unit, payload: { replyClass: 'B', reply: '已将课后服务资源统筹纳入2026年工作计划，下半年在全市推开。', consulted: '面谈' } },
  { type: 'approveReply', actor: office },
  { type: 'evaluate', actor: member, payload: { satisfaction: '不满意', comment: '未回应接送困难的问题' } },
] as const;

/** Instances per caller: enough that no two commands of one caller touch the same row in a row. */
const INSTANCES_PER_CLIENT = 16;

/** One caller's instances and how far it has got through its cycle. */
interface Caller {
  ids: string[];
  done: number;
}

/** Proposals waiting in handling (办), as the engine leaves them after 提、立、交. */
async function handlingProposals(engine: Engine, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `JY-${String(i).padStart(4, '0')}`);
  for (const id of ids) await engine.start('proposal', { actor: member, id });
  const step = async (type: string, actor: Actor, payload?: Record<string, unknown>) => {
    const results = await engine.sendMany(ids.map((instanceId) => ({ instanceId, type, actor, ...(payload ? { payload } : {}) })));
    if (results.some((result) => !result.ok)) throw new Error(`${type} failed`);
  };
  await step('submit', member, submit);
  await step('accept', office);
  await step('assign', assigner, { leadUnit: '市教育局' });
  return ids;
}

/** What one round measured: commands per second, and CPU milliseconds per command here and in the server. */
interface Round {
  perSecond: number;
  nodeCpuMs: number;
  serverCpuMs: number | undefined;
}

/** Runs `commands` commands per caller, all callers at once. */
async function runRound(db: BenchDatabase, callers: Caller[], commands: number, one: (caller: Caller) => Promise<void>): Promise<Round> {
  settle();
  const server = await db.serverCpuMs();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    callers.map(async (caller) => {
      for (let i = 0; i < commands; i++) await one(caller);
    }),
  );
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const serverAfter = await db.serverCpuMs();
  const total = callers.length * commands;
  return {
    perSecond: total / (elapsed / 1000),
    nodeCpuMs: (used.user + used.system) / 1000 / total,
    serverCpuMs: server === undefined ? undefined : (serverAfter! - server) / total,
  };
}

/** The command a caller sends next: the instances in turn, all of them one step of the cycle further each pass. */
function nextCommand(caller: Caller): { id: string; step: (typeof cycle)[number] } {
  const n = caller.done++;
  return { id: caller.ids[n % caller.ids.length]!, step: cycle[Math.floor(n / caller.ids.length) % cycle.length]! };
}

/**
 * Rows for the bare transaction, one per step of the cycle: the instance columns and the audit
 * event Luzhi wrote for that step, so that both sides write rows of the same size.
 */
async function bareWrites(db: BenchDatabase, id: string): Promise<BareWrite[]> {
  const s = db.store.schema;
  const rows = await db.query<{ type: string; at: string; hash: string; event: string }>(
    `select type, at::text, hash, event::text from ${s}.events where tenant = 'default' and instance_id = $1 order by seq desc limit 3`,
    [id],
  );
  const [instance] = await db.query<{ status: string; state: string; data: string; runtime: string }>(
    `select status, state::text, data::text, runtime::text from ${s}.instances where tenant = 'default' and id = $1`,
    [id],
  );
  return cycle.map((step) => {
    const event = rows.find((row) => row.type === step.type)!;
    return { tenant: 'default', id, status: instance!.status, state: instance!.state, data: instance!.data, runtime: instance!.runtime, ...event };
  });
}

/** The median rate of a side's rounds, and its CPU per command (median of the rounds; ms). */
export interface ThroughputSide {
  perSecond: number;
  rounds: number[];
  nodeCpuMs: number;
  /** PostgreSQL only: CPU of the server processes serving the benchmark's database. */
  serverCpuMs?: number;
}

function summary(rounds: Round[]): ThroughputSide {
  const server = rounds.flatMap((round) => (round.serverCpuMs === undefined ? [] : [round.serverCpuMs]));
  return {
    perSecond: median(rounds.map((round) => round.perSecond)),
    rounds: rounds.map((round) => round.perSecond),
    nodeCpuMs: median(rounds.map((round) => round.nodeCpuMs)),
    ...(server.length === 0 ? {} : { serverCpuMs: median(server) }),
  };
}

export interface ThroughputFigure {
  store: BenchStoreKind;
  clients: number;
  instances: number;
  commandsPerRound: { luzhi: number; bare: number };
  luzhi: ThroughputSide;
  bare: ThroughputSide;
  ratio: number;
}

/**
 * Commands per second of `engine.send()` and of the bare transaction on `kind`, with `clients`
 * callers at once: the median of `rounds` rounds of about `roundSeconds` each, after a warm-up
 * round of each side (`warmUpCommands` commands) that sets how many commands a round has.
 */
export async function measureStoreThroughput(
  kind: BenchStoreKind,
  clients: number,
  options: { warmUpCommands: number; roundSeconds: number; rounds: number },
): Promise<ThroughputFigure> {
  const db = await openBenchDatabase(kind, { connections: 16 });
  try {
    const engine = createEngine({
      definitions: [proposalDefinition],
      store: db.store,
      notify: () => undefined,
      effects: { 'push-oa': () => undefined },
    });
    const all = await handlingProposals(engine, clients * INSTANCES_PER_CLIENT);
    const callers = (): Caller[] =>
      Array.from({ length: clients }, (_, k) => ({ ids: all.slice(k * INSTANCES_PER_CLIENT, (k + 1) * INSTANCES_PER_CLIENT), done: 0 }));
    const luzhiCallers = callers();
    const luzhi = (caller: Caller) => {
      const { id, step } = nextCommand(caller);
      return engine.send(id, step).then(() => undefined);
    };
    // One cycle on every instance gives the bare side real rows of each step to copy.
    await runRound(db, luzhiCallers, INSTANCES_PER_CLIENT * cycle.length, luzhi);
    await createBareTables(db);
    const writes = new Map<string, BareWrite[]>();
    for (const id of all) writes.set(id, await bareWrites(db, id));
    const bareCallers = callers();
    const bare = (caller: Caller) => {
      const n = caller.done;
      const { id } = nextCommand(caller);
      return db.bareTransaction(writes.get(id)![Math.floor(n / caller.ids.length) % cycle.length]!);
    };
    await db.exec('analyze');

    // Warm-up: a round of each side, not counted; its rate sets the length of the counted rounds.
    const warmUp = Math.max(cycle.length, Math.ceil(options.warmUpCommands / clients));
    const perClient = (rate: number) => Math.max(cycle.length, Math.round((rate * options.roundSeconds) / clients));
    const bareLength = perClient((await runRound(db, bareCallers, warmUp, bare)).perSecond);
    const luzhiLength = perClient((await runRound(db, luzhiCallers, warmUp, luzhi)).perSecond);
    const rounds = { luzhi: [] as Round[], bare: [] as Round[] };
    for (let round = 0; round < options.rounds; round++) {
      rounds.bare.push(await runRound(db, bareCallers, bareLength, bare));
      rounds.luzhi.push(await runRound(db, luzhiCallers, luzhiLength, luzhi));
    }
    // Every command must have landed: each instance's version counts its commands.
    const [check] = await db.query<{ events: string; versions: string }>(
      `select (select count(*) from luzhi.events)::text as events, (select sum(version) from luzhi.instances)::text as versions`,
    );
    if (check!.events !== check!.versions) throw new Error(`events ${check!.events} ≠ versions ${check!.versions}`);
    const figure = summary(rounds.luzhi);
    const peer = summary(rounds.bare);
    return {
      store: kind,
      clients,
      instances: all.length,
      commandsPerRound: { luzhi: luzhiLength * clients, bare: bareLength * clients },
      luzhi: figure,
      bare: peer,
      ratio: figure.perSecond / peer.perSecond,
    };
  } finally {
    await db.close();
  }
}
