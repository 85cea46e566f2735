/**
 * The browser demo end to end: the server in this process on a free port (memory store, virtual
 * clock), the page in headless Chromium, and a person using it as each persona in turn — picking
 * the persona, opening the task from the to-do list, filling the action's form — while the test
 * checks every persona's to-do list at each hand-over and the history the timeline shows.
 */
import { createMemoryStore, createVirtualClock } from '@luzhi/engine';
import { chromiumLaunchOptions } from '@luzhi/test-env';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type ConsoleMessage, type Locator, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/app.js';
import { demoAuthenticate } from '../src/auth.js';
import { PERSONAS } from '../src/personas.js';

let app: FastifyInstance;
let url: string;
let browser: Browser;
/** One tab for every test: the headless Chromium here runs in one process, and closing its last tab ends it. */
let tab: Page;

beforeAll(async () => {
  app = await createServer({
    store: createMemoryStore(),
    clock: createVirtualClock(new Date('2026-03-02T01:00:00Z')),
    authenticate: demoAuthenticate,
    committees: ['base', 'jiangyin'],
    defaultCommittee: 'jiangyin',
    web: true,
  });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({ ...(await chromiumLaunchOptions()), headless: true });
  tab = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  tab.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const squash = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim();

/** A value to put in a form field: text, a choice, a box to tick, or a list of texts. */
type FieldValue = string | boolean | readonly string[];

/** The demo page open in a browser tab, used the way a person uses it. */
class DemoPage {
  readonly errors: string[] = [];
  private constructor(readonly page: Page) {}

  /** Loads the page with `query` in the shared tab. */
  static async open(query: string): Promise<DemoPage> {
    const demo = new DemoPage(tab);
    const onError = (error: Error) => demo.errors.push(error.message);
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') demo.errors.push(message.text());
    };
    tab.on('pageerror', onError);
    tab.on('console', onConsole);
    demo.detach = () => {
      tab.off('pageerror', onError);
      tab.off('console', onConsole);
    };
    await tab.goto(`${url}/${query}`);
    await demo.settled();
    return demo;
  }

  private detach = (): void => {};

  /** Waits until no request of the page is under way. */
  async settled(): Promise<void> {
    await this.page.locator('main:not([aria-busy])').waitFor();
  }

  /** Picks the persona in the header, as the stand-in for logging in. */
  async as(persona: string): Promise<void> {
    await this.page.locator('#persona').selectOption(persona);
    await this.settled();
  }

  /** The titles of the to-do list's rows. */
  async todo(): Promise<string[]> {
    return (await this.page.locator('luzhi-inbox [part~=title]').allTextContents()).map(squash);
  }

  /** Opens the to-do row whose title is `title`. */
  async open(title: string): Promise<void> {
    await this.page.locator('luzhi-inbox [role=option]', { hasText: title }).first().click();
    await this.settled();
  }

  /**
   * Whether the page scrolls, and whether the to-do list, the panel's content, its actions and the
   * chosen action's form each show on screen (at least their first 100 pixels).
   */
  async inView(): Promise<Record<'page' | 'inbox' | 'content' | 'actions' | 'form', boolean>> {
    const shown = async (selector: string) => {
      const box = await this.page.locator(selector).first().boundingBox();
      const { width, height } = this.page.viewportSize()!;
      return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + Math.min(box.height, 100) <= height;
    };
    return {
      page: await this.page.evaluate(() => document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth),
      inbox: await shown('luzhi-inbox [role=option]'),
      content: await shown('luzhi-task-panel [part=content]'),
      actions: await shown('luzhi-task-panel [part=actions]'),
      form: await shown('luzhi-task-panel luzhi-form [part~=submit]'),
    };
  }

  /** The rows of the list of instances the persona may see, as they read. */
  async visible(): Promise<string[]> {
    return (await this.page.locator('#visible button').allTextContents()).map(squash);
  }

  /** Opens the instance `title` from the list of those the persona may see. */
  async openVisible(title: string): Promise<void> {
    await this.page.locator('#visible button', { hasText: title }).first().click();
    await this.settled();
  }

  /** The panel's current step, as it reads. */
  async step(): Promise<string> {
    return squash(await this.page.locator('luzhi-task-panel [part=step]').textContent());
  }

  /** The labels of the actions the panel offers. */
  async actions(): Promise<string[]> {
    return (await this.page.locator('luzhi-task-panel [part~=action]').allTextContents()).map(squash);
  }

  /** What the panel's content beside the actions shows. */
  async content(): Promise<string> {
    return squash(await this.page.locator('luzhi-task-panel [part=content]').innerText());
  }

  /** The action titles the timeline lists, oldest first. */
  async history(): Promise<string[]> {
    return (await this.page.locator('luzhi-timeline [part=action]').allTextContents()).map(squash).reverse();
  }

  /** Chooses the action `label`, fills its form with `fields` (when it has one), and takes it. */
  async act(label: string, fields?: Record<string, FieldValue>): Promise<void> {
    // The panel tells the page a command was taken with `luzhi-sent`; listen before acting.
    await this.page.evaluate(() => {
      const panel = document.querySelector('luzhi-task-panel')!;
      panel.addEventListener('luzhi-sent', () => panel.setAttribute('data-test-sent', ''), { once: true });
      panel.removeAttribute('data-test-sent');
    });
    await this.page.locator('luzhi-task-panel [part~=action]', { hasText: label }).first().click();
    const form = this.page.locator('luzhi-task-panel luzhi-form');
    if (fields === undefined) {
      await this.page.locator('luzhi-task-panel [part=confirm]').click();
    } else {
      for (const [name, value] of Object.entries(fields)) await fill(form, name, value);
      await form.locator('[part~=submit]').click();
    }
    // Either the command was taken or the panel shows why not.
    await this.page.waitForFunction(() => {
      const panel = document.querySelector('luzhi-task-panel');
      const form = panel?.shadowRoot?.querySelector('luzhi-form')?.shadowRoot;
      return panel?.hasAttribute('data-test-sent') || panel?.shadowRoot?.querySelector('[part=send-error]') || form?.querySelector('[part~=field-error]');
    });
    const refused = await this.page.locator('luzhi-task-panel [part=send-error], luzhi-task-panel luzhi-form [part~=field-error]').allTextContents();
    expect(refused, `${label} was refused`).toEqual([]);
    await this.settled();
  }

  /** Stops collecting the tab's errors. */
  close(): void {
    this.detach();
  }
}

/** Puts `value` into the form field `name`, whatever control the form renders for it (a choice by the label a person reads). */
async function fill(form: Locator, name: string, value: FieldValue): Promise<void> {
  const field = form.locator(`[data-pointer="/${name}"]`).first();
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      await field.locator('[part~=add]').first().click();
      await form.locator(`[data-pointer="/${name}/${index}"] input`).fill(item);
    }
    return;
  }
  if (typeof value === 'boolean') {
    await field.locator('input[type=checkbox]').setChecked(value);
    return;
  }
  const text = value as string;
  if ((await field.locator('select').count()) > 0) await field.locator('select').selectOption({ label: text });
  else if ((await field.locator('input[type=radio]').count()) > 0) await field.getByLabel(text, { exact: true }).check();
  else await field.locator('input, textarea').first().fill(text);
}

/** Starts and submits a proposal titled `title` as the member over the REST API (not through the page). */
async function submitProposal(committee: string, title: string): Promise<void> {
  const headers = { 'X-Luzhi-Committee': committee, 'X-Luzhi-Persona': 'member', 'Content-Type': 'application/json' };
  const started = await (await fetch(`${url}/api/instances`, { method: 'POST', headers, body: JSON.stringify({ definition: 'proposal' }) })).json();
  const submitted = await fetch(`${url}/api/instances/${started.id}/commands`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      type: 'submit',
      payload: { title, category: '其他', submittedAs: '委员', session: '平时提案', situation: SITUATION, suggestions: '建议有关部门研究解决。' },
    }),
  });
  expect(submitted.status).toBe(200);
}

const TITLE = '关于优化课后服务的建议';
const SITUATION = '部分学校课后服务内容单一，家长接送困难，学生参与意愿不高，需要统筹资源加以改进。';

describe('the browser demo', () => {
  it('lists the committees the server serves and the personas its demo hook accepts, and says the picker stands in for a login', async () => {
    const demo = await DemoPage.open('');
    const committees = await demo.page.locator('#committee option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(committees).toEqual([...app.luzhi.engines.keys()]);
    expect(await demo.page.locator('#committee').inputValue()).toBe('jiangyin');
    const personas = await demo.page.locator('#persona option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(personas).toEqual(PERSONAS.filter((persona) => persona.id !== 'admin').map((persona) => persona.id));
    expect(squash(await demo.page.locator('#auth-note').textContent())).toContain('代替 OA 的登录');
    const narrow = (await demo.page.locator('luzhi-diagram').boundingBox())!.width;
    await demo.page.locator('#widen').click();
    expect(await demo.page.locator('#widen').getAttribute('aria-pressed')).toBe('true');
    expect((await demo.page.locator('luzhi-diagram').boundingBox())!.width).toBeGreaterThan(narrow * 1.5);
    await demo.page.locator('#language').click();
    await demo.settled();
    expect(squash(await demo.page.locator('#auth-note').textContent())).toContain("stands in for the OA's login");
    expect(await demo.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(demo.errors).toEqual([]);
    demo.close();
  });

  it("shows titles from data as text, and falls back to the server's committee and the first persona for an address naming none it offers", async () => {
    const hostile = '<img src=x onerror="window.__injected=1">关于<b>粗体</b>的建议';
    await submitProposal('jiangyin', hostile);

    const demo = await DemoPage.open('?committee=__proto__&persona=constructor&lang=toString');
    expect(await demo.page.locator('#committee').inputValue()).toBe('jiangyin');
    expect(await demo.page.locator('#persona').inputValue()).toBe('member');
    expect(await demo.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await demo.visible()).toContainEqual(expect.stringContaining(hostile));
    await demo.openVisible('关于<b>粗体</b>');
    expect(await demo.content()).toContain(hostile);
    expect(await demo.page.locator('#visible img, #visible b').count()).toBe(0);
    expect(await demo.page.evaluate(() => (window as { __injected?: unknown }).__injected)).toBeUndefined();
    expect(demo.errors).toEqual([]);
    demo.close();
  });

  it('shows the persona picked last when the answer for an earlier pick arrives after it', async () => {
    await submitProposal('jiangyin', '关于缩短审批时限的建议');
    const demo = await DemoPage.open('?committee=jiangyin&persona=member');
    await demo.openVisible('关于缩短审批时限的建议');
    const step = await demo.step();
    // The unit's search is held until the member's page has loaded again.
    let release: (() => Promise<void>) | undefined;
    const held = new Promise<void>((resolve) => {
      void demo.page.route('**/api/instances?*', async (route) => {
        if (route.request().headers()['x-luzhi-persona'] !== 'unit-a') return route.continue();
        release = () => route.continue();
        resolve();
      });
    });
    await demo.page.locator('#persona').selectOption('unit-a');
    await held;
    await demo.page.locator('#persona').selectOption('member');
    await demo.page.waitForFunction(() => document.querySelector('#visible button') !== null);
    await release!();
    await demo.settled();
    await demo.page.unroute('**/api/instances?*');
    expect(await demo.page.locator('#persona').inputValue()).toBe('member');
    expect(await demo.step()).toBe(step);
    expect(await demo.visible()).toContainEqual(expect.stringContaining('关于缩短审批时限的建议'));
    expect(squash(await demo.page.locator('#notice').textContent())).toBe('');
    expect(demo.errors).toEqual([]);
    demo.close();
  });

  it('walks one proposal from 提 to 评 as the personas, each seeing it in their to-do list at its turn', async () => {
    const demo = await DemoPage.open('?committee=base&persona=member');
    expect(await demo.todo()).toEqual([]);

    // 提: the member starts a proposal and submits it, inviting 李华 to co-sign.
    await demo.page.locator('#start-definition').selectOption('proposal');
    await demo.page.locator('#start').click();
    await demo.settled();
    expect(await demo.step()).toBe('当前环节：提：撰写提案');
    expect(await demo.todo()).toHaveLength(1);
    await demo.act('提交', {
      title: TITLE,
      category: '社会事业',
      submittedAs: '委员',
      session: '平时提案',
      situation: SITUATION,
      suggestions: '统筹引入文体科普资源，建立课后服务经费保障机制。',
      coSigners: ['li.hua'],
      suggestedLeadUnit: '市教育局',
    });
    expect(await demo.step()).toContain('提：联名委员会签');

    await demo.as('proposal-office');
    expect(await demo.todo()).not.toContain(TITLE);
    await demo.as('co-signer');
    expect(await demo.todo()).toEqual([TITLE]);
    await demo.open(TITLE);
    expect(await demo.content()).toContain(SITUATION);
    await demo.act('确认联名');

    // 立: the proposal office files it and makes it a key proposal led by the supervising leader.
    await demo.as('co-signer');
    expect(await demo.todo()).toEqual([]);
    await demo.as('proposal-office');
    expect(await demo.todo()).toEqual([TITLE]);
    await demo.open(TITLE);
    expect(await demo.step()).toBe('当前环节：立：审查立案');
    expect(await demo.content()).toContain(TITLE);
    expect(await demo.content()).toContain(SITUATION);
    await demo.page.locator('luzhi-task-panel [part~=action]', { hasText: '不立案' }).click();
    expect(await demo.inView()).toEqual({ page: false, inbox: true, content: true, actions: true, form: true });
    await demo.page.locator('luzhi-task-panel [part=cancel]').click();
    await demo.act('立案');
    expect(await demo.step()).toBe('当前环节：交：交办');
    await demo.act('列为重点提案', { leadOfficial: 'zhao.leader', leaderKind: '政府领导领办', councilApproval: '主席会议 2026-03-05' });

    // 交: the assigning office assigns it jointly to two units.
    await demo.as('unit-a');
    expect(await demo.todo()).toEqual([]);
    await demo.as('assigning-office');
    expect(await demo.todo()).toEqual([TITLE]);
    await demo.open(TITLE);
    await demo.act('交办', { mode: '会办', leadUnit: '市教育局', coUnits: ['市财政局'] });

    // 办: each unit signs for it; the co-handler sends its view, the lead unit consults and replies.
    await demo.as('unit-a');
    expect(await demo.todo()).toEqual([TITLE]);
    await demo.open(TITLE);
    await demo.act('签收');
    await demo.as('unit-b');
    expect(await demo.todo()).toEqual([TITLE]);
    await demo.open(TITLE);
    await demo.act('签收');
    expect(await demo.todo()).toEqual([TITLE]);
    await demo.open(TITLE);
    await demo.act('提出会办意见', { opinion: '财政将在下年度预算中安排课后服务专项资金。' });
    expect(await demo.todo()).toEqual([]);

    // 督: the leading official instructs while the units handle it: not a task of theirs, but an action open to them.
    await demo.as('leader');
    expect(await demo.todo()).toEqual([]);
    expect(await demo.visible()).toEqual([`${TITLE}可办理 1 项`]);
    await demo.openVisible(TITLE);
    await demo.act('督办批示', { instruction: '请教育局牵头，财政局配合，月底前拿出方案。' });

    // The lead unit replies seeing the co-handler's view and the leader's instruction beside its form.
    await demo.as('unit-a');
    await demo.open(TITLE);
    expect(await demo.content()).toContain('财政将在下年度预算中安排课后服务专项资金。');
    expect(await demo.content()).toContain('请教育局牵头，财政局配合，月底前拿出方案。');
    await demo.act('记录办前面商', { method: '面谈', date: '2026-03-10', summary: '与提案人面商，听取对办理工作的意见和建议。' });
    await demo.act('答复提案人', {
      replyClass: 'A 解决或采纳',
      reply: '已将课后服务纳入年度重点工作，统筹引入文体科普资源，并建立经费保障机制。',
      signedOffBy: '分管副局长 吴',
      consulted: '面谈',
    });
    expect(await demo.todo()).toEqual([]);

    // 督: the office approves the reply and the leading official signs it off.
    await demo.as('proposal-office');
    expect(await demo.todo()).toEqual([TITLE]);
    await demo.open(TITLE);
    expect(await demo.step()).toBe('当前环节：督：提案委审核答复');
    expect(await demo.content()).toContain('已将课后服务纳入年度重点工作');
    await demo.act('审核通过');
    await demo.as('leader');
    expect(await demo.todo()).toEqual([TITLE]);
    await demo.open(TITLE);
    await demo.act('审定答复，结束督办');

    // 评: the proposer evaluates, and the proposal is closed.
    await demo.as('member');
    expect(await demo.todo()).toEqual([TITLE]);
    await demo.open(TITLE);
    expect(await demo.step()).toContain('第一提案人反馈');
    await demo.act('提交评价', { satisfaction: '满意', visited: '已走访' });
    expect(await demo.todo()).toEqual([]);
    expect(squash(await demo.page.locator('luzhi-task-panel [part=finished]').textContent())).not.toBe('');
    for (const persona of ['co-signer', 'proposal-office', 'assigning-office', 'unit-a', 'unit-b', 'leader']) {
      await demo.as(persona);
      expect(await demo.todo(), persona).toEqual([]);
    }

    await demo.as('member');
    expect(await demo.visible()).toEqual([`${TITLE}已办结`]);
    await demo.openVisible(TITLE);
    expect(await demo.history()).toEqual(
      expect.arrayContaining(['提交', '确认联名', '立案', '列为重点提案', '交办', '签收', '提出会办意见', '督办批示', '记录办前面商', '答复提案人', '审核通过', '审定答复，结束督办', '提交评价']),
    );
    expect(demo.errors).toEqual([]);
    demo.close();
  });

  it('walks a consultation from 荐题 to the meeting as the personas', async () => {
    const demo = await DemoPage.open('?committee=base&persona=member');
    const topic = '老旧小区加装电梯';
    await demo.page.locator('#start-definition').selectOption('consultation');
    await demo.page.locator('#start').click();
    await demo.settled();
    await demo.act('提交荐题', {
      topic,
      background: '老旧小区老年人多，上下楼困难，加装电梯意愿强但协调难。',
      category: '社会民生',
      proposerKind: '政协委员',
      proposerName: '王立',
    });
    expect(await demo.todo()).toEqual([]);

    await demo.as('proposal-office');
    expect(await demo.todo()).toEqual([topic]);
    await demo.open(topic);
    expect(await demo.content()).toContain('上下楼困难');
    await demo.act('受理并确定召集人', { convener: 'zhao.leader' });
    expect(await demo.todo()).toEqual([]);

    await demo.as('leader');
    expect(await demo.todo()).toEqual([topic]);
    await demo.open(topic);
    await demo.act('确定立题方案', { agreedTopic: '推进老旧小区加装电梯', aims: '摸清需求，协调资金和邻里意见，形成可推广的做法。' });
    expect(await demo.todo()).toEqual(['推进老旧小区加装电梯']);
    await demo.open('推进老旧小区加装电梯');
    await demo.act('调研结束，开展协商', { summary: '走访十个小区，召开三次居民座谈会。', format: '线下协商' });
    expect(await demo.todo()).toEqual([]);

    await demo.as('proposal-office');
    expect(await demo.todo()).toEqual(['推进老旧小区加装电梯']);
    await demo.open('推进老旧小区加装电梯');
    expect(await demo.actions()).toContain('记录协商情况');
    expect(await demo.history()).toEqual(['创建', '提交荐题', '受理并确定召集人', '确定立题方案', '调研结束，开展协商']);
    expect(demo.errors).toEqual([]);
    demo.close();
  });
});
