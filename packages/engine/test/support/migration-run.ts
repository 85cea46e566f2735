/**
 * A child process of the migration resume test: opens a durable store, creates an engine given
 * only the newest version of the versioned-review workflow, and runs the migration plan, printing
 * one JSON line per instance result (`{"id":…,"ok":…}`) as soon as it is known, then
 * `{"done":true,…totals}`. The test kills it with SIGKILL somewhere in the run.
 *
 *   node --conditions=@luzhi/source --import tsx test/support/migration-run.ts '<store spec JSON>'
 */
import { createEngine } from '../../src/index.js';
import { openDurableStore, type DurableStoreSpec } from './durable-store.js';
import { reviewPlan, reviewV2 } from './versioned-review.js';

const spec = JSON.parse(process.argv[2] ?? '{}') as DurableStoreSpec;
const store = await openDurableStore(spec);
const engine = createEngine({ definitions: [reviewV2], store, tenant: 'jiangyin' });
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
const report = await engine.migrate(reviewPlan, {
  onResult: (result) => process.stdout.write(`${JSON.stringify({ id: result.id, ok: result.ok })}\n`),
});
process.stdout.write(`${JSON.stringify({ done: true, ...report.totals })}\n`);
await store.close();
