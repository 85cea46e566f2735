import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../src/vitest-run.js', import.meta.url));

/**
 * A package folder whose `vitest` writes a report saying whether the run passed, then either exits
 * with `status` or never exits (as a browser run whose shutdown hangs).
 */
function fakePackage(report: { success: boolean; numFailedTests: number }, ending: { exit: number } | 'hang'): string {
  const folder = mkdtempSync(join(tmpdir(), 'luzhi-vitest-run-'));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'fake', type: 'module' }));
  mkdirSync(join(folder, 'node_modules', 'vitest'), { recursive: true });
  writeFileSync(join(folder, 'node_modules', 'vitest', 'package.json'), JSON.stringify({ name: 'vitest', bin: { vitest: './vitest.mjs' } }));
  writeFileSync(
    join(folder, 'node_modules', 'vitest', 'vitest.mjs'),
    `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/vitest.json', ${JSON.stringify(JSON.stringify(report))});
${ending === 'hang' ? 'setInterval(() => {}, 1000);' : `process.exit(${ending.exit});`}
`,
  );
  return folder;
}

const run = (cwd: string) => spawnSync(process.execPath, [script], { cwd, encoding: 'utf8', env: { ...process.env, LUZHI_VITEST_GRACE_MS: '1500' }, timeout: 30_000 });

describe('running vitest so that a finished run cannot hang', () => {
  it('exits with the status of a run that ends by itself', () => {
    expect(run(fakePackage({ success: true, numFailedTests: 0 }, { exit: 0 })).status).toBe(0);
    expect(run(fakePackage({ success: false, numFailedTests: 2 }, { exit: 1 })).status).toBe(1);
  });

  it('stops a run that stays alive after writing its report, and exits as the report says', () => {
    const passed = run(fakePackage({ success: true, numFailedTests: 0 }, 'hang'));
    expect(passed.status).toBe(0);
    expect(passed.stderr).toContain('vitest did not exit');
    const failed = run(fakePackage({ success: false, numFailedTests: 1 }, 'hang'));
    expect(failed.status).toBe(1);
  });
});
