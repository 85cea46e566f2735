/**
 * The six-step process beside bpmn-engine and bare XState (`peers.ts`), as `npm run bench` takes
 * it: one process per side and round (XState slows down once it has seen a second machine's
 * shapes), the sides alternating round by round, medians. Run alone, this file measures only
 * these figures, prints them and writes `bench-results/peers.json` at the repository root:
 *
 *   node --expose-gc --conditions=@luzhi/source --import tsx bench/peer-figures.ts [--quick]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './common.js';
import { figureProcesses, type MeasureFigure } from './figure-processes.js';
import type { PeerSide } from './peers.js';

/** In-memory time per step and instances per second of one side. */
export interface PeerSteps {
  usPerStep: number;
  instancesPerSecond: number;
}

/** Durable time per step (wall time over all steps of all callers), Luzhi against bpmn-engine. */
export interface PeerDurable {
  callers: number;
  luzhiUsPerStep: number;
  bpmnUsPerStep: number;
  ratio: number;
  rounds: Array<{ luzhi: number; bpmn: number }>;
}

/** Every figure of the comparison, with the rounds they are the medians of. */
export interface PeerFigures {
  steps: Record<PeerSide, PeerSteps>;
  memory: Record<PeerSide, { count: number; bytesPerInstance: number }>;
  durable: PeerDurable;
  /** The same with 16 callers at once on each side. */
  durable16: PeerDurable;
  rounds: Array<Record<PeerSide, PeerSteps>>;
}

const sides: PeerSide[] = ['luzhi', 'xstate', 'bpmn'];

/** Measures the comparison through `measure` (5 rounds, or 1 with `quick`). */
export function measurePeers(measure: MeasureFigure, quick: boolean): PeerFigures {
  const rounds: Array<Record<PeerSide, PeerSteps>> = [];
  for (let round = 0; round < (quick ? 1 : 5); round++) rounds.push(Object.fromEntries(sides.map((side) => [side, measure('peers', 'steps', side)])) as never);
  const middle = (side: PeerSide, key: keyof PeerSteps) => median(rounds.map((round) => round[side][key]));
  return {
    steps: Object.fromEntries(sides.map((side) => [side, { usPerStep: middle(side, 'usPerStep'), instancesPerSecond: middle(side, 'instancesPerSecond') }])) as never,
    memory: Object.fromEntries(sides.map((side) => [side, measure('peers', 'memory', side)])) as never,
    durable: measure('peers', 'durable', '1'),
    durable16: measure('peers', 'durable', '16'),
    rounds,
  };
}

/** The rows of the printed table: each figure with its ratio to bpmn-engine and to bare XState. */
export function peerRows({ steps, memory, durable, durable16 }: PeerFigures): Array<[string, string, string]> {
  const fmt = (n: number) => Math.round(n).toLocaleString('en');
  const us = (n: number) => `${n < 100 ? n.toFixed(1) : fmt(n)} µs`;
  const x = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)}x`;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    ['six user steps, in memory: time per step', us(steps.luzhi.usPerStep), `bpmn-engine ${us(steps.bpmn.usPerStep)} (Luzhi ${x(steps.bpmn.usPerStep / steps.luzhi.usPerStep)} faster); bare XState ${us(steps.xstate.usPerStep)} (XState / Luzhi ${x(steps.xstate.usPerStep / steps.luzhi.usPerStep)})`],
    ['  … instances/s (start to end)', `${fmt(steps.luzhi.instancesPerSecond)}/s`, `bpmn-engine ${fmt(steps.bpmn.instancesPerSecond)}/s (${x(steps.luzhi.instancesPerSecond / steps.bpmn.instancesPerSecond)}); bare XState ${fmt(steps.xstate.instancesPerSecond)}/s (${x(steps.luzhi.instancesPerSecond / steps.xstate.instancesPerSecond)})`],
    [`  … heap per instance waiting at step 1 (${fmt(memory.luzhi.count)})`, kb(memory.luzhi.bytesPerInstance), `bpmn-engine ${kb(memory.bpmn.bytesPerInstance)} over ${fmt(memory.bpmn.count)} (${x(memory.bpmn.bytesPerInstance / memory.luzhi.bytesPerInstance)} Luzhi's); XState snapshot ${kb(memory.xstate.bytesPerInstance)} (${x(memory.xstate.bytesPerInstance / memory.luzhi.bytesPerInstance)} Luzhi's)`],
    ['  … durable, PGlite in memory: time per step', us(durable.luzhiUsPerStep), `bpmn-engine, getState() saved and recovered per step: ${us(durable.bpmnUsPerStep)} (Luzhi ${x(durable.ratio)} faster)`],
    ['  … durable, 16 callers at once: wall time per step', us(durable16.luzhiUsPerStep), `bpmn-engine, 16 callers: ${us(durable16.bpmnUsPerStep)} (Luzhi ${x(durable16.ratio)} faster; target ≥ 10x)`],
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const peers = measurePeers((await figureProcesses(quick)).measure, quick);
  console.log(`Six user steps beside bpmn-engine and bare XState (Node ${process.version}, median of ${peers.rounds.length})`);
  for (const [what, value, note] of peerRows(peers)) console.log(`  ${what.padEnd(50)} ${value.padStart(12)}  ${note}`);
  const outDir = new URL('../../../bench-results/', import.meta.url);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(new URL('peers.json', outDir), JSON.stringify({ node: process.version, date: new Date().toISOString(), ...peers }, null, 2) + '\n');
}
