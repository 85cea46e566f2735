#!/usr/bin/env node
/**
 * The `luzhi` command.
 *
 * - An installed (built) package runs `dist/cli.js` in this process.
 * - In the Luzhi repository before a build — or whenever `LUZHI_CLI_SOURCE=1` is set, so that the
 *   current sources are run even next to an older build — it runs `src/cli/main.ts` in a child
 *   Node process that loads TypeScript through tsx and resolves workspace packages with the
 *   `@luzhi/source` condition. tsx is found from this file's location, not the working directory,
 *   so the command works from any folder. The child's exit status (or signal) becomes ours.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/cli.js', import.meta.url);
const source = new URL('../src/cli/main.ts', import.meta.url);
const fromSource = process.env.LUZHI_CLI_SOURCE === '1' || !existsSync(fileURLToPath(dist));

const fail = (zh, en) => {
  process.stderr.write(`luzhi: ${zh}\nluzhi: ${en}\n`);
  process.exit(1);
};

if (!fromSource) {
  await import(dist.href);
} else {
  if (!existsSync(fileURLToPath(source))) {
    fail(
      '找不到 dist/cli.js：请先构建 @luzhi/engine（npm run build）',
      'dist/cli.js is missing: build @luzhi/engine first (npm run build)',
    );
  }
  let tsx;
  try {
    tsx = import.meta.resolve('tsx');
  } catch {
    fail(
      '从源码运行需要 tsx：请在仓库根目录执行 npm install',
      'running from source needs tsx: run npm install at the repository root',
    );
  }
  const child = spawn(
    process.execPath,
    ['--conditions=@luzhi/source', '--import', tsx, fileURLToPath(source), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => fail(`无法启动：${error.message}`, `cannot start: ${error.message}`));
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const name of signals) process.removeAllListeners(name);
      process.kill(process.pid, signal);
      return;
    }
    process.exitCode = code ?? 1;
  });
}
