import { readFileSync } from 'node:fs';
import { chromiumLaunchOptions } from '@luzhi/test-env';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESET_INDEX_FILE, writablePresetIndex } from '../web/playground/preset-index.js';
import { startServer, type Running } from './api-harness.js';

const WORKFLOW = readFileSync(new URL('../../../packages/engine/test/fixtures/valid/opinion-report.json', import.meta.url), 'utf8');
const DROPPED = WORKFLOW.replace('"title": "社情民意信息"', '"title": "社情民意信息（拖入）"');
const BROKEN = WORKFLOW.replace('"to": "declined"', '"to": "nowhere"');

let server: Running;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer({ committees: ['base'], web: true });
  browser = await chromium.launch({ ...(await chromiumLaunchOptions()), headless: true });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${server.url}/playground`);
  await page.locator('#summary').filter({ hasText: '粘贴' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Puts `source` in the editor as a paste would, and waits for the check to finish. */
async function paste(source: string): Promise<void> {
  await page.evaluate((value) => {
    const area = document.querySelector<HTMLTextAreaElement>('#source')!;
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, source);
  await page.waitForFunction(() => {
    const summary = document.querySelector('#summary')!.textContent ?? '';
    return summary !== '' && !/正在检查|Checking/.test(summary);
  });
}

/** The issues listed: pointer, code, line and the message shown. */
const shownIssues = () =>
  page.locator('#issues button').evaluateAll((buttons) =>
    buttons.map((button) => ({
      pointer: (button as HTMLElement).dataset['pointer'],
      code: (button as HTMLElement).dataset['code'],
      line: (button as HTMLElement).dataset['line'],
      message: button.querySelector('.message')!.textContent,
    })),
  );

const diagramStates = () => page.locator('luzhi-diagram').evaluate((element) => [...element.shadowRoot!.querySelectorAll('g[data-state]')].map((group) => group.getAttribute('data-state')));

describe('the playground', () => {
  it('lists the presets it bundles as they are in the presets folder', () => {
    expect(readFileSync(PRESET_INDEX_FILE, 'utf8'), 'run npx tsx web/playground/preset-index.ts').toBe(writablePresetIndex());
  });

  it('shows an invalid workflow\'s problems in Chinese with their pointers, highlights the line and moves to it when clicked', async () => {
    await paste(BROKEN);
    await expect.poll(() => page.locator('#summary').textContent()).toMatch(/发现 \d+ 个问题/);
    const line = BROKEN.split('\n').findIndex((each) => each.includes('"nowhere"')) + 1;
    const issues = await shownIssues();
    const target = issues.find((issue) => issue.pointer === '/states/submitted/on/decline/to');
    expect(target).toMatchObject({ line: String(line) });
    expect(target!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.locator(`#backdrop mark[data-line="${line}"]`).textContent()).toContain('"nowhere"');

    await page.locator('#issues button[data-pointer="/states/submitted/on/decline/to"]').click();
    expect(await page.locator('#backdrop mark.current').getAttribute('data-line')).toBe(String(line));
    const selected = await page.locator('#source').evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd));
    expect(selected).toContain('"nowhere"');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('source');
    expect(await page.locator('luzhi-diagram').isHidden()).toBe(true);
  });

  it('says the same problems in English when switched, and back', async () => {
    await page.locator('#language').click();
    expect(await page.locator('#summary').textContent()).toMatch(/problem\(s\) found/);
    const target = (await shownIssues()).find((issue) => issue.pointer === '/states/submitted/on/decline/to');
    expect(target!.message).not.toMatch(/[\u4e00-\u9fff]/);
    await page.locator('#language').click();
    expect(await page.locator('#summary').textContent()).toMatch(/发现/);
  });

  it('draws the diagram once the workflow is fixed', async () => {
    await paste(WORKFLOW);
    expect(await page.locator('#summary').textContent()).toContain('opinion-report@1');
    expect(await shownIssues()).toEqual([]);
    expect(await page.locator('#backdrop mark').count()).toBe(0);
    await expect.poll(diagramStates).toEqual(expect.arrayContaining(['submitted', 'adopted', 'declined']));
  });

  it('loads a Hai\'an overlay from the menu, resolves it against the base and validates it', async () => {
    await page.locator('#example').selectOption('haian/consultation.overlay.json');
    await page.locator('#summary').filter({ hasText: 'consultation@' }).waitFor();
    expect(await page.locator('#summary').getAttribute('data-valid')).toBe('true');
    expect(await page.locator('#source').inputValue()).toContain('"extends": "@luzhi/presets/base/consultation"');
    await expect.poll(diagramStates).toContain('countersigning');
  });

  it('runs a shipped scenario of the overlay in the browser: every step passes and the coverage is shown', async () => {
    const offline = await page.locator('#scenario-pick option', { hasText: 'offline' }).getAttribute('value');
    await page.locator('#scenario-pick').selectOption(offline!);
    await expect.poll(() => page.locator('#scenario-source').inputValue()).toContain('"steps"');
    await page.locator('#run').click();
    const outcome = page.locator('.scenario-outcome');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-ok')).toBe('true');
    const rows = await page.locator('table.steps tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['ok']));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((ok) => ok === 'true')).toBe(true);
    expect(await page.locator('.coverage').textContent()).toMatch(/覆盖：\d+ \/ \d+/);
  });

  it('runs a scenario whose workflow starts another with the workflows of the example\'s own preset', async () => {
    await page.locator('#example').selectOption('haian/hotline-ticket.workflow.json');
    await page.locator('#summary').filter({ hasText: 'hotline-ticket@' }).waitFor();
    const topic = await page.locator('#scenario-pick option', { hasText: 'topic' }).getAttribute('value');
    await page.locator('#scenario-pick').selectOption(topic!);
    await expect.poll(() => page.locator('#scenario-source').inputValue()).toContain('$started.0');
    await page.locator('#run').click();
    await page.locator('.scenario-outcome').waitFor();
    expect(await page.locator('.scenario-outcome').getAttribute('data-ok'), await page.locator('.scenario-outcome').textContent() ?? '').toBe('true');
  });

  it('resolves an overlay pasted by hand that extends a preset by its package name', async () => {
    await paste(JSON.stringify({ extends: '@luzhi/presets/haian/consultation', patch: { version: 3, title: { 'zh-CN': '协商议事（试行）', en: 'Consultation (trial)' } } }, null, 2));
    expect(await page.locator('#summary').textContent()).toContain('consultation@3');
  });

  it('moves to the overlay\'s extends for a problem in a state the overlay only inherits', async () => {
    await page.locator('#example').selectOption('haian/consultation.overlay.json');
    await page.locator('#summary').filter({ hasText: 'consultation@2' }).waitFor();
    const overlay = await page.locator('#source').inputValue();
    await paste(overlay.replace('"to": "researching"', '"to": "researchin"'));
    const issues = await shownIssues();
    expect(issues.find((issue) => issue.code === 'target.unknown')?.pointer).toMatch(/^\/operations\/\d+\/state\/on\/countersign\/to$/);
    const inherited = issues.find((issue) => issue.pointer === '/states/researching');
    const extendsLine = overlay.split('\n').findIndex((line) => line.includes('"extends"')) + 1;
    expect(inherited).toMatchObject({ line: String(extendsLine) });
    await page.locator('#issues button[data-pointer="/states/researching"]').click();
    expect(await page.locator('#backdrop mark.current').getAttribute('data-line')).toBe(String(extendsLine));
  });

  it('refuses an overlay extending an unknown preset, an unknown workflow, a URL or a path, saying why in both languages', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['@luzhi/presets/nowhere/proposal', 'overlay.extendsUnreadable', /没有名为“nowhere”的预设/],
      ['@luzhi/presets/haian/nothing', 'overlay.extendsUnreadable', /没有流程“nothing”/],
      ['https://example.com/proposal.workflow.json', 'overlay.referenceInvalid', /网址/],
      ['../base/proposal.workflow.json', 'overlay.referenceInvalid', /试验场只能读取预设流程/],
      ['@luzhi/presets/../../etc/passwd', 'overlay.referenceInvalid', /不是预设流程的引用/],
    ];
    for (const [ref, code, message] of cases) {
      await paste(`{\n  "extends": ${JSON.stringify(ref)}\n}`);
      const issues = await shownIssues();
      expect(issues, ref).toEqual([{ pointer: '/extends', code, line: '2', message: expect.stringMatching(message) }]);
    }
    await page.locator('#language').click();
    expect((await shownIssues())[0]!.message).toMatch(/not a preset reference/);
    await page.locator('#language').click();
  });

  it('answers text that is not JSON, nested too deeply, or with prototype keys with located problems, and pollutes nothing', async () => {
    await paste('{\n  "id": "x",\n  oops\n}');
    expect(await shownIssues()).toEqual([expect.objectContaining({ code: 'json.syntax', line: '3' })]);
    expect(await page.locator('#backdrop mark[data-line="3"]').count()).toBe(1);

    await paste(`${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect((await shownIssues()).map((issue) => issue.code)).toEqual(['limit.jsonDepth']);
    await paste(`{\n  "id": "deep",\n  "initial": ${'['.repeat(200)}${']'.repeat(200)}\n}`);
    expect(await shownIssues()).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'limit.jsonDepth', line: '3' })]));

    for (const odd of ['42', 'null', '[]', '"workflow"', '{ "extends": 5 }', '{ "extends": "@luzhi/presets/haian/consultation", "operations": "all" }', '{}']) {
      await paste(odd);
      const issues = await shownIssues();
      expect(issues.length, odd).toBeGreaterThan(0);
      expect(issues.every((issue) => /[\u4e00-\u9fff]/.test(issue.message ?? '')), odd).toBe(true);
      expect(await page.locator('#summary').getAttribute('data-valid')).toBe('false');
    }

    const hostile = WORKFLOW.replace('"id": "opinion-report",', '"__proto__": { "polluted": true },\n  "constructor": { "prototype": { "polluted": true } },\n  "id": "opinion-report",');
    await paste(hostile);
    const pointers = (await shownIssues()).map((issue) => issue.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/__proto__', '/constructor']));
    expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
    expect(await page.locator('luzhi-diagram').isHidden()).toBe(true);
  });

  it('refuses a 5 MB file unread, saying the limit', async () => {
    expect(await page.locator('.limits').textContent()).toBe('上限：流程文本和场景文本各 1 MiB（1,048,576 字节），JSON 嵌套 128 层，一个场景 500 步。');
    await page.locator('#file').setInputFiles({ name: 'huge.workflow.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024, 0x20) });
    await page.locator('#notice').filter({ hasText: 'huge.workflow.json' }).waitFor();
    expect(await page.locator('#notice').textContent()).toMatch(/超过上限 1,048,576 字节（1 MiB）/);
  });

  it('refuses more than 1 MiB of pasted text unchecked, saying the limit', async () => {

    // 1.2 MB: over the limit by a fifth, so nothing is parsed.
    await paste(`[\n${`  "${'政协委员'.repeat(150)}",\n`.repeat(900)}  0\n]`);
    expect(await shownIssues()).toEqual([expect.objectContaining({ code: 'limit.textLength', pointer: '', message: expect.stringMatching(/1 MiB/) })]);
  });

  it('loads a file chosen from the disk or dropped on the text', async () => {
    await page.locator('#file').setInputFiles({ name: 'opinion.workflow.json', mimeType: 'application/json', buffer: Buffer.from(WORKFLOW) });
    await page.locator('#summary').filter({ hasText: 'opinion-report@1' }).waitFor();
    expect(await page.locator('#source').inputValue()).toBe(WORKFLOW);

    await page.evaluate((source) => {
      const files = new DataTransfer();
      files.items.add(new File([source], 'dropped.workflow.json', { type: 'application/json' }));
      document.querySelector('#editor')!.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    }, DROPPED);
    await expect.poll(() => page.locator('#source').inputValue()).toBe(DROPPED);
    await page.locator('#summary').filter({ hasText: 'opinion-report@1' }).waitFor();
  });

  it('refuses scenario text that is not JSON or has too many steps, and reports a failing step', async () => {
    const run = async (source: string) => {
      await page.locator('#scenario-source').fill(source);
      await page.locator('#run').click();
      await page.locator('.scenario-outcome').waitFor();
      return page.locator('.scenario-outcome');
    };
    expect(await (await run('{ "steps": [')).textContent()).toMatch(/场景不是有效的 JSON/);
    const many = JSON.stringify({ start: { actor: { id: 'a', roles: [] } }, steps: Array.from({ length: 501 }, () => ({ expect: { state: 'submitted' } })) });
    expect(await (await run(many)).textContent()).toMatch(/超过试验场的上限 500 步/);
    const failing = JSON.stringify({ start: { actor: { id: 'a', roles: ['member'] } }, steps: [{ send: 'adopt', actor: { id: 'e', roles: ['editor'] }, expect: { state: 'declined' } }] });
    const outcome = await run(failing);
    expect(await outcome.getAttribute('data-ok')).toBe('false');
    expect(await page.locator('table.steps tr[data-step="1"]').getAttribute('data-ok')).toBe('false');
  });

  it('logged no error on the way', () => {
    expect(errors).toEqual([]);
  });
});
