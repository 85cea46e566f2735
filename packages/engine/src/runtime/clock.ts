import { addDuration } from './duration.js';

/** Where the engine reads the time. Inject a virtual clock in tests and simulations. */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to: for tests, `luzhi simulate` and replays. */
export interface VirtualClock extends Clock {
  /** Moves the clock forward by an ISO 8601 duration (`P1M`, `PT2H`). */
  advance(duration: string): Date;
  /** Sets the clock to an instant (it may not go backwards). */
  set(instant: Date | string): Date;
}

/** Creates a {@link VirtualClock} starting at `start` (default: the Unix epoch). */
export function createVirtualClock(start: Date | string = new Date(0)): VirtualClock {
  let current = new Date(start);
  if (Number.isNaN(current.getTime())) throw new RangeError(`Invalid clock start: ${String(start)}`);
  return {
    now: () => new Date(current),
    advance(duration) {
      current = addDuration(current, duration);
      return new Date(current);
    },
    set(instant) {
      const next = new Date(instant);
      if (Number.isNaN(next.getTime()) || next < current) {
        throw new RangeError(`The clock cannot move to ${String(instant)}`);
      }
      current = next;
      return new Date(current);
    },
  };
}
