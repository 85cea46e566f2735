/**
 * `npm start`: the OA server on PGlite in `examples/oa-server/.data` (created on first run), or on
 * PostgreSQL when `LUZHI_DATABASE_URL` is set. Prints one line with its URL, then serves until
 * SIGINT or SIGTERM.
 */
import { fileURLToPath } from 'node:url';
import { createTenantRunner, type Store } from '@luzhi/engine';
import { createServer } from './app.js';
import { demoAuthenticate } from './auth.js';
import { COMMITTEE_IDS } from './committees.js';
import { webhookSink, type DeliveredEffect } from './effects.js';
import { readSettings, startFailure, type Settings } from './settings.js';

const read = readSettings(process.env, fileURLToPath(new URL('../.data', import.meta.url)));
if ('error' in read) {
  console.error(read.error);
  process.exit(2);
}
const settings: Settings = read;

async function openStore(): Promise<{ store: Store; label: string }> {
  if (settings.databaseUrl !== undefined) {
    const { createPostgresStore } = await import('@luzhi/engine/postgres');
    return { store: await createPostgresStore({ connectionString: settings.databaseUrl }), label: 'PostgreSQL' };
  }
  const { createPgliteStore } = await import('@luzhi/engine/pglite');
  return { store: await createPgliteStore({ dataDir: settings.dataDir }), label: `PGlite ${settings.dataDir}` };
}

/** One line per effect on the console: what the OA would be told. */
function logEffect(effect: DeliveredEffect): void {
  const to = effect.recipients ? ` → ${JSON.stringify(effect.recipients)}` : '';
  const what = effect.kind === 'notify' ? JSON.stringify((effect.request as { message?: unknown }).message) : `${effect.name}(${JSON.stringify(effect.request)})`;
  console.log(`[${effect.tenant}] ${effect.kind} ${effect.instanceId}: ${what}${to}`);
}

/** Stops before serving, with one readable line instead of a stack trace for what a newcomer can fix. */
function fail(error: unknown): never {
  console.error(startFailure(error, settings.port));
  process.exit(1);
}

const { store, label } = await openStore().catch(fail);
const webhook = settings.webhookUrl === undefined ? undefined : webhookSink(settings.webhookUrl);
const app = await createServer({
  store,
  authenticate: demoAuthenticate,
  web: true,
  defaultCommittee: settings.committee,
  effectSink: async (effect) => {
    logEffect(effect);
    if (webhook) await webhook(effect);
  },
});
const runner = createTenantRunner({ store, engines: app.luzhi.engines });
const loop = runner.start({ intervalMs: settings.tickMs, onError: (error) => console.error(error) });

const address = await app.listen({ port: settings.port, host: settings.host }).catch(async (error: unknown) => {
  loop.stop();
  await store.close();
  return fail(error);
});
const port = new URL(address).port;
console.log(
  `Luzhi OA server: http://localhost:${port}  committee ${settings.committee} (of ${COMMITTEE_IDS.join(', ')})  store ${label}`,
);

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  loop.stop();
  await app.close();
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
