/** Small helpers shared by the benchmarks. */
import { readFileSync } from 'node:fs';

/** The example proposal workflow (提、立、交、办、督、评), parsed. */
export const proposalDefinition: unknown = JSON.parse(
  readFileSync(new URL('../../../examples/proposal/proposal.workflow.json', import.meta.url), 'utf8'),
);

/** Collects garbage left by earlier work (with `--expose-gc`), so a measurement pays only for its own. */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The value below which `fraction` of `values` fall (nearest rank). */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

/** The median of `values`. */
export const median = (values: readonly number[]): number => percentile(values, 0.5);

/** Heap in use after two full collections (the process must run with `--expose-gc`). */
export function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
