import { createEngine, PayloadError, text, type InstanceView } from '@luzhi/engine';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define/luzhi-task-panel.js';
import type { LuzhiForm, LuzhiSentDetail, LuzhiTaskPanel, PanelCommand, SendCallback } from '../src/index.js';
import { axeViolations, mountElement, shadowOf, XSS_TITLE } from './components/mount.js';
import { leadUnit, member, office, proposal, proposalEngine, proposalInHandling, submission } from './components/proposal-engine.js';
import type { Actor, Engine } from '@luzhi/engine';

/** What a host does: the panel's command, sent to the engine as the signed-in actor. */
const sendAs =
  (engine: Engine, actor: Actor): SendCallback =>
  ({ instanceId, ...command }) =>
    engine.send(instanceId, { ...command, actor });

async function inReview() {
  const { engine } = proposalEngine();
  const { id } = await engine.start('proposal', { actor: member });
  await engine.send(id, { type: 'submit', actor: member, payload: submission });
  return { engine, id, view: await engine.get(id, { actor: office }) };
}

const root = (panel: LuzhiTaskPanel) => shadowOf(panel);
const step = (panel: LuzhiTaskPanel) => root(panel).querySelector('[part=step]')!.textContent!.replace(/\s+/g, '');
const actionLabels = (panel: LuzhiTaskPanel) => [...root(panel).querySelectorAll('[part~=action]')].map((button) => button.textContent!.trim());
const innerForm = (panel: LuzhiTaskPanel) => root(panel).querySelector<LuzhiForm>('luzhi-form')!;

describe('<luzhi-task-panel>', () => {
  it('shows the current step and the actions this actor may take', async () => {
    const { engine, id } = await proposalInHandling();
    const panel = await mountElement('luzhi-task-panel', { view: await engine.get(id, { actor: leadUnit }), definition: proposal });
    expect(step(panel)).toBe('当前环节：办：主办单位答复，会办单位提出意见');
    expect([...root(panel).querySelectorAll('[part=branches]')].map((item) => item.textContent)).toEqual(['市教育局：主办', '市财政局：会办']);
    expect(root(panel).querySelector('[part=deadline]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('正常 期限 2026/05/10');
    expect(actionLabels(panel)).toEqual(['申请延期', '答复（市教育局）', '提出交办异议（市教育局）']);
    // The proposer follows the handling but has nothing to do in it.
    const proposerPanel = await mountElement('luzhi-task-panel', { view: await engine.get(id, { actor: member }), definition: proposal });
    expect(root(proposerPanel).querySelector('[part=no-actions]')!.textContent).toBe('当前没有您可办理的操作');
  });

  it('is used with the keyboard alone: choose an action, confirm it, and the instance moves on', async () => {
    const { engine, id, view } = await inReview();
    const panel = await mountElement('luzhi-task-panel', { view, definition: proposal, send: sendAs(engine, office) });
    const sent: LuzhiSentDetail[] = [];
    panel.addEventListener('luzhi-sent', (event) => sent.push((event as CustomEvent<LuzhiSentDetail>).detail));
    // The proposal comes first, in reading order: a region that scrolls with the keyboard.
    await userEvent.tab();
    expect(root(panel).activeElement!.getAttribute('part')).toBe('content');
    await userEvent.tab();
    expect(root(panel).activeElement!.textContent!.trim()).toBe('立案');
    await userEvent.keyboard('{Enter}');
    expect(root(panel).activeElement!.getAttribute('part')).toBe('confirm');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]!.command).toEqual({ instanceId: id, type: 'accept', expectedVersion: view.version });
    expect((await engine.get(id)).activeStates).toEqual(['assign']);
    expect(step(panel)).toBe('当前环节：交：交办');
    // Once filed, the committee may only mark the proposal as a key one while it waits for assignment.
    expect(actionLabels(panel)).toEqual(['列为重点提案']);
    expect(root(panel).activeElement!.id).toBe('step');
  });

  it('fills the chosen action\'s form from the keyboard, sends its payload, and leaves with Escape', async () => {
    const { engine, id, view } = await inReview();
    const panel = await mountElement('luzhi-task-panel', { view, definition: proposal, send: sendAs(engine, office) }, 'en');
    const returnButton = [...root(panel).querySelectorAll<HTMLButtonElement>('[part~=action]')].find((button) => button.textContent!.includes('Return'))!;
    returnButton.focus();
    await userEvent.keyboard('{Enter}');
    expect(innerForm(panel).shadowRoot!.activeElement?.tagName).toMatch(/INPUT|TEXTAREA/);
    await userEvent.keyboard('{Escape}');
    expect(innerForm(panel)).toBeNull();
    expect(root(panel).activeElement).toBe(returnButton);
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('请补充具体数据');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(async () => (await engine.get(id)).activeStates).toEqual(['draft']);
    const history = await engine.history(id);
    expect(history.at(-1)!.payload).toEqual({ reason: '请补充具体数据' });
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('shows the engine\'s error in the page language when send rejects, and a refused payload beside its field', async () => {
    const { engine, id } = await inReview();
    const stale = await engine.get(id, { actor: office });
    await engine.send(id, { type: 'withdraw', actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: submission });
    const panel = await mountElement('luzhi-task-panel', { view: stale, definition: proposal, send: sendAs(engine, office) });
    (root(panel).querySelector('[part~=action]') as HTMLButtonElement).click();
    await panel.updateComplete;
    (root(panel).querySelector('[part=confirm]') as HTMLButtonElement).click();
    await expect.poll(() => root(panel).querySelector('[part=send-error]')).not.toBeNull();
    const alert = root(panel).querySelector('[part=send-error]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.getAttribute('data-code')).toBe('instance.versionConflict');
    expect(alert.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect((await engine.get(id)).version).toBe(stale.version + 2);

    document.documentElement.lang = 'en';
    const refuse: SendCallback = () => Promise.reject(new PayloadError([{ pointer: '/reason', code: 'payload.custom', message: text('理由不充分', 'The reason is too thin') }]));
    const english = await mountElement('luzhi-task-panel', { view: stale, definition: proposal, send: refuse }, 'en');
    [...root(english).querySelectorAll<HTMLButtonElement>('[part~=action]')].find((button) => button.textContent!.includes('Return'))!.click();
    await english.updateComplete;
    const form = innerForm(english);
    await form.updateComplete;
    const reason = form.shadowRoot!.querySelector<HTMLInputElement>('input, textarea')!;
    await userEvent.fill(reason, '数据不够具体');
    form.requestSubmit();
    await expect.poll(() => root(english).querySelector('[part=send-error]')?.textContent).toContain('first at /reason: The reason is too thin');
    await expect.poll(() => form.shadowRoot!.textContent).toContain('The reason is too thin');

    const offline = await mountElement('luzhi-task-panel', { view: stale, definition: proposal, send: () => Promise.reject(new Error('network down')) }, 'en');
    (root(offline).querySelector('[part~=action]') as HTMLButtonElement).click();
    await offline.updateComplete;
    (root(offline).querySelector('[part=confirm]') as HTMLButtonElement).click();
    await expect.poll(() => root(offline).querySelector('[part=send-error]')?.textContent).toBe('The action was not completed: network down');
  });

  it('is disabled while sending', async () => {
    const { view } = await inReview();
    let release: (view: InstanceView) => void = () => {};
    const commands: PanelCommand[] = [];
    const send: SendCallback = (command) => {
      commands.push(command);
      return new Promise((resolve) => (release = resolve));
    };
    const panel = await mountElement('luzhi-task-panel', { view, definition: proposal, send });
    (root(panel).querySelector('[part~=action]') as HTMLButtonElement).click();
    await panel.updateComplete;
    (root(panel).querySelector('[part=confirm]') as HTMLButtonElement).click();
    await panel.updateComplete;
    expect(root(panel).querySelector('section')!.getAttribute('aria-busy')).toBe('true');
    expect([...root(panel).querySelectorAll('button')].every((button) => button.disabled)).toBe(true);
    expect(root(panel).querySelector('[part=confirm]')!.textContent!.trim()).toBe('正在提交…');
    (root(panel).querySelector('[part=confirm]') as HTMLButtonElement).click();
    expect(commands).toHaveLength(1);
    release({ ...view, version: view.version + 1, activeStates: ['assign'], state: 'assign', actions: [] });
    await expect.poll(() => step(panel)).toBe('当前环节：交：交办');
  });

  it('renders titles as text, and says where a view is wrong', async () => {
    const { view } = await inReview();
    const hostile = { ...view, actions: [{ ...view.actions[0]!, title: XSS_TITLE }] };
    const definition = { ...proposal, states: { ...proposal.states, review: { ...proposal.states.review, title: XSS_TITLE } } };
    const panel = await mountElement('luzhi-task-panel', { view: hostile, definition });
    expect(actionLabels(panel)).toEqual([XSS_TITLE]);
    expect(root(panel).querySelector('[part=step]')!.textContent).toContain(XSS_TITLE);
    expect(root(panel).querySelector('img')).toBeNull();

    panel.view = { ...view, actions: [{ event: 'reject', state: 'review', form: 'missing' }] } as never;
    await panel.updateComplete;
    expect(root(panel).querySelector('[part=error]')!.textContent).toBe('<luzhi-task-panel> 的 definition/forms/missing 有误：没有名为“missing”的表单');
    panel.view = { ...view, version: '3' } as never;
    await panel.updateComplete;
    expect(root(panel).querySelector('[part=error]')!.textContent).toContain('view/version');
  });

  it('offers the engine\'s own actions with their built-in forms, which the engine accepts', async () => {
    const { engine, id } = await proposalInHandling();
    const panel = await mountElement('luzhi-task-panel', { view: await engine.get(id, { actor: leadUnit }), definition: proposal, send: sendAs(engine, leadUnit) });
    [...root(panel).querySelectorAll<HTMLButtonElement>('[part~=action]')].find((button) => button.textContent!.includes('申请延期'))!.click();
    await panel.updateComplete;
    const form = innerForm(panel);
    await form.updateComplete;
    const [by, reason] = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea')];
    await userEvent.fill(by!, 'P1M');
    await userEvent.fill(reason!, '需要会同财政部门测算');
    form.requestSubmit();
    await expect.poll(async () => (await engine.history(id)).at(-1)!.type).toBe('extendDeadline');
    expect((await engine.history(id)).at(-1)!.payload).toMatchObject({ by: 'P1M', reason: '需要会同财政部门测算' });
  });

  it('says when the instance has ended', async () => {
    const { engine, id } = await inReview();
    await engine.send(id, { type: 'reject', actor: office, payload: { ground: '内容空泛', reason: '缺少具体可行的建议' } });
    const panel = await mountElement('luzhi-task-panel', { view: await engine.get(id, { actor: member }), definition: proposal }, 'en');
    expect(step(panel)).toBe('Currentstep:Notfiled');
    expect(root(panel).querySelector('[part=finished]')!.textContent).toBe('This process has ended');
    expect(root(panel).querySelector('[part~=action]')).toBeNull();
  });
  it('shows states, actions and forms named like Object.prototype members as what they are', async () => {
    const definition = {
      id: 'members', version: 1, title: '原型名称',
      roles: { clerk: { title: '办事员' } },
      forms: { valueOf: { title: '意见', schema: { type: 'object', required: ['constructor'], properties: { constructor: { type: 'string', title: '意见内容' } } } } },
      initial: 'constructor',
      states: {
        constructor: { title: '办理', on: { toString: { to: 'end', title: '提交意见', roles: ['clerk'], form: 'valueOf' } } },
        end: { type: 'final', title: '办结' },
      },
    };
    const engine = createEngine({ definitions: [definition] });
    const clerk = { id: 'li', roles: ['clerk'] };
    const { id } = await engine.start('members', { actor: clerk });
    const panel = await mountElement('luzhi-task-panel', { view: await engine.get(id, { actor: clerk }), definition, send: sendAs(engine, clerk) });
    expect(step(panel)).toBe('当前环节：办理');
    expect(root(panel).querySelector('[part=deadline]')).toBeNull();
    expect(actionLabels(panel)).toEqual(['提交意见']);
    root(panel).querySelector<HTMLButtonElement>('[part~=action]')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(innerForm(panel).shadowRoot!.textContent).toContain('意见内容');
    expect(innerForm(panel).shadowRoot!.activeElement?.tagName).toMatch(/INPUT|TEXTAREA/);
    await userEvent.keyboard('同意');
    innerForm(panel).requestSubmit();
    await expect.poll(async () => (await engine.get(id)).status).toBe('done');
    expect((await engine.history(id)).at(-1)!.payload).toEqual({ constructor: '同意' });
  });
});

