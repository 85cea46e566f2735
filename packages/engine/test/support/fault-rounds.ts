import type { ExpectStatic } from 'vitest';
import { createEngine, createMemoryStore, type InstanceRef, type InstanceView, type MemoryStore, type Store } from '../../src/index.js';
import { applyPlanned, commandPlan, quietEffects, random, steppedClock, type PlannedCommand } from './command-plan.js';
import { startChildScript } from './child-script.js';
import type { DurableStoreSpec } from './durable-store.js';
import { proposalDefinition } from './proposal.js';

// The fault test: a child process (command-stream.ts) applies a stream of commands to a durable
// store and is killed with SIGKILL after a randomly chosen acknowledgement; the store is then
// reopened by the test and checked against the same commands applied to a memory store. The
// next round's child re-sends the stream from the first unacknowledged command (the one in
// flight at the kill); the last round runs it to the end. LUZHI_FAULT_SEED replays a failing run.
export const SEED = Number(process.env.LUZHI_FAULT_SEED ?? 20260302);
const INSTANCES = 6;
const TENANT = 'jiangyin';

/** A durable store reopened by the test after a kill, with plain SQL beside it. */
export interface Reopened {
  store: Store;
  sql(text: string, params: unknown[]): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

/** Where the child writes: its store spec, and how the test reopens the same store. */
export interface Target {
  spec: DurableStoreSpec;
  schema: string;
  /** Rounds killed mid-stream, before the one that runs to the end. */
  kills: number;
  /** The kill comes up to this long after the chosen acknowledgement (a command's time or two). */
  killDelayMs: number;
  reopen(): Promise<Reopened>;
}

/** Everything stored for one instance that a command writes. */
interface InstanceRows {
  instance: unknown;
  events: unknown[];
  tasks: unknown[];
  timers: unknown[];
}

/** The same commands on a memory store: what the durable store must hold after any prefix of them. */
class Reference {
  readonly store: MemoryStore = createMemoryStore();
  readonly views: InstanceView[] = [];
  private readonly clock = steppedClock();
  private readonly engine = createEngine({ definitions: [proposalDefinition], store: this.store, clock: this.clock, tenant: TENANT, ...quietEffects });
  constructor(private readonly plan: readonly PlannedCommand[]) {}

  /** Applies the commands before position `count` not applied yet. */
  async upTo(count: number): Promise<void> {
    for (let index = this.views.length; index < count; index++) {
      this.clock.at(index);
      this.views.push(await applyPlanned(this.engine, this.plan[index]!));
    }
  }

  async rows(instance: string): Promise<InstanceRows> {
    const ref: InstanceRef = { tenant: TENANT, id: instance };
    const dump = this.store.dump();
    return {
      instance: (await this.store.read(ref)).instance,
      events: await this.store.events(ref),
      tasks: dump.tasks.filter((task) => task.tenant === TENANT && task.instanceId === instance),
      timers: dump.timers
        .filter((timer) => timer.tenant === TENANT && timer.instanceId === instance)
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
    };
  }
}

async function storedRows(opened: Reopened, schema: string, instance: string): Promise<InstanceRows> {
  const ref: InstanceRef = { tenant: TENANT, id: instance };
  return {
    instance: (await opened.store.read(ref)).instance,
    events: await opened.store.events(ref),
    tasks: (await opened.sql(`select task from ${schema}.tasks where tenant = $1 and instance_id = $2 order by ordinal`, [TENANT, instance])).map((row) => row.task),
    timers: (await opened.sql(`select timer from ${schema}.timers where tenant = $1 and instance_id = $2 order by id`, [TENANT, instance])).map((row) => row.timer),
  };
}

interface Ack {
  index: number;
  instance: string;
  version: number;
  key: string;
}

/** What one round did: where it started, when it was killed, and what became of the command in flight. */
export interface RoundReport {
  from: number;
  killAfter: number | 'end';
  acked: number;
  inFlight?: { index: number; type: string; present: boolean };
}

/**
 * Runs the stream in rounds against `target`: up to `kills` rounds killed mid-stream (fewer when
 * the stream runs out first), then one to the end, checking the reopened store after each.
 * Returns what each round did.
 */
export async function faultRounds(target: Target, expect: ExpectStatic): Promise<RoundReport[]> {
  const plan = commandPlan(SEED, INSTANCES);
  const instances = [...new Set(plan.map((command) => command.instance))];
  const reference = new Reference(plan);
  const next = random(SEED ^ 0x5eed);
  const reports: RoundReport[] = [];
  let acked = 0;

  for (let round = 0; ; round++) {
    const from = acked;
    const remaining = plan.length - from;
    // Somewhere in the next stretch of the stream, short of its end by more than the kill's delay.
    const stretch = Math.max(1, Math.min(remaining - 8, Math.floor((1.5 * remaining) / (target.kills - round + 1))));
    const killAfter = round < target.kills && remaining >= 2 ? 1 + Math.floor(next() * stretch) : 'end';
    const child = startChildScript('command-stream.ts', [JSON.stringify({ store: target.spec, seed: SEED, instances: INSTANCES, from })]);
    // A child that reaches the end of the stream waits for its stdin to close: only the last round closes it.
    if (killAfter === 'end') child.end();
    expect(JSON.parse(await child.nextLine())).toEqual({ ready: true });
    const acks: Ack[] = [];
    if (killAfter !== 'end') {
      while (acks.length < killAfter) acks.push(JSON.parse(await child.nextLine()) as Ack);
      // A few milliseconds later, so that the kill lands anywhere in the next command: its read,
      // its commit, its effects, or after it.
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * target.killDelayMs)));
      child.process.kill('SIGKILL');
    }
    // Lines the child printed before it died were acknowledged too.
    acks.push(...(await child.rest()).map((line) => JSON.parse(line) as Ack));
    const exit = await child.exited;
    if (killAfter === 'end') expect(exit, exit.stderr).toMatchObject({ code: 0 });
    else expect(exit.signal).toBe('SIGKILL');

    // The acknowledgements are the stream's commands in order, with the reference's versions.
    await reference.upTo(from + acks.length);
    expect(acks).toEqual(
      plan.slice(from, from + acks.length).map((command) => ({
        index: command.index,
        instance: command.instance,
        version: reference.views[command.index]!.version,
        key: command.key,
      })),
    );
    acked = from + acks.length;
    const report: RoundReport = { from, killAfter, acked };
    reports.push(report);

    const inFlight = plan[acked];
    await reference.upTo(acked);
    const before = inFlight && (await reference.rows(inFlight.instance));
    await reference.upTo(Math.min(acked + 1, plan.length));

    const opened = await target.reopen();
    try {
      // Every acknowledged command, re-sent with its key, returns its recorded result and writes nothing.
      const engine = createEngine({ definitions: [proposalDefinition], store: opened.store, clock: steppedClock(), tenant: TENANT, ...quietEffects });
      for (const command of plan.slice(0, acked)) {
        expect(await applyPlanned(engine, command), `re-sent ${command.key}`).toEqual(reference.views[command.index]);
      }
      for (const instance of instances) {
        const stored = await storedRows(opened, target.schema, instance);
        const expected = await reference.rows(instance);
        if (instance === inFlight?.instance) {
          // The command in flight at the kill is wholly there or wholly absent.
          const present = stored.events.length === expected.events.length;
          expect(stored, `${instance} after the kill in ${inFlight.key}`).toEqual(present ? expected : before);
          report.inFlight = { index: inFlight.index, type: inFlight.type, present };
        } else {
          expect(stored, instance).toEqual(expected);
        }
        const version = (stored.instance as { version?: number } | undefined)?.version;
        if (version === undefined) continue;
        expect(stored.events.map((event) => (event as { seq: number }).seq)).toEqual(Array.from({ length: version }, (_, n) => n + 1));
        expect(await engine.verifyHistory(instance)).toEqual({ ok: true, events: version });
      }
      // Effects left undelivered by the kill belong to committed events.
      const outbox = await opened.sql(`select tenant, instance_id, (effect->>'seq')::integer as seq from ${target.schema}.outbox`, []);
      for (const row of outbox) {
        const { instance } = await opened.store.read({ tenant: String(row.tenant), id: String(row.instance_id) });
        expect(row.seq).toBeLessThanOrEqual((instance as { version: number }).version);
      }
    } finally {
      await opened.close();
    }
    if (killAfter === 'end') break;
  }
  expect(acked).toBe(plan.length);
  return reports;
}

