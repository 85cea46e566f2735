/**
 * `npm run bench` for @luzhi/engine. Each figure is measured in a fresh Node process (from one
 * bundle of `measure.ts`, see figure-processes.ts), printed as a table, and written as JSON to `bench-results/engine.json` at the
 * repository root. `--quick` measures less, for a smoke test. The PostgreSQL figures share one
 * throw-away server (PostgreSQL from the machine's binaries, default settings), started here.
 *
 * The million rows of the PostgreSQL to-do and instance-query figures are loaded by a process
 * started first, while the figures that do not use the server are measured; it times its queries
 * once those are done, before the PostgreSQL throughput figures. Each figure's wall time is printed
 * and kept in the JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startPostgresServer } from '@luzhi/test-env';
import { median } from './common.js';
import { figureProcesses } from './figure-processes.js';
import type { FirstOpenFigure, FirstOpenKind } from './first-open.js';
import type { InboxFigure } from './inbox.js';
import type { InstanceQueryFigure } from './instance-queries.js';
import { measurePeers, peerRows } from './peer-figures.js';
import type { ThroughputFigure } from './store-throughput.js';

const quick = process.argv.includes('--quick');
const runStarted = performance.now();
const loadAtStart = loadavg()[0]!;
const server = await startPostgresServer();
const figures = await figureProcesses(quick, { ...process.env, LUZHI_BENCH_PG: server.url });
/** Wall milliseconds of each figure's process, in the order run. */
const timings: Array<{ figure: string; ms: number }> = [];
const measure = (...args: string[]) => {
  const started = performance.now();
  const result = figures.measure(...args);
  timings.push({ figure: args.join(' '), ms: performance.now() - started });
  // Progress, for a run that stops half-way.
  process.stderr.write(`measured ${args.join(' ')} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
};

// The PostgreSQL to-do and instance-query figures: loading starts now, timing waits for a line.
const scaleStarted = performance.now();
const scaleChild = figures.start('scale', 'postgres', '--wait');
let scaleOutput = '';
scaleChild.stdout!.on('data', (chunk) => (scaleOutput += chunk));
const scaleDone = new Promise<{ inbox: InboxFigure; instances: InstanceQueryFigure }>((resolve, reject) => {
  scaleChild.on('error', reject);
  scaleChild.on('close', (code) => (code === 0 ? resolve(JSON.parse(scaleOutput)) : reject(new Error(`measure.ts scale postgres exited with ${code}`))));
});
// A load that fails is reported where it is awaited, not as an unhandled rejection meanwhile.
scaleDone.catch(() => undefined);
/** Times the PostgreSQL to-do and instance queries (loaded meanwhile) and returns them. */
async function scaleFigures() {
  const waited = performance.now();
  scaleChild.stdin!.end('go\n');
  const result = await scaleDone;
  timings.push({ figure: 'scale postgres (load, beside the figures before)', ms: waited - scaleStarted });
  timings.push({ figure: 'scale postgres (waiting for the load, then timing)', ms: performance.now() - waited });
  return result;
}

const bare = measure('bare');
const compiled = measure('compiled');
const send = measure('send');
const memory = measure('memory', 'started');
const withContent = measure('memory', 'submitted');
const batch = { sendMany: measure('batch', 'sendMany'), send: measure('batch', 'send') };
const slowBatch = { sendMany: measure('batch', 'sendMany', '1'), send: measure('batch', 'send', '1') };
const kinds = ['all', 'all-due', 'all-after-command', 'one-percent'] as const;
const tasks = Object.fromEntries(kinds.map((kind) => [kind, { index: measure('tasks', 'index', kind), scan: measure('tasks', 'scan', kind) }]));
const pgliteThroughput: Record<string, ThroughputFigure> = {
  'pglite-1': measure('throughput', 'pglite', '1'),
  'pglite-16': measure('throughput', 'pglite', '16'),
  'pglite-dir-1': measure('throughput', 'pglite-dir', '1'),
};
const pgliteInbox: InboxFigure = measure('inbox', 'pglite');
const pgliteInstances: InstanceQueryFigure = measure('instances', 'pglite');
const openKinds: FirstOpenKind[] = ['pglite-bare-new-dir', 'pglite-new-dir', 'pglite-existing-dir', 'pglite-memory', 'compile-once', 'engines-all-presets'];
/** The first starts that have a target, and their peers; the others are measured in the first round only. */
const openTargets = new Set<FirstOpenKind>(['pglite-bare-new-dir', 'pglite-new-dir', 'compile-once', 'engines-all-presets']);
// Alternating rounds, each figure in a fresh process: the median of each.
const openRounds = quick ? 1 : 3;
const openRuns = new Map<FirstOpenKind, number[]>(openKinds.map((kind) => [kind, []]));
for (let round = 0; round < openRounds; round++) {
  for (const kind of openKinds) if (round === 0 || openTargets.has(kind)) openRuns.get(kind)!.push((measure('open', kind) as FirstOpenFigure).ms);
}
const firstOpen = Object.fromEntries(openKinds.map((kind) => [kind, median(openRuns.get(kind)!)])) as Record<FirstOpenKind, number>;
const peers = measurePeers(measure, quick);
const scaled = await scaleFigures();
const throughput: Record<string, ThroughputFigure> = {
  ...pgliteThroughput,
  'postgres-1': measure('throughput', 'postgres', '1'),
  'postgres-4': measure('throughput', 'postgres', '4'),
  'postgres-16': measure('throughput', 'postgres', '16'),
};
server.stop();
const inbox: Record<string, InboxFigure> = { pglite: pgliteInbox, postgres: scaled.inbox };
const instances: Record<string, InstanceQueryFigure> = { pglite: pgliteInstances, postgres: scaled.instances };
const totalMs = performance.now() - runStarted;
const load = { start: loadAtStart, end: loadavg()[0]! };
const ratio = bare.perSecond / send.perSecond;
const fmt = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : fmt(n)} ms`;
const latency = (figure: { p50: number; p95: number }) => `${ms(figure.p50)} / ${ms(figure.p95)}`;
const open = fmt(tasks.all!.index.instances);
const cpu = (side: ThroughputFigure['luzhi']) =>
  side.serverCpuMs === undefined ? side.nodeCpuMs.toFixed(2) : `${side.nodeCpuMs.toFixed(2)}+${side.serverCpuMs.toFixed(2)}`;
const versus = (figure: ThroughputFigure) =>
  `bare ${fmt(figure.bare.perSecond)}/s; ${figure.ratio.toFixed(2)}x (target ≥ 1.0x at 16); ` +
  `bare, same rows ${fmt(figure.sameRows.perSecond)}/s; ${figure.sameRowsRatio.toFixed(2)}x; ` +
  `CPU ms/cmd ${cpu(figure.luzhi)} vs ${cpu(figure.bare)} vs ${cpu(figure.sameRows)}`;
const callers = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const throughputRows = Object.values(throughput).map((figure): [string, string, string] => [
  figure.store === 'postgres'
    ? `engine.send(), PostgreSQL, ${callers(figure.clients, 'client')}`
    : `engine.send(), PGlite ${figure.store === 'pglite' ? 'in memory' : 'data directory'}, ${callers(figure.clients, 'caller')}`,
  `${fmt(figure.luzhi.perSecond)} events/s`,
  versus(figure),
]);
const inboxRows = Object.values(inbox).flatMap((figure): Array<[string, string, string]> => {
  const name = figure.store === 'postgres' ? 'PostgreSQL' : 'PGlite';
  const note = (kind: keyof InboxFigure['kinds']) => `target p95 < 20 ms${kind === 'all-due' ? `; loaded in ${(figure.loadMs / 1000).toFixed(1)} s` : ''}`;
  return [
    [`tasks() on ${name}, ${fmt(figure.instances)} open, role holding all, by due`, latency(figure.kinds['all-due']), note('all-due')],
    ['  … oldest first', latency(figure.kinds.all), note('all')],
    [`  … role holding 1% (${fmt(figure.instances / 100)})`, latency(figure.kinds['one-percent']), note('one-percent')],
  ];
});

const instanceRows = Object.values(instances).flatMap((figure): Array<[string, string, string]> => {
  const name = figure.store === 'postgres' ? 'PostgreSQL' : 'PGlite';
  const kind = (label: string, key: keyof InstanceQueryFigure['kinds']): [string, string, string] => {
    const found = figure.kinds[key];
    return [`  … ${label} (${fmt(found.total)}${found.capped ? '+' : ''} match)`, latency(found), `store alone p95 ${ms(found.storeP95)}; memory store p95 ${ms(found.memoryP95)}`];
  };
  return [
    [`instances() on ${name}, ${fmt(figure.instances)} instances, the mix`, latency(figure.mix), `target p95 < 50 ms; memory store p95 ${ms(figure.mix.memoryP95)}; loaded in ${(figure.loadMs / 1000).toFixed(1)} s`],
    kind('first page of a state', 'first-page'),
    kind('a page 90% deep, by cursor', 'deep-page'),
    kind('one member (participant)', 'participant'),
    kind('where /category', 'where'),
    kind('count of a workflow’s active ones', 'count'),
  ];
});

const rows: Array<[string, string, string]> = [
  ['bare XState transition() (hand-written equivalent)', `${fmt(bare.perSecond)} events/s`, ''],
  ['the engine\'s step alone on the machine compiled from the JSON', `${fmt(compiled.perSecond)} events/s`, 'guards, set and effects as expressions; no throwaway actor'],
  ['engine.send(), in-memory store', `${fmt(send.perSecond)} events/s`, `bare / send = ${ratio.toFixed(2)}x (target ≤ 2x)`],
  [`heap per idle instance (${fmt(memory.count)} waiting)`, `${fmt(memory.bytesPerInstance)} B`, 'target ≤ 2,048 B'],
  ['  … each holding a submitted proposal', `${fmt(withContent.bytesPerInstance)} B`, 'content in data and audit trail'],
  ['sendMany(), 400 assignments (交办会)', `${ms(batch.sendMany.ms)}`, `${fmt(batch.sendMany.perSecond)} cmd/s; send() one by one: ${ms(batch.send.ms)}, ${fmt(batch.send.perSecond)} cmd/s`],
  ['  … store calls taking 1 ms (a database server)', `${ms(slowBatch.sendMany.ms)}`, `${fmt(slowBatch.sendMany.perSecond)} cmd/s; send() one by one: ${ms(slowBatch.send.ms)}, ${fmt(slowBatch.send.perSecond)} cmd/s`],
  [`tasks(), role holding all ${open}, limit 50, p50 / p95`, latency(tasks.all!.index), `full scan: ${latency(tasks.all!.scan)}`],
  ['  … sort: due', latency(tasks['all-due']!.index), `full scan: ${latency(tasks['all-due']!.scan)}`],
  ['  … a command committed before each query', latency(tasks['all-after-command']!.index), `full scan: ${latency(tasks['all-after-command']!.scan)}`],
  [`tasks(), role holding 1% (${fmt(tasks['one-percent']!.index.instances / 100)}), limit 50`, latency(tasks['one-percent']!.index), `full scan: ${latency(tasks['one-percent']!.scan)}`],
  ...throughputRows,
  ...inboxRows,
  ...instanceRows,
  ...peerRows(peers),
  ['first open of a new PGlite data directory (store, migrated)', ms(firstOpen['pglite-new-dir']), `PGlite.create(dir) + select 1 on a new dir: ${ms(firstOpen['pglite-bare-new-dir'])}; ${(firstOpen['pglite-bare-new-dir'] / firstOpen['pglite-new-dir']).toFixed(2)}x; target < 2,000 ms`],
  ['  … an existing data directory', ms(firstOpen['pglite-existing-dir']), ''],
  ['  … in memory', ms(firstOpen['pglite-memory']), ''],
  ['engines of all 7 presets (one per committee)', ms(firstOpen['engines-all-presets']), `compiling each distinct definition once: ${ms(firstOpen['compile-once'])}; target < 2,000 ms`],
];
console.log(`@luzhi/engine benchmarks (Node ${process.version}, ${fmt(bare.events)} events per round, median of ${bare.rounds.length})`);
for (const [what, value, note] of rows) console.log(`  ${what.padEnd(64)} ${value.padStart(18)}  ${note}`);
console.log(`Wall time per figure (each in its own process), ${(totalMs / 1000).toFixed(0)} s in all; load average ${load.start.toFixed(1)} at the start, ${load.end.toFixed(1)} at the end:`);
for (const { figure, ms: took } of timings) console.log(`  ${figure.padEnd(64)} ${`${(took / 1000).toFixed(1)} s`.padStart(18)}`);

const outDir = new URL('../../../bench-results/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(
  new URL('engine.json', outDir),
  JSON.stringify({ node: process.version, date: new Date().toISOString(), bare, compiled, send, ratio, memory, withContent, batch, slowBatch, tasks, throughput, inbox, instances, peers, firstOpen: { rounds: openRuns.get('pglite-new-dir')!.length, medians: firstOpen }, timings: { totalMs, load, figures: timings } }, null, 2) + '\n',
);
