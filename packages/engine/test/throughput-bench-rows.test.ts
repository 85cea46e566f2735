import { describe, expect, it } from 'vitest';
import { lastStepOf } from '../bench/store-throughput.js';

/** The step each instance of a caller was last sent, by sending `done` commands in the benchmark's order. */
function simulated(done: number, instances: number, steps: number): number[] {
  // Before any command, every instance holds the rows of the set-up's last step.
  const holds = Array.from({ length: instances }, () => steps - 1);
  for (let n = 0; n < done; n++) holds[n % instances] = Math.floor(n / instances) % steps;
  return holds;
}

describe('the throughput benchmark checks the same-rows side against the step each instance holds', () => {
  it('for instances reached in the last pass, in earlier passes, and not reached at all', () => {
    for (const done of [0, 1, 5, 13, 15, 16, 17, 31, 47, 48, 49, 100, 1_000]) {
      const expected = simulated(done, 16, 3);
      const computed = expected.map((_, index) => lastStepOf(done, index, 16, 3));
      expect(computed, `after ${done} commands`).toEqual(expected);
    }
  });

  it('leaves an instance the caller has not reached with the rows it was copied with', () => {
    // 15 commands on 16 instances: the 16th still holds what the set-up left (the cycle's last step).
    expect(lastStepOf(15, 15, 16, 3)).toBe(2);
    expect(lastStepOf(15, 14, 16, 3)).toBe(0);
  });
});
