/**
 * A child process of the fault test: opens a durable store, then applies a stream of commands
 * (see command-plan.ts) from position `from` on, printing one JSON line per acknowledged command
 * once `send` has resolved: `{"index":…,"instance":…,"version":…,"key":…}`. The test kills it
 * with SIGKILL somewhere in the stream. Having applied the whole stream, it waits for its stdin
 * to close, then closes the store and ends.
 *
 *   node --conditions=@luzhi/source --import tsx test/support/command-stream.ts '<options JSON>'
 *
 * Options: `{ store: 'pglite', dataDir }` or `{ store: 'postgres', url, schema }`, with `seed`,
 * `instances` and `from`.
 */
import { createEngine } from '../../src/index.js';
import { openDurableStore, type DurableStoreSpec } from './durable-store.js';
import { applyPlanned, commandPlan, quietEffects, steppedClock } from './command-plan.js';
import { proposalDefinition } from './proposal.js';

interface StreamOptions {
  store: DurableStoreSpec;
  seed: number;
  instances: number;
  from: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as StreamOptions;
const store = await openDurableStore(options.store);
const clock = steppedClock();
const engine = createEngine({ definitions: [proposalDefinition], store, clock, tenant: 'jiangyin', ...quietEffects });
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
for (const command of commandPlan(options.seed, options.instances).slice(options.from)) {
  clock.at(command.index);
  const view = await applyPlanned(engine, command);
  process.stdout.write(`${JSON.stringify({ index: command.index, instance: command.instance, version: view.version, key: command.key })}\n`);
}
// The end of the stream is no place for the test's kill: wait until the test closes stdin.
for await (const _ of process.stdin) void _;
await store.close();
