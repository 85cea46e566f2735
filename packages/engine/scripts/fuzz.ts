import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run fuzz`: the property tests of test/properties, round after round, each round with a new
// seed and many more cases than `npm test` runs, until the time is up (LUZHI_FUZZ_MINUTES, 10 by
// default). Stops at the first failing round and prints how to replay it.

const minutes = Number(process.env.LUZHI_FUZZ_MINUTES ?? 10);
const roundRuns = Number(process.env.LUZHI_FUZZ_ROUND_RUNS ?? 400);
if (!(minutes > 0) || !Number.isSafeInteger(roundRuns) || roundRuns < 1) {
  console.error('LUZHI_FUZZ_MINUTES must be a positive number and LUZHI_FUZZ_ROUND_RUNS a positive integer');
  process.exit(2);
}
const deadline = Date.now() + minutes * 60_000;
const engineRoot = fileURLToPath(new URL('..', import.meta.url));
const fixedSeed = process.env.LUZHI_FUZZ_SEED;
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

function round(seed: number): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vitest, 'run', '--config', 'vitest.properties.config.ts'], {
      cwd: engineRoot,
      stdio: 'inherit',
      env: {
        ...process.env,
        LUZHI_FUZZ_SEED: String(seed),
        LUZHI_FUZZ_RUNS: String(roundRuns),
        LUZHI_FUZZ_DEADLINE: String(deadline),
      },
    });
    child.once('close', (code) => resolve(code ?? 1));
  });
}

let rounds = 0;
while (Date.now() < deadline - 30_000) {
  const seed = fixedSeed === undefined ? randomInt(2 ** 31) : Number(fixedSeed);
  rounds++;
  console.log(`\nluzhi fuzz: round ${rounds}, seed ${seed}, up to ${roundRuns} cases per property, ${Math.round((deadline - Date.now()) / 1000)} s left`);
  const code = await round(seed);
  if (code !== 0) {
    console.error(
      `\nluzhi fuzz: round ${rounds} found a failure. Replay it with\n` +
        `  LUZHI_FUZZ_SEED=${seed} LUZHI_FUZZ_RUNS=${roundRuns} npx vitest run --config vitest.properties.config.ts\n` +
        'in packages/engine; to run only the shrunk case, add LUZHI_FUZZ_PATH=<the path fast-check printed> and -t "<the test\'s name>".',
    );
    process.exit(1);
  }
  if (fixedSeed !== undefined) break;
}
console.log(`\nluzhi fuzz: ${rounds} round(s) in ${minutes} minute(s), no failure`);
