import { startChildScript, type ChildScript } from './child-script.js';
import type { WalkJob, WalkOutcome } from './random-walk.js';

/** Walks jobs in a child process, killed and replaced when a job runs past its time. */
export interface WalkRunner {
  /** Walks one job; a job that takes longer than the timeout is a `hang` finding, a dead child a `crash`. */
  run(job: WalkJob): Promise<WalkOutcome>;
  close(): Promise<void>;
}

/**
 * A runner with a watchdog: a command that blocks the event loop cannot be interrupted from the
 * thread that runs it, so the walk runs in another process that is killed after `timeoutMs`.
 */
export function createWalkRunner(timeoutMs: number): WalkRunner {
  let child: Promise<ChildScript> | undefined;
  let jobs = 0;
  const start = async () => {
    const started = startChildScript('walk-child.ts', []);
    await started.nextLine(); // {"ready":true}: the watchdog counts from here
    return started;
  };
  const stop = async () => {
    const running = await child?.catch(() => undefined);
    child = undefined;
    if (!running) return;
    running.end();
    running.process.kill('SIGKILL');
    await running.exited;
  };
  // One job at a time: a caller that gave up on a job (a property interrupted at its time limit)
  // must not have its watchdog kill the child under the next caller's job.
  let queue: Promise<unknown> = Promise.resolve();
  const runOne = async (job: WalkJob): Promise<WalkOutcome> => {
    child ??= start();
    const current = await child;
    const id = ++jobs;
    current.send(JSON.stringify({ id, job }));
    let last = 'before the first step';
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      for (;;) {
        const line = await Promise.race([current.nextLine(), timedOut]);
        if (line === 'timeout') {
          await stop();
          return { result: 'finding', finding: { kind: 'hang', phase: 'walk', detail: `no answer within ${timeoutMs} ms; last: ${last}` } };
        }
        const message = JSON.parse(line) as { id: number; progress?: string; outcome?: WalkOutcome };
        if (message.id !== id) continue;
        if (message.progress !== undefined) last = message.progress;
        if (message.outcome !== undefined) return message.outcome;
      }
    } catch (error) {
      await stop();
      return { result: 'finding', finding: { kind: 'crash', phase: 'walk', detail: `last: ${last}; ${String(error).slice(0, 2_000)}` } };
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    run(job) {
      const result = queue.then(() => runOne(job));
      queue = result.catch(() => undefined);
      return result;
    },
    close: () => queue.then(stop),
  };
}
