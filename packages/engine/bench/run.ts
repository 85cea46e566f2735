/**
 * `npm run bench` for @luzhi/engine. Each figure is measured in a fresh Node process (same flags
 * as this one), printed as a table, and written as JSON to `bench-results/engine.json` at the
 * repository root. `--quick` measures less, for a smoke test.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick');
const measure = (...args: string[]) =>
  JSON.parse(
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./measure.ts', import.meta.url)), ...args, ...(quick ? ['--quick'] : [])], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );

const bare = measure('bare');
const compiled = measure('compiled');
const send = measure('send');
const memory = measure('memory', 'started');
const withContent = measure('memory', 'submitted');
const batch = { sendMany: measure('batch', 'sendMany'), send: measure('batch', 'send') };
const slowBatch = { sendMany: measure('batch', 'sendMany', '1'), send: measure('batch', 'send', '1') };
const kinds = ['all', 'all-due', 'all-after-command', 'one-percent'] as const;
const tasks = Object.fromEntries(kinds.map((kind) => [kind, { index: measure('tasks', 'index', kind), scan: measure('tasks', 'scan', kind) }]));
const ratio = bare.perSecond / send.perSecond;
const fmt = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : fmt(n)} ms`;
const latency = (figure: { p50: number; p95: number }) => `${ms(figure.p50)} / ${ms(figure.p95)}`;
const open = fmt(tasks.all!.index.instances);

const rows: Array<[string, string, string]> = [
  ['bare XState transition() (hand-written equivalent)', `${fmt(bare.perSecond)} events/s`, ''],
  ['transition() alone on the machine compiled from the JSON', `${fmt(compiled.perSecond)} events/s`, 'guards, set and effects as expressions'],
  ['engine.send(), in-memory store', `${fmt(send.perSecond)} events/s`, `bare / send = ${ratio.toFixed(2)}x (target ≤ 2x)`],
  [`heap per idle instance (${fmt(memory.count)} waiting)`, `${fmt(memory.bytesPerInstance)} B`, 'target ≤ 2,048 B'],
  ['  … each holding a submitted proposal', `${fmt(withContent.bytesPerInstance)} B`, 'content in data and audit trail'],
  ['sendMany(), 400 assignments (交办会)', `${ms(batch.sendMany.ms)}`, `${fmt(batch.sendMany.perSecond)} cmd/s; send() one by one: ${ms(batch.send.ms)}, ${fmt(batch.send.perSecond)} cmd/s`],
  ['  … store calls taking 1 ms (a database server)', `${ms(slowBatch.sendMany.ms)}`, `${fmt(slowBatch.sendMany.perSecond)} cmd/s; send() one by one: ${ms(slowBatch.send.ms)}, ${fmt(slowBatch.send.perSecond)} cmd/s`],
  [`tasks(), role holding all ${open}, limit 50, p50 / p95`, latency(tasks.all!.index), `full scan: ${latency(tasks.all!.scan)}`],
  ['  … sort: due', latency(tasks['all-due']!.index), `full scan: ${latency(tasks['all-due']!.scan)}`],
  ['  … a command committed before each query', latency(tasks['all-after-command']!.index), `full scan: ${latency(tasks['all-after-command']!.scan)}`],
  [`tasks(), role holding 1% (${fmt(tasks['one-percent']!.index.instances / 100)}), limit 50`, latency(tasks['one-percent']!.index), `full scan: ${latency(tasks['one-percent']!.scan)}`],
];
console.log(`@luzhi/engine benchmarks (Node ${process.version}, ${fmt(bare.events)} events per round, median of ${bare.rounds.length})`);
for (const [what, value, note] of rows) console.log(`  ${what.padEnd(56)} ${value.padStart(18)}  ${note}`);

const outDir = new URL('../../../bench-results/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(
  new URL('engine.json', outDir),
  JSON.stringify({ node: process.version, date: new Date().toISOString(), bare, compiled, send, ratio, memory, withContent, batch, slowBatch, tasks }, null, 2) + '\n',
);
