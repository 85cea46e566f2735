/**
 * `npm run bench` for @luzhi/engine. Each figure is measured in a fresh Node process (same flags
 * as this one), printed as a table, and written as JSON to `bench-results/engine.json` at the
 * repository root.
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
const ratio = bare.perSecond / send.perSecond;
const fmt = (n: number) => Math.round(n).toLocaleString('en');

const rows: Array<[string, string, string]> = [
  ['bare XState transition() (hand-written equivalent)', `${fmt(bare.perSecond)} events/s`, ''],
  ['transition() alone on the machine compiled from the JSON', `${fmt(compiled.perSecond)} events/s`, 'guards, set and effects as expressions'],
  ['engine.send(), in-memory store', `${fmt(send.perSecond)} events/s`, `bare / send = ${ratio.toFixed(2)}x (target ≤ 2x)`],
  [`heap per idle instance (${fmt(memory.count)} waiting)`, `${fmt(memory.bytesPerInstance)} B`, 'target ≤ 2,048 B'],
  ['  … each holding a submitted proposal', `${fmt(withContent.bytesPerInstance)} B`, 'content in data and audit trail'],
];
console.log(`@luzhi/engine benchmarks (Node ${process.version}, ${fmt(bare.events)} events per round, median of ${bare.rounds.length})`);
for (const [what, value, note] of rows) console.log(`  ${what.padEnd(52)} ${value.padStart(16)}  ${note}`);

const outDir = new URL('../../../bench-results/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('engine.json', outDir), JSON.stringify({ node: process.version, bare, compiled, send, ratio, memory, withContent }, null, 2) + '\n');
