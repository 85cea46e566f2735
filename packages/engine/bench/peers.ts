/**
 * The same six-step process — six user tasks in a row, each completed by one actor — run by three
 * engines: Luzhi (`bench/six-steps.workflow.json`), bpmn-engine (`bench/six-steps.bpmn`, parsed
 * once; its serialized context is reused by every instance; user tasks completed with `signal()`),
 * and a bare XState machine driven by `transition()`. Measured: time per user step and instances
 * per second in memory, heap per instance waiting at the first task, and time per step when every
 * step is made durable in one PGlite database (Luzhi's store against bpmn-engine's `getState()`
 * saved into a table, then recovered and resumed for the next step).
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import BpmnModdle from 'bpmn-moddle';
import * as Elements from 'bpmn-elements';
import { Engine as BpmnEngine } from 'bpmn-engine';
import serializer, { TypeResolver } from 'moddle-context-serializer';
import { assign, initialTransition, setup, transition } from 'xstate';
import { createEngine, createMemoryStore, type Actor, type Store } from '../src/index.js';
import { createPgliteStore } from '../src/pglite.js';
import { heapUsed, median, settle } from './common.js';

/** One of the three engines compared. */
export type PeerSide = 'luzhi' | 'xstate' | 'bpmn';

const STEPS = 6;
const definition: unknown = JSON.parse(readFileSync(new URL('./six-steps.workflow.json', import.meta.url), 'utf8'));
const bpmnXml = readFileSync(new URL('./six-steps.bpmn', import.meta.url), 'utf8');
const clerks: Actor[] = Array.from({ length: STEPS }, (_, i) => ({ id: `clerk-${i + 1}`, roles: [`clerk${i + 1}`] }));

/** The BPMN XML parsed and serialized once, as bpmn-engine would do it itself for each engine. */
async function bpmnSourceContext(): Promise<unknown> {
  const moddleContext = await new BpmnModdle().fromXML(bpmnXml);
  return serializer(moddleContext, TypeResolver(Elements));
}

/** The six steps as a hand-written XState machine: who completed the last step is kept in context. */
function bareMachine() {
  type Event = { type: 'complete'; actor: string };
  const states: Record<string, object> = {};
  for (let i = 1; i <= STEPS; i++) {
    states[`step${i}`] = { on: { complete: { target: i < STEPS ? `step${i + 1}` : 'done', actions: 'record' } } };
  }
  states.done = { type: 'final' };
  return setup({
    types: {} as { context: { by: string }; events: Event },
    actions: { record: assign({ by: ({ event }) => event.actor }) },
  }).createMachine({ context: { by: '' }, initial: 'step1', states } as never);
}

/** Runs `count` instances from start to end on one side; returns the milliseconds taken. */
type Runner = (count: number) => Promise<number>;

async function luzhiRunner(store: () => Store | Promise<Store>): Promise<Runner> {
  const engine = createEngine({ definitions: [definition], store: await store(), notify: () => undefined });
  let serial = 0;
  return async (count) => {
    const started = performance.now();
    for (let n = 0; n < count; n++) {
      const { id } = await engine.start('six-steps', { actor: clerks[0]!, id: `S-${serial++}` });
      for (let i = 0; i < STEPS; i++) await engine.send(id, { type: 'complete', actor: clerks[i]! });
    }
    return performance.now() - started;
  };
}

function xstateRunner(): Runner {
  const machine = bareMachine();
  return async (count) => {
    const started = performance.now();
    for (let n = 0; n < count; n++) {
      let [snapshot] = initialTransition(machine);
      for (let i = 0; i < STEPS; i++) [snapshot] = transition(machine, snapshot, { type: 'complete', actor: clerks[i]!.id });
      if (snapshot.status !== 'done') throw new Error('the bare machine did not finish');
    }
    return performance.now() - started;
  };
}

/** One bpmn-engine instance from start to end, each user task signalled as soon as it waits. */
async function runBpmnInstance(sourceContext: unknown, name: string): Promise<void> {
  const engine = new BpmnEngine({ name, sourceContext } as never);
  const listener = new EventEmitter();
  let step = 0;
  listener.on('wait', (api: { signal: (message?: unknown) => void }) => api.signal({ by: clerks[step++]!.id }));
  const ended = engine.waitFor('end');
  await engine.execute({ listener } as never);
  await ended;
  if (step !== STEPS) throw new Error(`bpmn-engine completed ${step} user tasks`);
}

async function bpmnRunner(): Promise<Runner> {
  const sourceContext = await bpmnSourceContext();
  let serial = 0;
  return async (count) => {
    const started = performance.now();
    for (let n = 0; n < count; n++) await runBpmnInstance(sourceContext, `S-${serial++}`);
    return performance.now() - started;
  };
}

/** A side's time for one round in memory, after a warm-up: microseconds per user step, instances per second. */
export async function measurePeerSteps(side: PeerSide, options: { instances: number }) {
  const run = side === 'luzhi' ? await luzhiRunner(createMemoryStore) : side === 'xstate' ? xstateRunner() : await bpmnRunner();
  await run(Math.max(20, Math.ceil(options.instances / 5)));
  settle();
  const ms = await run(options.instances);
  return { side, instances: options.instances, usPerStep: (ms * 1000) / (options.instances * STEPS), instancesPerSecond: options.instances / (ms / 1000) };
}

/**
 * Heap per instance waiting at the first user task, over `count` instances: Luzhi's rows in the
 * memory store; XState's snapshots; bpmn-engine's live engines (each with its listener).
 */
export async function measurePeerMemory(side: PeerSide, count: number) {
  const kept: unknown[] = [];
  let start: (i: number) => Promise<unknown>;
  if (side === 'luzhi') {
    const engine = createEngine({ definitions: [definition], store: createMemoryStore(), notify: () => undefined });
    kept.push(engine);
    start = (i) => engine.start('six-steps', { actor: clerks[0]!, id: `W-${i}` });
  } else if (side === 'xstate') {
    const machine = bareMachine();
    start = async () => initialTransition(machine)[0];
  } else {
    const sourceContext = await bpmnSourceContext();
    start = async (i) => {
      const engine = new BpmnEngine({ name: `W-${i}`, sourceContext } as never);
      const listener = new EventEmitter();
      const waiting = new Promise((resolve) => listener.once('wait', resolve));
      await engine.execute({ listener } as never);
      await waiting;
      return engine;
    };
  }
  // One instance first, so that compiled code and caches are not counted.
  kept.push(await start(-1));
  const before = heapUsed();
  for (let i = 0; i < count; i++) kept.push(await start(i));
  const after = heapUsed();
  if (kept.length !== count + (side === 'luzhi' ? 2 : 1)) throw new Error('instances lost');
  return { side, count, bytesPerInstance: (after - before) / count };
}

/** Runs `count` instances through `one` with `callers` callers at once, each taking the next instance; returns the milliseconds taken. */
async function concurrently(callers: number, count: number, one: () => Promise<void>): Promise<number> {
  const started = performance.now();
  let left = count;
  await Promise.all(
    Array.from({ length: Math.min(callers, count) }, async () => {
      while (left > 0) {
        left--;
        await one();
      }
    }),
  );
  return performance.now() - started;
}

/** Luzhi on a PGlite store, instances run start to end by `callers` callers at once. */
async function luzhiDurableRunner(db: PGlite, callers: number): Promise<Runner> {
  const engine = createEngine({ definitions: [definition], store: await createPgliteStore({ db }), notify: () => undefined });
  let serial = 0;
  return (count) =>
    concurrently(callers, count, async () => {
      const { id } = await engine.start('six-steps', { actor: clerks[0]!, id: `S-${serial++}` });
      for (let i = 0; i < STEPS; i++) await engine.send(id, { type: 'complete', actor: clerks[i]! });
    });
}

/**
 * bpmn-engine with each step made durable: state saved into a table, recovered and resumed for
 * the next step; instances run by `callers` callers at once.
 */
async function bpmnDurableRunner(db: PGlite, callers: number): Promise<Runner> {
  const sourceContext = await bpmnSourceContext();
  await db.exec('create table if not exists bpmn_states (id text primary key, version int not null, state jsonb not null)');
  let serial = 0;
  const save = async (id: string, version: number, engine: { getState(): Promise<unknown> }) => {
    const state = JSON.stringify(await engine.getState());
    await db.transaction(async (tx) => {
      if (version === 0) await tx.query('insert into bpmn_states (id, version, state) values ($1, 1, $2::jsonb)', [id, state]);
      else {
        const { rows } = await tx.query<{ version: number }>('select version from bpmn_states where id = $1 for update', [id]);
        if (rows[0]?.version !== version) throw new Error('concurrent write');
        await tx.query('update bpmn_states set version = $2, state = $3::jsonb where id = $1', [id, version + 1, state]);
      }
    });
  };
  return (count) =>
    concurrently(callers, count, async () => {
      const id = `S-${serial++}`;
      // Start: run to the first user task, stop and save.
      const first = new BpmnEngine({ name: id, sourceContext } as never);
      const listener = new EventEmitter();
      const waiting = new Promise((resolve) => listener.once('wait', resolve));
      await first.execute({ listener } as never);
      await waiting;
      await first.stop();
      await save(id, 0, first);
      for (let i = 0; i < STEPS; i++) {
        const { rows } = await db.query<{ version: number; state: unknown }>('select version, state from bpmn_states where id = $1', [id]);
        const engine = new BpmnEngine({ name: id, sourceContext } as never).recover(rows[0]!.state as never);
        const resumed = new EventEmitter();
        const next = new Promise<{ id: string; signal: (message?: unknown) => void }>((resolve) => resumed.once('wait', resolve));
        await engine.resume({ listener: resumed } as never);
        const task = await next;
        // A recovery that started over would still find a user task to signal: check it is this step's.
        if (task.id !== `step${i + 1}`) throw new Error(`bpmn-engine resumed at ${task.id}, not at step${i + 1}`);
        const after = new Promise((resolve) => (i < STEPS - 1 ? resumed.once('wait', resolve) : engine.once('end', resolve)));
        task.signal({ by: clerks[i]!.id });
        await after;
        if (i < STEPS - 1) await engine.stop();
        await save(id, rows[0]!.version, engine);
      }
    });
}

/**
 * Time per user step with every step durable, Luzhi on a PGlite store and bpmn-engine saving its
 * state into a table of the same in-memory PGlite database, each with `callers` callers at once
 * (wall time over all their steps); rounds of the two alternate.
 */
export async function measurePeerDurable(options: { instances: { luzhi: number; bpmn: number }; rounds: number; callers: number }) {
  const db = await PGlite.create();
  const luzhi = await luzhiDurableRunner(db, options.callers);
  const bpmn = await bpmnDurableRunner(db, options.callers);
  await luzhi(Math.ceil(options.instances.luzhi / 4));
  await bpmn(Math.ceil(options.instances.bpmn / 4));
  const rounds: Array<{ luzhi: number; bpmn: number }> = [];
  for (let round = 0; round < options.rounds; round++) {
    settle();
    const l = await luzhi(options.instances.luzhi);
    settle();
    const b = await bpmn(options.instances.bpmn);
    rounds.push({ luzhi: (l * 1000) / (options.instances.luzhi * STEPS), bpmn: (b * 1000) / (options.instances.bpmn * STEPS) });
  }
  // Every step of every instance landed: each Luzhi instance ends at version 7, each bpmn-engine state at 7.
  const [luzhiRows] = (await db.query<{ bad: number }>(`select count(*)::int as bad from luzhi.instances where version <> ${STEPS + 1}`)).rows;
  const [bpmnRows] = (await db.query<{ bad: number }>(`select count(*)::int as bad from bpmn_states where version <> ${STEPS + 1}`)).rows;
  if (luzhiRows!.bad !== 0 || bpmnRows!.bad !== 0) throw new Error(`unfinished instances: Luzhi ${luzhiRows!.bad}, bpmn-engine ${bpmnRows!.bad}`);
  await db.close();
  const luzhiUs = median(rounds.map((r) => r.luzhi));
  const bpmnUs = median(rounds.map((r) => r.bpmn));
  return { callers: options.callers, luzhiUsPerStep: luzhiUs, bpmnUsPerStep: bpmnUs, ratio: bpmnUs / luzhiUs, rounds };
}
