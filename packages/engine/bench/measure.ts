/**
 * Child-process entry of the benchmarks: runs one measurement and prints its JSON result.
 *
 *   measure.ts bare|compiled|send                 the command path
 *   measure.ts memory started|submitted           heap per idle instance
 *   measure.ts batch sendMany|send [latency-ms]   the assignment meeting (400 proposals)
 *   measure.ts tasks index|scan <kind>            to-do query latency (kind: see task-queries.ts)
 *   measure.ts throughput pglite|pglite-dir|postgres <clients>
 *                                                 send() and the two bare SQL transactions on a durable store
 *   measure.ts inbox pglite|postgres              to-do query latency with 100,000 (PostgreSQL: 1,000,000) open instances
 *   measure.ts instances pglite|postgres          instance-query latency with 100,000 (PostgreSQL: 1,000,000) instances
 *   measure.ts scale postgres [--wait]            both of the above on PostgreSQL, loaded one after the other; with
 *                                                 --wait, timed only once a line arrives on stdin (run.ts loads them
 *                                                 while it measures figures that do not use the server)
 *   measure.ts peers steps luzhi|xstate|bpmn      one round of the six-step process in memory
 *   measure.ts peers memory luzhi|xstate|bpmn     heap per instance waiting at its first user task
 *   measure.ts peers durable [callers]            Luzhi on PGlite against bpmn-engine saving its state there
 *   measure.ts open <kind>                        first start, once (kind: see first-open.ts)
 *
 * The PostgreSQL figures use the server in LUZHI_BENCH_PG (run.ts starts one), else their own.
 */
import { measureCommandPath } from './command-path.js';
import { measureFirstOpen, type FirstOpenKind } from './first-open.js';
import { benchIdleMemory } from './idle-memory.js';
import { measureAssignmentMeeting } from './send-many.js';
import { measureInbox, prepareInbox } from './inbox.js';
import { measureInstanceQueries, prepareInstanceQueries } from './instance-queries.js';
import { measurePeerDurable, measurePeerMemory, measurePeerSteps, type PeerSide } from './peers.js';
import type { BenchStoreKind } from './sql-databases.js';
import { measureStoreThroughput } from './store-throughput.js';
import { measureTaskQueries, type TaskQueryKind } from './task-queries.js';

const [what, arg, kind] = process.argv.slice(2).filter((value) => !value.startsWith('--'));
const quick = process.argv.includes('--quick');
/** Callers at once, for the durable peers figure (`peers durable [callers]`). */
const callers = what === 'peers' && arg === 'durable' ? Number(kind ?? 1) : 1;
/** Sizes of the to-do and instance-query figures: 1,000,000 on PostgreSQL, 100,000 on PGlite (quick: 100,000 and 10,000). */
const scale = (store: string) => ({
  instances: store === 'postgres' ? (quick ? 100_000 : 1_000_000) : quick ? 10_000 : 100_000,
  // Instance queries on PostgreSQL: fewer rounds at a million rows (the memory store's take about 0.1 s each).
  instanceQueries: store === 'postgres' ? (quick ? 5 : 20) : 30,
  storeQueries: store === 'postgres' ? 10 : 20,
  instanceWarmUp: store === 'postgres' ? 3 : 5,
});
/** Both PostgreSQL figures, loaded first; timed when `start` resolves. */
async function measureScale(start: Promise<void>) {
  const size = scale('postgres');
  const instances = await prepareInstanceQueries('postgres', { instances: size.instances, queries: size.instanceQueries, storeQueries: size.storeQueries, warmUp: size.instanceWarmUp });
  try {
    const inbox = await prepareInbox('postgres', { instances: size.instances, queries: 200 });
    try {
      await start;
      // The instance figure first: it drops the memory store holding its million rows once timed.
      const instanceFigure = await instances.measure();
      return { inbox: await inbox.measure(), instances: instanceFigure };
    } finally {
      await inbox.close();
    }
  } finally {
    await instances.close();
  }
}
/** Resolves at the first line on stdin; ends the process when stdin closes first (run.ts has gone). */
const stdinLine = () =>
  new Promise<void>((resolve) => {
    let line = false;
    process.stdin.on('data', (chunk) => {
      if (String(chunk).includes('\n')) (line = true), resolve();
    });
    process.stdin.on('end', () => line || process.exit(1));
  });
const peerInstances = { luzhi: quick ? 200 : 1_000, xstate: quick ? 2_000 : 10_000, bpmn: quick ? 30 : 200 };
const result =
  what === 'peers'
    ? arg === 'steps'
      ? await measurePeerSteps(kind as PeerSide, { instances: peerInstances[kind as PeerSide] })
      : arg === 'memory'
        ? await measurePeerMemory(kind as PeerSide, kind === 'bpmn' ? (quick ? 100 : 1_000) : quick ? 1_000 : 10_000)
        : await measurePeerDurable({
            instances: quick ? { luzhi: Math.max(10, 2 * callers), bpmn: Math.max(4, callers) } : { luzhi: Math.max(60, 4 * callers), bpmn: Math.max(20, 2 * callers) },
            rounds: quick ? 1 : 5,
            callers,
          })
  : what === 'open'
    ? await measureFirstOpen(arg as FirstOpenKind)
    : what === 'memory'
    ? await benchIdleMemory(quick ? 1_000 : 10_000, arg as 'started' | 'submitted')
    : what === 'batch'
      ? await measureAssignmentMeeting(arg as 'sendMany' | 'send', { proposals: 400, rounds: quick ? 1 : 5, latencyMs: Number(kind ?? 0) })
      : what === 'throughput'
        ? await measureStoreThroughput(arg as BenchStoreKind, Number(kind ?? 1), { warmUpCommands: quick ? 150 : 600, roundSeconds: quick ? 0.3 : 1, rounds: quick ? 1 : 3 })
        : what === 'inbox'
          ? await measureInbox(arg as BenchStoreKind, { instances: scale(arg!).instances, queries: 200 })
          : what === 'instances'
            ? await measureInstanceQueries(arg as BenchStoreKind, { instances: scale(arg!).instances, queries: scale(arg!).instanceQueries, storeQueries: scale(arg!).storeQueries, warmUp: scale(arg!).instanceWarmUp })
          : what === 'scale'
            ? await measureScale(process.argv.includes('--wait') ? stdinLine() : Promise.resolve())
          : what === 'tasks'
            ? await measureTaskQueries(arg as 'index' | 'scan', kind as TaskQueryKind, { instances: quick ? 2_000 : 10_000, queries: 200 })
            : await measureCommandPath(what as 'bare' | 'compiled' | 'send', { events: quick ? 9_000 : 15_000, rounds: quick ? 1 : 5 });
process.stdout.write(JSON.stringify(result));
