#!/usr/bin/env node
/**
 * Runs `vitest run` in the current package and exits with its status. Vitest's browser mode can
 * stay alive once a run is over, when the browser provider's shutdown never completes: the run
 * passed or failed, its JSON report is written, and nothing ends the process. Once that report
 * is written, the process gets a grace period to exit; after it, the process (and the browser it
 * started) is stopped and the report's own outcome gives the exit status, so a finished run can
 * never hang `npm test`.
 *
 * Arguments are passed to vitest. The report is the one the package's vitest config writes,
 * `test-results/vitest.json`. `LUZHI_VITEST_GRACE_MS` sets the grace period (30 s by default).
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const REPORT = join(process.cwd(), 'test-results', 'vitest.json');
/** How long a run may take to exit once its report is written (`LUZHI_VITEST_GRACE_MS`, default 30 s). */
const GRACE_MS = Number(process.env.LUZHI_VITEST_GRACE_MS) > 0 ? Number(process.env.LUZHI_VITEST_GRACE_MS) : 30_000;
const POLL_MS = 1_000;

const vitestPackage = createRequire(join(process.cwd(), 'package.json')).resolve('vitest/package.json');
const vitest = join(dirname(vitestPackage), JSON.parse(readFileSync(vitestPackage, 'utf8')).bin.vitest);
const started = Date.now();
// Its own process group, so that stopping it stops the browser it launched too.
const child = spawn(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { stdio: 'inherit', detached: true });

/**
 * Stops the run and everything it started (its process group).
 * @param {NodeJS.Signals} signal
 */
function stop(signal) {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** When the report was last written, or 0 when it has not been written since the run started. */
function reportWritten() {
  try {
    const written = statSync(REPORT).mtimeMs;
    return written >= started ? written : 0;
  } catch {
    return 0;
  }
}

/** Whether the written report says every test passed. */
function reportPassed() {
  try {
    const report = JSON.parse(readFileSync(REPORT, 'utf8'));
    return report.success === true && report.numFailedTests === 0;
  } catch {
    return false;
  }
}

const watch = setInterval(() => {
  const written = reportWritten();
  if (written === 0 || Date.now() - written < GRACE_MS) return;
  clearInterval(watch);
  const passed = reportPassed();
  process.stderr.write(`vitest did not exit ${GRACE_MS / 1000} s after writing its report; stopped it (${passed ? 'all passed' : 'failures'})\n`);
  stop('SIGKILL');
  process.exit(passed ? 0 : 1);
}, POLL_MS);

child.on('exit', (code, signal) => {
  clearInterval(watch);
  process.exit(code ?? (signal ? 1 : 0));
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => stop(signal));
}
