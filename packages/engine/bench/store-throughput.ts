/**
 * Commands per second on a durable store: `engine.send()` on PGlite or PostgreSQL with `clients`
 * callers at once, each on instances of its own, beside two bare SQL transactions on the same
 * database, in the same process:
 *
 * - the target's peer, which writes the instance and event rows (begin; select … for update on
 *   the instance row; insert the event; update the instance; commit);
 * - the same-rows peer, which also writes what else a Luzhi command writes: it replaces the
 *   instance's open task and deadline timers, and queues the outbox rows of the command's effects
 *   and deletes them, once delivered, in the next transaction (as Luzhi's store does).
 *
 * Rounds of the three sides alternate, so that all see the same machine and the same growing
 * tables.
 *
 * The command mix is the example proposal workflow's 办 → 督 → 评 cycle (as in command-path.ts):
 * the lead unit replies, the proposal office approves the reply, the proposer is not satisfied and
 * the proposal goes back to handling (with a notification, delivered through the outbox). Each
 * command rewrites the instance's open task and deadline timer.
 */
import { createEngine, type Actor, type EffectContext, type Engine } from '../src/index.js';
import { median, proposalDefinition, settle } from './common.js';
import {
  createBareTables,
  createSameRowsTables,
  openBenchDatabase,
  type BareWrite,
  type BenchDatabase,
  type BenchStoreKind,
  type SameRowsWrite,
} from './sql-databases.js';

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
 * The step of the cycle whose rows a caller's `index`-th instance holds after `done` commands
 * (the instances in turn, a step further each pass): the step of the last command sent to it,
 * or, for an instance the caller has not reached yet, the last step of the set-up, whose rows
 * the bare tables were copied with.
 */
export function lastStepOf(done: number, index: number, instances: number, steps: number): number {
  // Floored division: an instance not reached yet comes out one pass before the first.
  const last = index + Math.floor((done - 1 - index) / instances) * instances;
  const pass = Math.floor(last / instances);
  return ((pass % steps) + steps) % steps;
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

/** The rows a Luzhi command writes besides the instance and the event (see {@link SameRowsWrite}). */
type OtherRows = Pick<SameRowsWrite, 'tasks' | 'timers' | 'effects'>;

/** The task and timer rows Luzhi's store holds for `id` now, copied as they are (timestamps and JSON as text). */
async function taskAndTimerRows(db: BenchDatabase, id: string): Promise<Pick<SameRowsWrite, 'tasks' | 'timers'>> {
  const s = db.store.schema;
  const tasks = await db.query<SameRowsWrite['tasks'][number]>(
    `select ordinal, definition_id, state, audience, created_at::text, due::text, warn_at::text, task::text
     from ${s}.tasks where tenant = 'default' and instance_id = $1 order by ordinal`,
    [id],
  );
  const timers = await db.query<SameRowsWrite['timers'][number]>(
    `select id, due_at::text, timer::text from ${s}.timers where tenant = 'default' and instance_id = $1 order by id`,
    [id],
  );
  return { tasks, timers };
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
  commandsPerRound: { luzhi: number; bare: number; sameRows: number };
  luzhi: ThroughputSide;
  /** The target's peer: the instance and event rows only. */
  bare: ThroughputSide;
  /** The peer that writes the same rows as Luzhi. */
  sameRows: ThroughputSide;
  /** Luzhi / the target's peer. */
  ratio: number;
  /** Luzhi / the same-rows peer. */
  sameRowsRatio: number;
  /** Rows a command of the cycle writes besides the instance and the event: tasks, timers, outbox rows. */
  rowsPerCycle: { tasks: number; timers: number; effects: number };
}

/**
 * Commands per second of `engine.send()` and of the two bare transactions on `kind`, with
 * `clients` callers at once: the median of `rounds` rounds of about `roundSeconds` each, after a
 * warm-up round of each side (`warmUpCommands` commands) that sets how many commands a round has.
 */
export async function measureStoreThroughput(
  kind: BenchStoreKind,
  clients: number,
  options: { warmUpCommands: number; roundSeconds: number; rounds: number },
): Promise<ThroughputFigure> {
  const db = await openBenchDatabase(kind, { connections: 16 });
  try {
    const engineOn = (deliver: (context: EffectContext) => unknown) =>
      createEngine({
        definitions: [proposalDefinition],
        store: db.store,
        notify: (_request, context) => deliver(context),
        effects: { 'push-oa': (_args, context) => deliver(context) },
      });
    // The instances are set up by an engine whose effect handlers copy each effect's outbox row
    // (committed, not yet delivered) for the same-rows side; the measured engine's do nothing.
    const queuedRows = new Map<string, OtherRows['effects']>();
    const setup = engineOn(async (context) => {
      const rows = await db.query<OtherRows['effects'][number]>(
        `select id, status, available_at::text, attempts, effect::text from ${db.store.schema}.outbox where id = $1`,
        [context.idempotencyKey],
      );
      queuedRows.set(context.instanceId, [...(queuedRows.get(context.instanceId) ?? []), ...rows]);
    });
    const engine = engineOn(() => undefined);
    const all = await handlingProposals(setup, clients * INSTANCES_PER_CLIENT);
    const callers = (): Caller[] =>
      Array.from({ length: clients }, (_, k) => ({ ids: all.slice(k * INSTANCES_PER_CLIENT, (k + 1) * INSTANCES_PER_CLIENT), done: 0 }));
    const luzhiCallers = callers();
    const send = (on: Engine) => (caller: Caller) => {
      const { id, step } = nextCommand(caller);
      return on.send(id, step).then(() => undefined);
    };
    const luzhi = send(engine);
    // One cycle on every instance, a step at a time, gives the bare sides real rows of each step to copy.
    const otherRows = new Map<string, OtherRows[]>(all.map((id) => [id, []]));
    for (const _step of cycle) {
      queuedRows.clear();
      await runRound(db, luzhiCallers, INSTANCES_PER_CLIENT, send(setup));
      for (const id of all) otherRows.get(id)!.push({ ...(await taskAndTimerRows(db, id)), effects: queuedRows.get(id) ?? [] });
    }
    await createBareTables(db);
    await createSameRowsTables(db);
    const writes = new Map<string, BareWrite[]>();
    const sameWrites = new Map<string, SameRowsWrite[]>();
    for (const id of all) {
      writes.set(id, await bareWrites(db, id));
      sameWrites.set(id, writes.get(id)!.map((write, step) => ({ ...write, ...otherRows.get(id)![step]! })));
    }
    const bareCallers = callers();
    const bare = (caller: Caller) => {
      const n = caller.done;
      const { id } = nextCommand(caller);
      return db.bareTransaction(writes.get(id)![Math.floor(n / caller.ids.length) % cycle.length]!);
    };
    // Outbox rows the same-rows side has queued and (like Luzhi's notifications) delivered at
    // once: the next transaction deletes them. Each gets an id of its own.
    let delivered: string[] = [];
    let queued = 0;
    const sameCallers = callers();
    const sameRows = async (caller: Caller) => {
      const n = caller.done;
      const { id } = nextCommand(caller);
      const write = sameWrites.get(id)![Math.floor(n / caller.ids.length) % cycle.length]!;
      const effects = write.effects.map((effect) => ({ ...effect, id: `${effect.id}/${++queued}` }));
      const forget = delivered;
      delivered = [];
      try {
        await db.sameRowsTransaction({ ...write, effects }, forget);
      } catch (error) {
        delivered.push(...forget);
        throw error;
      }
      delivered.push(...effects.map((effect) => effect.id));
    };
    await db.exec('analyze');

    // Warm-up: a round of each side, not counted; its rate sets the length of the counted rounds.
    const warmUp = Math.max(cycle.length, Math.ceil(options.warmUpCommands / clients));
    const perClient = (rate: number) => Math.max(cycle.length, Math.round((rate * options.roundSeconds) / clients));
    const bareLength = perClient((await runRound(db, bareCallers, warmUp, bare)).perSecond);
    const sameLength = perClient((await runRound(db, sameCallers, warmUp, sameRows)).perSecond);
    const luzhiLength = perClient((await runRound(db, luzhiCallers, warmUp, luzhi)).perSecond);
    const rounds = { luzhi: [] as Round[], bare: [] as Round[], same: [] as Round[] };
    for (let round = 0; round < options.rounds; round++) {
      rounds.bare.push(await runRound(db, bareCallers, bareLength, bare));
      rounds.same.push(await runRound(db, sameCallers, sameLength, sameRows));
      rounds.luzhi.push(await runRound(db, luzhiCallers, luzhiLength, luzhi));
    }
    // Every command must have landed: each instance's version counts its commands.
    const [check] = await db.query<{ events: string; versions: string }>(
      `select (select count(*) from luzhi.events)::text as events, (select sum(version) from luzhi.instances)::text as versions`,
    );
    if (check!.events !== check!.versions) throw new Error(`events ${check!.events} ≠ versions ${check!.versions}`);
    // The same-rows side must have left each instance with the tasks and timers of its last
    // step, and in the outbox only the rows not yet deleted.
    const expected = { tasks: 0, timers: 0, outbox: delivered.length };
    for (const caller of sameCallers) {
      caller.ids.forEach((id, j) => {
        const write = sameWrites.get(id)![lastStepOf(caller.done, j, caller.ids.length, cycle.length)]!;
        expected.tasks += write.tasks.length;
        expected.timers += write.timers.length;
      });
    }
    const [left] = await db.query<{ tasks: number; timers: number; outbox: number }>(
      `select (select count(*) from same.tasks)::int as tasks, (select count(*) from same.timers)::int as timers,
         (select count(*) from same.outbox)::int as outbox`,
    );
    if (JSON.stringify(left) !== JSON.stringify(expected)) {
      throw new Error(`the same-rows side left ${JSON.stringify(left)}, not ${JSON.stringify(expected)}`);
    }
    const figure = summary(rounds.luzhi);
    const peer = summary(rounds.bare);
    const samePeer = summary(rounds.same);
    const perCycle = (rows: (write: SameRowsWrite) => unknown[]) => sameWrites.get(all[0]!)!.reduce((sum, write) => sum + rows(write).length, 0);
    return {
      store: kind,
      clients,
      instances: all.length,
      commandsPerRound: { luzhi: luzhiLength * clients, bare: bareLength * clients, sameRows: sameLength * clients },
      luzhi: figure,
      bare: peer,
      sameRows: samePeer,
      ratio: figure.perSecond / peer.perSecond,
      sameRowsRatio: figure.perSecond / samePeer.perSecond,
      rowsPerCycle: { tasks: perCycle((w) => w.tasks), timers: perCycle((w) => w.timers), effects: perCycle((w) => w.effects) },
    };
  } finally {
    await db.close();
  }
}
