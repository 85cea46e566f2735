/**
 * `npm run bench` for @luzhi/engine: prints a table of the figures and writes them as JSON to
 * `bench-results/engine.json` at the repository root.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchCommandPath } from './command-path.js';
import { benchIdleMemory } from './idle-memory.js';

const quick = process.argv.includes('--quick');
const commandPath = await benchCommandPath({ events: quick ? 9_000 : 90_000, rounds: quick ? 1 : 5 });
const memory = await benchIdleMemory(quick ? 1_000 : 10_000, 'started');
const withContent = await benchIdleMemory(quick ? 1_000 : 10_000, 'submitted');

const rows: Array<[string, string, string]> = [
  ['bare XState transition() (equivalent machine)', `${Math.round(commandPath.bare).toLocaleString('en')} events/s`, ''],
  ['engine.send(), in-memory store', `${Math.round(commandPath.send).toLocaleString('en')} events/s`, `bare / send = ${commandPath.ratio.toFixed(2)}x (target ≤ 2x)`],
  [`heap per idle instance (${memory.count.toLocaleString('en')} waiting)`, `${Math.round(memory.bytesPerInstance).toLocaleString('en')} B`, 'target ≤ 2,048 B'],
  ['  … each holding a submitted proposal', `${Math.round(withContent.bytesPerInstance).toLocaleString('en')} B`, 'content in data and audit trail'],
];
console.log(`@luzhi/engine benchmarks (Node ${process.version}, ${commandPath.events.toLocaleString('en')} events per round)`);
for (const [what, value, note] of rows) console.log(`  ${what.padEnd(48)} ${value.padStart(16)}  ${note}`);

const outDir = new URL('../../../bench-results/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('engine.json', outDir), JSON.stringify({ node: process.version, commandPath, memory, withContent }, null, 2) + '\n');
