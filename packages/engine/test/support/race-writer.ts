/**
 * A child process of the concurrency test: a few writers racing others (here and in other
 * processes) on one instance, each with a connection and an engine of its own, each sending a
 * command with the `expectedVersion` it read. Lines on stdin drive them; each writer answers
 * with one line of its own, tagged with its name:
 *
 * - `read`: every writer reads the instance version: `{"writer":…,"read":v}`;
 * - `send`: every writer at once sends the command for the version it read last:
 *   `{"writer":…,"won":v}` or `{"writer":…,"conflict":v}`;
 * - `free <target>`: every writer reads and sends in a loop until the version reaches `target`:
 *   `{"writer":…,"wins":[v…],"conflicts":n}` (the versions it won at).
 *
 * The command alternates with the version: `claimTask` at an even version (the review task is
 * free), `releaseTask` at an odd one; every writer acts as the same office clerk, so each command
 * is allowed and only the version decides who wins. The writers close their stores and the
 * process ends when its stdin is closed.
 *
 *   node --conditions=@luzhi/source --import tsx test/support/race-writer.ts '<options JSON>'
 *
 * Options: `{ store: DurableStoreSpec, instance, writers: [name…] }`.
 */
import { createInterface } from 'node:readline';
import { ConcurrencyError, createEngine } from '../../src/index.js';
import { openDurableStore, type DurableStoreSpec } from './durable-store.js';
import { quietEffects } from './command-plan.js';
import { office, proposalDefinition } from './proposal.js';

const options = JSON.parse(process.argv[2] ?? '{}') as { store: DurableStoreSpec; instance: string; writers: string[] };
const print = (line: unknown): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

const writers = await Promise.all(
  options.writers.map(async (name) => {
    const store = await openDurableStore({ ...options.store, maxConnections: 1 } as DurableStoreSpec);
    const engine = createEngine({ definitions: [proposalDefinition], store, tenant: 'jiangyin', ...quietEffects });
    let attempts = 0;
    let read = 0;
    /** Sends the command for `version` with that expected version: whether it won. */
    const attempt = async (version: number): Promise<boolean> => {
      const type = version % 2 === 0 ? 'claimTask' : 'releaseTask';
      try {
        await engine.send(options.instance, { type, actor: office, expectedVersion: version, idempotencyKey: `${name}/${++attempts}` });
        return true;
      } catch (error) {
        if (error instanceof ConcurrencyError) return false;
        throw error;
      }
    };
    const version = async (): Promise<number> => (await engine.get(options.instance)).version;
    return {
      close: () => store.close(),
      async read() {
        read = await version();
        print({ writer: name, read });
      },
      async send() {
        print({ writer: name, ...((await attempt(read)) ? { won: read } : { conflict: read }) });
      },
      async free(target: number) {
        const wins: number[] = [];
        let conflicts = 0;
        for (let current = await version(); current < target; current = await version()) {
          if (await attempt(current)) wins.push(current);
          else conflicts++;
        }
        print({ writer: name, wins, conflicts });
      },
    };
  }),
);

print({ ready: true });
for await (const line of createInterface({ input: process.stdin })) {
  const [command, argument] = line.split(' ');
  if (command === 'read') await Promise.all(writers.map((writer) => writer.read()));
  else if (command === 'send') await Promise.all(writers.map((writer) => writer.send()));
  else if (command === 'free') await Promise.all(writers.map((writer) => writer.free(Number(argument))));
}
await Promise.all(writers.map((writer) => writer.close()));
