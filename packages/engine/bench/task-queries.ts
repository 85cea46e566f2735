/**
 * To-do list latency: `engine.tasks()` with 10,000 open instances on the in-memory store, for a
 * role holding all of them (limit 50, oldest first or by due date; and the same with one command
 * committed before each query, which the index must merge in) and for a role holding about 1% of
 * them. `store: 'scan'` runs the same queries on a store that scans every task (the peer).
 */
import { readFileSync } from 'node:fs';
import { createEngine, createMemoryStore, createVirtualClock, type Actor, type Engine, type TaskQuery, type VirtualClock } from '../src/index.js';
import { percentile, settle } from './common.js';
import { createScanningStore } from './scan-store.js';

/** What each query figure asks. */
export type TaskQueryKind = 'all' | 'all-due' | 'all-after-command' | 'one-percent';

const definition = JSON.parse(readFileSync(new URL('./to-do.workflow.json', import.meta.url), 'utf8'));
const registry: Actor = { id: 'reg-01', roles: ['registry'] };
const inspector: Actor = { id: 'insp-01', roles: ['inspector'] };

/** 10,000 instances opened a minute apart, one in a hundred flagged for the inspector. */
async function openInstances(engine: Engine, clock: VirtualClock, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await engine.start('to-do-bench', { actor: registry, id: `T-${String(i).padStart(5, '0')}` });
    if (i % 100 === 50) await engine.send(id, { type: 'flag', actor: registry });
    clock.advance('PT1M');
    ids.push(id);
  }
  return ids;
}

const queries: Record<TaskQueryKind, TaskQuery> = {
  all: { actor: registry, limit: 50 },
  'all-due': { actor: registry, limit: 50, sort: 'due' },
  'all-after-command': { actor: registry, limit: 50 },
  'one-percent': { actor: inspector, limit: 50 },
};

/** Milliseconds per `engine.tasks()` call: p50 and p95 over `queries` calls. */
export async function measureTaskQueries(store: 'index' | 'scan', kind: TaskQueryKind, options: { instances: number; queries: number }) {
  const clock = createVirtualClock('2026-03-02T01:00:00Z');
  const engine = createEngine({ definitions: [definition], store: store === 'index' ? createMemoryStore() : createScanningStore(), clock });
  const ids = await openInstances(engine, clock, options.instances);
  const query = queries[kind];
  const found = (await engine.tasks(query)).length;
  // Instances not flagged yet, flagged one per query by `all-after-command`.
  const unflagged = ids.filter((_, i) => i % 100 !== 50);
  for (let i = 0; i < 50; i++) await engine.tasks(query);
  settle();
  const times: number[] = [];
  for (let i = 0; i < options.queries; i++) {
    if (kind === 'all-after-command') await engine.send(unflagged[i]!, { type: 'flag', actor: registry });
    const started = performance.now();
    await engine.tasks(query);
    times.push(performance.now() - started);
  }
  return { store, kind, instances: options.instances, found, queries: options.queries, p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}
