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
export function propertyParameters<T>(defaultRuns: number, budgetMs = DEFAULT_BUDGET_MS): fc.Parameters<T> {
  const runs = propertyRuns(defaultRuns);
  return {
    numRuns: runs.numRuns,
    seed: runs.seed,
    ...(runs.path === undefined ? {} : { path: runs.path }),
    // A failure found is still reported when its shrinking is cut short; a run cut short without
    // one passes with the cases it ran.
    interruptAfterTimeLimit: runs.timeLeftMs ?? budgetMs,
    markInterruptAsFailure: false,
  };
}

/**
 * How long one property may take in the bounded run, shrinking included: a counterexample that
 * hangs costs a watchdog timeout at every shrinking step, so shrinking is cut short after this.
 */
export const DEFAULT_BUDGET_MS = 90_000;

/** The vitest timeout of a property test: its budget (or the time to the deadline) and a margin. */
export function propertyTimeout(budgetMs = DEFAULT_BUDGET_MS): number {
  return (propertyRuns(1).timeLeftMs ?? budgetMs) + 60_000;
}
