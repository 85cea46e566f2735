import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreLockedError } from '@luzhi/engine';
import { DEFAULT_TICK_MS, readSettings, startFailure } from '../src/settings.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'oa-main-'));
const children: ChildProcess[] = [];
afterAll(() => {
  // A test that failed half-way leaves no server behind.
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `npm start`'s script with `env`; resolves with the process and its output so far once `until` matches or it exits. */
function run(env: Record<string, string>, until: RegExp): Promise<{ child: ChildProcess; output: string; code: number | null }> {
  const child = spawn(process.execPath, ['--conditions=@luzhi/source', '--import', 'tsx', 'src/main.ts'], {
    cwd: packageDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve) => {
    const check = () => {
      if (until.test(output)) resolve({ child, output, code: null });
    };
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      check();
    });
    child.stderr!.on('data', (chunk) => {
      output += chunk;
      check();
    });
    child.on('exit', (code) => resolve({ child, output, code }));
  });
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.on('exit', (code) => resolve(code)));

describe('npm start', () => {
  it('prints its URL, committee and store, serves, and stops cleanly on SIGTERM', async () => {
    const { child, output } = await run({ PORT: '0', LUZHI_DATA_DIR: dataDir, LUZHI_COMMITTEE: 'haian' }, /Luzhi OA server: .*\n/);
    const line = /Luzhi OA server: (http:\/\/localhost:\d+) {2}committee haian .* {2}store PGlite (.+)\n/.exec(output);
    expect(line, output).not.toBeNull();
    expect(line![2]).toBe(dataDir);
    const me = await fetch(`${line![1]}/api/me`, { headers: { 'x-luzhi-committee': 'haian', 'x-luzhi-persona': 'member' } });
    expect(((await me.json()) as { committee: string }).committee).toBe('haian');
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    // A first start initializes a PGlite database: slow on a busy machine.
  }, 180_000);

  it('refuses a malformed setting with a message in both languages', () => {
    const read = (env: Record<string, string>) => readSettings(env, dataDir);
    expect(read({})).toMatchObject({ port: 3000, host: '127.0.0.1', committee: 'base', dataDir, tickMs: DEFAULT_TICK_MS });
    expect(read({ PORT: 'eighty' })).toEqual({ error: expect.stringMatching(/PORT 须为.*PORT must be/) });
    expect(read({ PORT: '70000' })).toEqual({ error: expect.stringMatching(/PORT/) });
    expect(read({ LUZHI_TICK_MS: '5' })).toEqual({ error: expect.stringMatching(/LUZHI_TICK_MS 须为.*LUZHI_TICK_MS must be/) });
    expect(read({ LUZHI_WEBHOOK_URL: 'file:///etc/passwd' })).toEqual({ error: expect.stringMatching(/LUZHI_WEBHOOK_URL/) });
    for (const committee of ['__proto__', 'constructor', 'nowhere']) {
      expect(read({ LUZHI_COMMITTEE: committee })).toEqual({ error: expect.stringMatching(/LUZHI_COMMITTEE 须为.*LUZHI_COMMITTEE must be/) });
    }
  });

  it('says in one line why it cannot start: a port in use, a data directory another process holds', () => {
    expect(startFailure(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }), 3000)).toMatch(/端口 3000 已被占用.*Port 3000 is in use/);
    expect(startFailure(new StoreLockedError('/data', 42), 3000)).toBe(
      '数据目录 /data 已被进程 42 打开：同一目录只能由一个进程使用 · The data directory /data is open in process 42: one directory serves one process at a time',
    );
    const other = new Error('disk on fire');
    expect(startFailure(other, 3000)).toBe(other);
  });
});
