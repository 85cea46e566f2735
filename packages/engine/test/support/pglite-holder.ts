/**
 * A child process of the data-directory lock test: opens a PGlite store on the data directory
 * given as its argument, prints `{"ready":true,"pid":…}`, and holds the store open until its
 * stdin ends (or it is killed).
 *
 *   node --conditions=@luzhi/source --import tsx test/support/pglite-holder.ts <dataDir>
 */
import { createInterface } from 'node:readline';
import { createPgliteStore } from '../../src/pglite.js';

const store = await createPgliteStore({ dataDir: process.argv[2]! });
process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid })}\n`);
for await (const _line of createInterface({ input: process.stdin })) {
  // Held until stdin ends.
}
await store.close();
process.stdout.write(`${JSON.stringify({ closed: true })}\n`);
