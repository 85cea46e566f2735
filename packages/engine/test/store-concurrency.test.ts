import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createEngine, createMemoryStore, createVirtualClock, type AuditEvent, type InstanceView, type Store, type TimerRun } from '../src/index.js';
import { createPostgresStore } from '../src/store/postgres-store.js';
import { quietEffects } from './support/command-plan.js';
import { startChildScript, type ChildScript } from './support/child-script.js';
import type { DurableStoreSpec } from './support/durable-store.js';
import { assigner, member, office, proposalDefinition, submitPayload } from './support/proposal.js';

// Writers and timer runners in processes of their own, on the PostgreSQL server the test setup
// started. The race has 16 writers in 4 processes × 4 connections: each writer has its own `pg`
// connection and engine, so every version is contested by 16 clients from 4 processes. (16
// processes of one writer each race the same way, but starting 16 Node.js processes that load
// the TypeScript sources takes half a minute on a busy 2-core machine.)
const PROCESSES = 4;
const WRITERS_PER_PROCESS = 4;
const WRITERS = PROCESSES * WRITERS_PER_PROCESS;
/** Rounds in which all writers read the same version and then all send at once. */
const LOCKSTEP_ROUNDS = 12;
/** Versions the writers then take in free-running reads and sends. */
const FREE_VERSIONS = 40;
const TENANT = 'jiangyin';

const url = inject('postgresUrl');
const admin = new pg.Pool({ connectionString: url, max: 4 });
const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.end();
});

async function openSchema(schema: string): Promise<{ spec: DurableStoreSpec; store: Store }> {
  schemas.push(schema);
  return { spec: { kind: 'postgres', url, schema, maxConnections: 1 }, store: await createPostgresStore({ pool: admin, schema }) };
}

const json = (line: string): Record<string, unknown> => JSON.parse(line) as Record<string, unknown>;

async function startAll(count: number, start: (n: number) => ChildScript): Promise<ChildScript[]> {
  const children = Array.from({ length: count }, (_, n) => start(n));
  for (const child of children) expect(json(await child.nextLine())).toEqual({ ready: true });
  return children;
}

describe('several processes on one PostgreSQL database', () => {
  it(`lets exactly one of ${WRITERS} writers in ${PROCESSES} processes win each version of one instance; the rest get a ConcurrencyError`, async () => {
    const { spec, store } = await openSchema('race_1');
    const engine = createEngine({ definitions: [proposalDefinition], store, tenant: TENANT, ...quietEffects });
    const instance = 'RACE-1';
    await engine.start('proposal', { actor: member, id: instance });
    const submitted = await engine.send(instance, { type: 'submit', actor: member, payload: submitPayload });
    const first = submitted.version;

    const processes = await startAll(PROCESSES, (p) =>
      startChildScript('race-writer.ts', [
        JSON.stringify({ store: spec, instance, writers: Array.from({ length: WRITERS_PER_PROCESS }, (_, w) => `p${p}w${w}`) }),
      ]),
    );
    /** Sends `line` to every process and collects the writers' answers, one per writer. */
    const all = async (line: string): Promise<Array<Record<string, unknown>>> => {
      for (const child of processes) child.send(line);
      const answers = await Promise.all(
        processes.map((child) => Promise.all(Array.from({ length: WRITERS_PER_PROCESS }, async () => json(await child.nextLine())))),
      );
      return answers.flat();
    };
    try {
      // Lockstep: every writer reads the same version, then all send with it at once.
      for (let round = 0; round < LOCKSTEP_ROUNDS; round++) {
        const reads = await all('read');
        expect(reads.map((read) => read.read)).toEqual(reads.map(() => first + round));
        const outcomes = await all('send');
        expect(outcomes.filter((outcome) => 'won' in outcome).map((outcome) => outcome.won)).toEqual([first + round]);
        expect(outcomes.filter((outcome) => 'conflict' in outcome)).toHaveLength(WRITERS - 1);
      }
      // Free running: each writer reads and sends as fast as it can until the target version.
      const target = first + LOCKSTEP_ROUNDS + FREE_VERSIONS;
      const tallies = (await all(`free ${target}`)) as Array<{ wins: number[]; conflicts: number }>;
      expect(tallies).toHaveLength(WRITERS);
      const wins = tallies.flatMap((tally) => tally.wins).sort((a, b) => a - b);
      // One winner per version, no version skipped: nothing lost, nothing applied twice.
      expect(wins).toEqual(Array.from({ length: FREE_VERSIONS }, (_, n) => first + LOCKSTEP_ROUNDS + n));
      for (const child of processes) child.end();
      for (const child of processes) expect(await child.exited).toMatchObject({ code: 0 });
    } finally {
      for (const child of processes) child.process.kill('SIGKILL');
    }

    const final = first + LOCKSTEP_ROUNDS + FREE_VERSIONS;
    expect(await engine.get(instance)).toMatchObject({ version: final, state: 'review' });
    const history = await engine.history(instance);
    expect(history.map((event) => event.seq)).toEqual(Array.from({ length: final }, (_, n) => n + 1));
    expect(history.slice(first).map((event) => event.type)).toEqual(
      Array.from({ length: final - first }, (_, n) => ((first + n) % 2 === 0 ? 'claimTask' : 'releaseTask')),
    );
    expect(await engine.verifyHistory(instance)).toEqual({ ok: true, events: final });
    // Only the winners' idempotency keys were recorded: a losing command left nothing behind.
    const { rows } = await admin.query<{ keys: string }>(`select count(*) as keys from race_1.idempotency_keys where tenant = $1 and instance_id = $2`, [TENANT, instance]);
    expect(Number(rows[0]!.keys)).toBe(final - first);
  }, 300_000);

  it('fires each due timer once when two processes run runDueTimers at the same time', async () => {
    const INSTANCES = 30;
    const { spec, store } = await openSchema('timers_1');
    // The same instances on a memory store, their timers run once by one engine: what must happen.
    const setUp = async (target: Store) => {
      const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
      const engine = createEngine({ definitions: [proposalDefinition], store: target, clock, tenant: TENANT, ...quietEffects });
      for (let n = 0; n < INSTANCES; n++) {
        const id = `TM-${n}`;
        await engine.start('proposal', { actor: member, id });
        await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
        await engine.send(id, { type: 'accept', actor: office });
        await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });
      }
      return engine;
    };
    const reference = await setUp(createMemoryStore());
    const engine = await setUp(store);
    // The co-handler's month has run out and the handling deadline's warning window (15 days
    // before its three months) has opened: two timers due per instance.
    const now = new Date('2026-05-25T09:00:00+08:00');
    const expectedRun = await reference.runDueTimers(now);
    expect(expectedRun).toEqual({ fired: 2 * INSTANCES, dropped: 0, retried: 0, quarantined: 0 });

    // Each call comes 61 s after the other process's (past its 60 s lease): the two keep
    // claiming the same timers while the other is firing them.
    const runners = await startAll(2, () => startChildScript('timer-runner.ts', [JSON.stringify(spec)]));
    runners.forEach((runner, n) => runner.send(JSON.stringify({ now: new Date(now.getTime() + n * 61_000).toISOString(), stepMs: 122_000, calls: 4 })));
    for (const runner of runners) runner.end();
    const runs = await Promise.all(runners.map(async (runner) => json(await runner.nextLine()) as unknown as TimerRun));
    for (const runner of runners) expect(await runner.exited).toMatchObject({ code: 0 });
    // Anything left leased by a run that lost a race is fired by a later sweep.
    const sweep = await engine.runDueTimers(new Date(now.getTime() + 3_600_000));
    expect(await engine.runDueTimers(new Date(now.getTime() + 7_200_000))).toEqual({ fired: 0, dropped: 0, retried: 0, quarantined: 0 });

    const deadlineEvents = (events: AuditEvent[]) =>
      events
        .filter((event) => event.type === 'deadlineWarning' || event.type === 'deadlineExpired')
        .map((event) => ({ type: event.type, branch: event.branch, payload: event.payload, actor: event.actor }))
        .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
    const branchStates = (view: InstanceView) =>
      Object.values(view.branches).flatMap((branches) => branches.map((branch) => `${branch.key}:${JSON.stringify(branch.state)}`));
    let fired = 0;
    for (let n = 0; n < INSTANCES; n++) {
      const id = `TM-${n}`;
      const events = await engine.history(id);
      expect(deadlineEvents(events), id).toEqual(deadlineEvents(await reference.history(id)));
      fired += deadlineEvents(events).length;
      expect(await engine.verifyHistory(id)).toEqual({ ok: true, events: events.length });
      expect(branchStates(await engine.get(id)), id).toEqual(branchStates(await reference.get(id)));
    }
    expect(fired).toBe(2 * INSTANCES);
    expect(runs.reduce((sum, run) => sum + run.fired, sweep.fired)).toBe(fired);
  }, 300_000);
});
