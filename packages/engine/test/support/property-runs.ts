import fc from 'fast-check';

/**
 * How the property tests run, from the environment:
 *
 * - `LUZHI_FUZZ_RUNS`: cases per property (a small default, so `npm test` stays quick).
 * - `LUZHI_FUZZ_SEED`: the seed. `npm test` uses a fixed one, so a failure there is the same on
 *   every machine; `npm run fuzz` draws a new one for every round and prints it.
 * - `LUZHI_FUZZ_PATH`: with the seed, replays one failing case (the `path` fast-check printed).
 * - `LUZHI_FUZZ_DEADLINE`: an instant (ms since the epoch) at which every property stops drawing
 *   new cases and passes with what it ran (the long run's time bound).
 */
export interface PropertyRuns {
  numRuns: number;
  seed: number;
  path: string | undefined;
  /** Milliseconds left before the deadline, when there is one. */
  timeLeftMs: number | undefined;
}

/** The seed `npm test` uses when none is given. */
export const DEFAULT_SEED = 20_261_206;

function integerFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, not "${raw}"`);
  return value;
}

/** The settings of this run (read once per test file). */
export function propertyRuns(defaultRuns: number): PropertyRuns {
  const deadline = integerFromEnv('LUZHI_FUZZ_DEADLINE', 0);
  return {
    numRuns: integerFromEnv('LUZHI_FUZZ_RUNS', defaultRuns),
    seed: integerFromEnv('LUZHI_FUZZ_SEED', DEFAULT_SEED),
    path: process.env.LUZHI_FUZZ_PATH || undefined,
    timeLeftMs: deadline > 0 ? Math.max(1_000, deadline - Date.now()) : undefined,
  };
}

/**
 * fast-check parameters for one property: `defaultRuns` cases unless the environment says
 * otherwise, the run's seed (the one fast-check prints on failure: give it back as
 * `LUZHI_FUZZ_SEED`, with the printed `path` as `LUZHI_FUZZ_PATH`, to replay the shrunk case), and
 * in a time-bounded run, an interruption at the deadline that does not count as a failure.
 */
export function propertyParameters<T>(defaultRuns: number): fc.Parameters<T> {
  const runs = propertyRuns(defaultRuns);
  return {
    numRuns: runs.numRuns,
    seed: runs.seed,
    ...(runs.path === undefined ? {} : { path: runs.path }),
    ...(runs.timeLeftMs === undefined ? {} : { interruptAfterTimeLimit: runs.timeLeftMs, markInterruptAsFailure: false }),
  };
}

/**
 * The vitest timeout of a property test: `perRunMs` per case (and room to shrink a failure) in
 * the bounded run; in a time-bounded run, until the deadline and a margin to shrink.
 */
export function propertyTimeout(defaultRuns: number, perRunMs: number): number {
  const runs = propertyRuns(defaultRuns);
  if (runs.timeLeftMs !== undefined) return runs.timeLeftMs + 10 * 60_000;
  return 60_000 + runs.numRuns * perRunMs * 3;
}
