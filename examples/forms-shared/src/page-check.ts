/**
 * The check every forms example's test runs: serve the example with vite, open it in headless
 * Chromium (the one @luzhi/test-env finds or provisions), and use it as a person would — open a task from the
 * inbox with the keyboard, take an action in the task panel — asserting on the page as it goes.
 */
import { chromiumLaunchOptions } from '@luzhi/test-env';
import { chromium, type Browser, type Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A served example open in a browser page. */
export interface OpenedExample {
  page: Page;
  url: string;
  /** Messages the page logged as errors, and uncaught exceptions. */
  errors: string[];
  close(): Promise<void>;
}

/** Serves the example in `root` (with its vite.config.ts) and opens it in headless Chromium. */
export async function openExample(root: string): Promise<OpenedExample> {
  const server: ViteDevServer = await createServer({ root, configFile: `${root}/vite.config.ts`, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const url = server.resolvedUrls!.local[0]!;
  const browser: Browser = await chromium.launch({ ...(await chromiumLaunchOptions()), headless: true });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return {
    page,
    url,
    errors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** What {@link takeFirstAction} saw before and after the action. */
export interface ActionOutcome {
  inboxRows: number;
  stepBefore: string;
  stepAfter: string;
  currentBefore: string[];
  currentAfter: string[];
  eventsBefore: number;
  eventsAfter: number;
  inboxRowsAfter: number;
}

const text = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/**
 * As the page's default actor (the proposal office): focuses the inbox's first task and opens it
 * with Enter, then chooses the panel's action `label` and confirms it with the keyboard. Returns
 * what the inbox, panel, diagram and timeline showed before and after.
 */
export async function takeFirstAction(page: Page, label: string): Promise<ActionOutcome> {
  const rows = page.locator('luzhi-inbox [role=option]');
  await rows.first().waitFor();
  const inboxRows = await rows.count();
  await rows.first().focus();
  await page.keyboard.press('Enter');

  const step = page.locator('luzhi-task-panel [part=step]');
  await step.waitFor();
  const events = page.locator('luzhi-timeline [part=event]');
  await events.first().waitFor();
  const current = () => page.locator('luzhi-diagram g[part~=current]').evaluateAll((groups) => groups.map((group) => group.getAttribute('data-state')!));
  const before = { step: text(await step.textContent()), current: await current(), events: await events.count() };

  await page.locator('luzhi-task-panel [part~=action]', { hasText: label }).first().focus();
  await page.keyboard.press('Enter');
  await page.locator('luzhi-task-panel [part=confirm]').waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (previous) => {
      const panel = document.querySelector('luzhi-task-panel');
      return panel?.shadowRoot?.querySelector('[part=step]')?.textContent?.replace(/\s+/g, ' ').trim() !== previous;
    },
    before.step,
  );
  await page.waitForFunction((count) => (document.querySelector('luzhi-timeline')?.shadowRoot?.querySelectorAll('[part=event]').length ?? 0) > count, before.events);
  await page.waitForFunction((count) => (document.querySelector('luzhi-inbox')?.shadowRoot?.querySelectorAll('[role=option]').length ?? 0) < count, inboxRows);
  return {
    inboxRows,
    stepBefore: before.step,
    stepAfter: text(await step.textContent()),
    currentBefore: before.current,
    currentAfter: await current(),
    eventsBefore: before.events,
    eventsAfter: await events.count(),
    inboxRowsAfter: await rows.count(),
  };
}

/**
 * The test each forms example runs on its page (`root` is the example's folder): the proposal
 * office opens the first proposal of its inbox and files it (立案), and the panel, the diagram,
 * the timeline and the inbox all show that the instance moved on.
 */
export function describeExamplePage(name: string, root: string): void {
  describe(name, () => {
    let example: OpenedExample | undefined;
    beforeAll(async () => {
      example = await openExample(root);
    });
    afterAll(() => example?.close());

    it('shows the inbox, and an opened task in the panel, diagram and timeline; an action moves the instance', async () => {
      const outcome = await takeFirstAction(example!.page, '立案');
      expect(outcome.inboxRows).toBe(2);
      expect(outcome.stepBefore).toBe('当前环节：立：审查立案');
      expect(outcome.currentBefore).toEqual(['review']);
      expect(outcome.stepAfter).toBe('当前环节：交：交办');
      expect(outcome.currentAfter).toEqual(['assign']);
      expect(outcome.eventsAfter).toBe(outcome.eventsBefore + 1);
      expect(outcome.inboxRowsAfter).toBe(1);
      expect(example!.errors).toEqual([]);
    });
  });
}
