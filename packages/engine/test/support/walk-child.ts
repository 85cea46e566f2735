import { createInterface } from 'node:readline';
import { validateDefinition } from '../../src/index.js';
import { walk, type WalkJob } from './random-walk.js';

// Walks definitions for test/properties: one job per line on stdin, one result line per job on
// stdout. Progress lines go out before each step, so that the parent, which kills this process
// when a job takes too long, can tell where it hung.
const write = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);
const reader = createInterface({ input: process.stdin });
const jobs: string[] = [];
let busy = false;

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  for (let line = jobs.shift(); line !== undefined; line = jobs.shift()) {
    const { id, job } = JSON.parse(line) as { id: number; job: WalkJob };
    const outcome = await walk(job, (note) => write({ id, progress: note }));
    write({ id, outcome });
  }
  busy = false;
}

reader.on('line', (line) => {
  jobs.push(line);
  void drain();
});

// Compiles the workflow schema before the first job, so that start-up does not count against it.
validateDefinition({});
write({ ready: true });
