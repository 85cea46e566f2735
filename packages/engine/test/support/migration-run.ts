/**
 * A child process of the migration resume test: opens a durable store, starts `instances`
 * instances of version 1 of the versioned-review workflow and submits them for review (each
 * `K000`, `K001`, …, a minute apart), prints `{"ready":true}`, then runs the migration plan with an
 * engine given only version 2, printing one JSON line per instance result (`{"id":…,"ok":…}`) as
 * soon as it is known, then `{"done":true,…totals}`. The test kills it with SIGKILL somewhere in
 * the run. Seeding here spares the test one more opening of the store (a new PGlite data
 * directory takes seconds to create).
 *
 *   node --conditions=@luzhi/source --import tsx test/support/migration-run.ts '<options JSON>'
 *
 * Options: `{ store: <DurableStoreSpec>, instances }`.
 */
import { createEngine, createVirtualClock } from '../../src/index.js';
import { openDurableStore, type DurableStoreSpec } from './durable-store.js';
import { officer, reviewPlan, reviewV1, reviewV2 } from './versioned-review.js';

const options = JSON.parse(process.argv[2] ?? '{}') as { store: DurableStoreSpec; instances: number };
const store = await openDurableStore(options.store);
const clock = createVirtualClock('2026-03-02T01:00:00.000Z');
const old = createEngine({ definitions: [reviewV1], store, clock, tenant: 'jiangyin' });
for (let index = 0; index < options.instances; index++) {
  const id = `K${String(index).padStart(3, '0')}`;
  clock.advance('PT1M');
  await old.start('versioned-review', { actor: officer, id, data: { title: id } });
  await old.send(id, { type: 'submit', actor: officer });
}
const engine = createEngine({ definitions: [reviewV2], store, clock, tenant: 'jiangyin' });
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
const report = await engine.migrate(reviewPlan, {
  onResult: (result) => process.stdout.write(`${JSON.stringify({ id: result.id, ok: result.ok })}\n`),
});
process.stdout.write(`${JSON.stringify({ done: true, ...report.totals })}\n`);
await store.close();
