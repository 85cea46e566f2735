import { z } from 'zod';

/** The interval of a timer loop: setInterval holds at most 2^31 - 1 ms (about 24.8 days); more would fire at once, again and again. */
export const intervalMsSchema = z.number().int().min(1).max(2 ** 31 - 1);

/** How often a loop runs when not told: every minute. */
export const DEFAULT_INTERVAL_MS = 60_000;

/**
 * Calls `run` every `intervalMs`, never twice at once: a call still running when the next is due
 * makes that one skip. An error is handed to `onError` (logged when there is none) and the loop
 * goes on. The interval does not keep the process alive.
 */
export function startIntervalLoop(
  run: () => Promise<void>,
  options: { intervalMs?: number | undefined; onError?: ((error: unknown) => void) | undefined },
): { stop(): void } {
  let running = false;
  const tick = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      await run();
    } catch (error) {
      if (options.onError) options.onError(error);
      else console.error('luzhi: 定时任务出错 / timer run failed:', error);
    } finally {
      running = false;
    }
  };
  const handle = setInterval(() => void tick(), options.intervalMs ?? DEFAULT_INTERVAL_MS);
  (handle as { unref?: () => void }).unref?.();
  return { stop: () => clearInterval(handle) };
}
