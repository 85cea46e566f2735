/** Child-process entry of the benchmarks: runs one measurement and prints its JSON result. */
import { measureCommandPath } from './command-path.js';
import { benchIdleMemory } from './idle-memory.js';

const [what, arg] = process.argv.slice(2);
const quick = process.argv.includes('--quick');
const result =
  what === 'memory'
    ? await benchIdleMemory(quick ? 1_000 : 10_000, arg as 'started' | 'submitted')
    : await measureCommandPath(what as 'bare' | 'compiled' | 'send', { events: quick ? 9_000 : 90_000, rounds: quick ? 1 : 5 });
process.stdout.write(JSON.stringify(result));
