import { LoopError } from '../errors.js';
import { MAX_MICROSTEPS } from '../compile/machine-config.js';

/**
 * Runs one XState macrostep (`initialTransition` or `transition`) and turns XState's refusal to go
 * on after {@link MAX_MICROSTEPS} eventless steps into a typed {@link LoopError}, whether XState
 * throws it or (on the initial step) hands back a snapshot in error. Validation refuses loops of
 * eventless moves; this guards the runtime even so, before anything is written.
 */
export function withStepLimit<T extends readonly [{ status: string; error?: unknown }, ...unknown[]]>(eventType: string, step: () => T): T {
  let result: T;
  try {
    result = step();
  } catch (error) {
    throw asLoopError(error, eventType) ?? error;
  }
  const [snapshot] = result;
  if (snapshot.status === 'error') throw asLoopError(snapshot.error, eventType) ?? snapshot.error;
  return result;
}

function asLoopError(error: unknown, eventType: string): LoopError | undefined {
  return error instanceof Error && error.message.startsWith('Infinite loop detected') ? new LoopError(eventType, MAX_MICROSTEPS) : undefined;
}
