import type { ExpectStatic } from 'vitest';
import { createEngine, type Store } from '../../src/index.js';
import { startChildScript } from './child-script.js';
import type { DurableStoreSpec } from './durable-store.js';
import { reviewPlan, reviewV2 } from './versioned-review.js';

// The migration resume test: a child process (migration-run.ts) writes instances of version 1 to
// a durable store and migrates them, and is killed with SIGKILL after some of its results; the
// store is then checked instance by instance — each wholly on version 1 or wholly on
// version 2 — before the same plan, run again, moves the rest. Every instance ends migrated once.

const TENANT = 'jiangyin';
/** Instances to migrate: enough that the kill lands in the middle of the run. */
export const KILL_INSTANCES = 40;
/** Results the child reports before it is killed. */
const KILL_AFTER = 8;

/** A durable store opened by the test, with plain SQL beside it. */
export interface OpenedStore {
  store: Store;
  sql(text: string, params: unknown[]): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

/** Checks one instance: on version 1 untouched, or on version 2 with one `migrated` event and rows to match. */
async function checkInstance(opened: OpenedStore, schema: string, id: string, expect: ExpectStatic): Promise<number> {
  const engine = createEngine({ definitions: [reviewV2], store: opened.store, tenant: TENANT });
  const view = await engine.get(id);
  const events = await engine.history(id);
  const migrated = events.filter((event) => event.type === 'migrated').length;
  const version = view.definition.version;
  expect(migrated, id).toBe(version === 2 ? 1 : 0);
  expect(view.state, id).toBe(version === 2 ? 'check' : 'review');
  expect(await engine.verifyHistory(id), id).toEqual({ ok: true, events: events.length });
  const tasks = await opened.sql(`select task from ${schema}.tasks where tenant = $1 and instance_id = $2`, [TENANT, id]);
  expect(tasks.map((row) => row.task), id).toMatchObject([{ state: view.state, definitionVersion: version }]);
  const timers = await opened.sql(`select timer from ${schema}.timers where tenant = $1 and instance_id = $2`, [TENANT, id]);
  expect(timers.map((row) => (row.timer as { state: string }).state), id).toEqual([view.state]);
  return version;
}

/**
 * Has a child seed `KILL_INSTANCES` instances in review on version 1 and kills it while it
 * migrates them; checks the store, runs the plan again and checks that every instance was
 * migrated exactly once.
 */
export async function migrationKilledAndResumed(
  target: { spec: DurableStoreSpec; schema: string; open(): Promise<OpenedStore> },
  expect: ExpectStatic,
): Promise<{ before: number; after: number }> {
  const ids = Array.from({ length: KILL_INSTANCES }, (_, index) => `K${String(index).padStart(3, '0')}`);
  const child = startChildScript('migration-run.ts', [JSON.stringify({ store: target.spec, instances: KILL_INSTANCES })]);
  expect(JSON.parse(await child.nextLine())).toEqual({ ready: true });
  const acked: Array<{ id: string; ok: boolean }> = [];
  while (acked.length < KILL_AFTER) acked.push(JSON.parse(await child.nextLine()) as { id: string; ok: boolean });
  child.process.kill('SIGKILL');
  const rest = (await child.rest()).map((line) => JSON.parse(line) as { id?: string; ok?: boolean; done?: boolean });
  const exit = await child.exited;
  expect(exit.signal).toBe('SIGKILL');
  expect(rest.some((line) => line.done === true), 'the child was killed before the end of the run').toBe(false);
  for (const line of rest) acked.push(line as { id: string; ok: boolean });
  expect(acked.every((line) => line.ok)).toBe(true);

  const opened = await target.open();
  try {
    const versions = new Map<string, number>();
    for (const id of ids) versions.set(id, await checkInstance(opened, target.schema, id, expect));
    // Every result the child reported was committed; the oldest instances went first.
    for (const { id } of acked) expect(versions.get(id), id).toBe(2);
    const before = [...versions.values()].filter((version) => version === 2).length;
    expect(before).toBeLessThan(KILL_INSTANCES);

    const engine = createEngine({ definitions: [reviewV2], store: opened.store, tenant: TENANT });
    const resumed = await engine.migrate(reviewPlan);
    expect(resumed.totals).toEqual({ instances: KILL_INSTANCES - before, migrated: KILL_INSTANCES - before, refused: 0 });
    for (const id of ids) expect(await checkInstance(opened, target.schema, id, expect), id).toBe(2);
    expect((await engine.migrate(reviewPlan)).totals.instances).toBe(0);
    return { before, after: KILL_INSTANCES };
  } finally {
    await opened.close();
  }
}
