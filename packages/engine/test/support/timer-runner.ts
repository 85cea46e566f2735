/**
 * A child process of the concurrency test: runs `engine.runDueTimers` over a store other
 * processes run timers on too. It prints `{"ready":true}`, waits for one line
 * `{"now":…,"stepMs":…,"calls":…}` and the end of its stdin, then calls `runDueTimers` `calls` times, at `now` and then
 * `stepMs` later each time, and prints the sums `{"fired":…,"dropped":…,"retried":…}`.
 *
 *   node --conditions=@luzhi/source --import tsx test/support/timer-runner.ts '<DurableStoreSpec JSON>'
 */
import { createInterface } from 'node:readline';
import { createEngine, type TimerRun } from '../../src/index.js';
import { openDurableStore, type DurableStoreSpec } from './durable-store.js';
import { quietEffects } from './command-plan.js';
import { proposalDefinition } from './proposal.js';

const store = await openDurableStore(JSON.parse(process.argv[2] ?? '{}') as DurableStoreSpec);
const engine = createEngine({ definitions: [proposalDefinition], store, tenant: 'jiangyin', ...quietEffects });
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
let line = '';
for await (const read of createInterface({ input: process.stdin })) line ||= read;
const { now, stepMs, calls } = JSON.parse(line) as { now: string; stepMs: number; calls: number };
const total: TimerRun = { fired: 0, dropped: 0, retried: 0, quarantined: 0 };
for (let call = 0; call < calls; call++) {
  const run = await engine.runDueTimers(new Date(Date.parse(now) + call * stepMs));
  total.fired += run.fired;
  total.dropped += run.dropped;
  total.retried += run.retried;
  total.quarantined += run.quarantined;
}
process.stdout.write(`${JSON.stringify(total)}\n`);
await store.close();
