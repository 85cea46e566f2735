import { createEngine, createVirtualClock, type Actor, type InstanceView } from '@luzhi/engine';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../src/define/luzhi-task-panel.js';
import type { LuzhiTaskPanel } from '../src/index.js';
import { axeViolations, mountElement, shadowOf, XSS_TITLE } from './components/mount.js';
import {
  assigningOffice,
  baseConsultation,
  baseProposal,
  coSigner,
  presetEngine,
  proposalOffice,
  proposalPayload,
  proposer,
  unitA,
  unitB,
} from './components/preset-engine.js';
import { permitWorkflow } from './fixtures/permit-workflow.js';

const root = (panel: LuzhiTaskPanel) => shadowOf(panel);
const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Each section of the content: its title, and its fields as `label: value`. */
const sections = (panel: LuzhiTaskPanel) =>
  [...root(panel).querySelectorAll('[part=content-section]')].map((section) => ({
    title: squeeze(section.querySelector('[part=content-title]')?.textContent),
    fields: [...section.querySelectorAll(':scope [part~=review]:not(:has([part~=review]))')].map(
      (field) => `${squeeze(field.querySelector('[part=label]')?.textContent)}: ${squeeze(field.querySelector('[part=value]')?.textContent)}`,
    ),
  }));
/** Each list of replies: its title, and who wrote each entry with its fields. */
const replies = (panel: LuzhiTaskPanel) =>
  [...root(panel).querySelectorAll('[part=reply-list]')].map((list) => ({
    title: squeeze(list.querySelector('h4')?.textContent),
    entries: [...list.querySelectorAll('[part=reply]')].map((entry) => ({
      by: squeeze(entry.querySelector('[part=reply-by]')?.textContent),
      fields: [...entry.querySelectorAll('[part~=review]')].map(
        (field) => `${squeeze(field.querySelector('[part=label]')?.textContent)}: ${squeeze(field.querySelector('[part=value]')?.textContent)}`,
      ),
    })),
  }));

const reply = (text: string) => ({ replyClass: 'A', reply: text, signedOffBy: '分管副局长 吴', consulted: '面谈' });
const consultation = { method: '面谈', date: '2026-03-10', summary: '与提案人面商，听取意见。' };

/** A proposal with one co-signer, submitted and confirmed: it waits for the committee's review. */
async function proposalInReview() {
  const { engine } = presetEngine();
  const { id } = await engine.start('proposal', { actor: proposer });
  await engine.send(id, { type: 'submit', actor: proposer, payload: { ...proposalPayload, coSigners: ['li.hua'] } });
  await engine.send(id, { type: 'confirm', actor: coSigner, branch: 'li.hua' });
  return { engine, id };
}

/** A proposal assigned to two units in `mode`, each signed for. */
async function proposalAssigned(assignment: Record<string, unknown>) {
  const { engine, id } = await proposalInReview();
  await engine.send(id, { type: 'accept', actor: proposalOffice });
  await engine.send(id, { type: 'assign', actor: assigningOffice, payload: assignment });
  await engine.send(id, { type: 'signFor', actor: unitA, branch: '市教育局' });
  await engine.send(id, { type: 'signFor', actor: unitB, branch: '市财政局' });
  return { engine, id };
}

describe('<luzhi-task-panel> shows what is acted on', () => {
  it('shows the committee the proposal it files, laid out as the submit form, beside the actions', async () => {
    const { engine, id } = await proposalInReview();
    const panel = await mountElement('luzhi-task-panel', { view: await engine.get(id, { actor: proposalOffice }), definition: baseProposal });
    expect(sections(panel)).toEqual([
      {
        title: '提交提案',
        fields: [
          '案由: 关于优化课后服务的建议',
          '类别: 社会事业',
          `情况与分析: ${proposalPayload.situation}`,
          `具体建议: ${proposalPayload.suggestions}`,
          '提案者: 委员',
          '提案类型: 平时提案',
          '联名委员: li.hua',
          '建议主办单位: 市教育局',
        ],
      },
      // Data no form field wrote: named after the role it records and the action that adds to it.
      { title: '其他信息', fields: ['第一提案人: wang.li', '确认联名: li.hua'] },
    ]);
    expect(root(panel).querySelector('[part=content]')!.getAttribute('aria-label')).toBe('办理内容');
    expect([...root(panel).querySelectorAll('[part~=action]')].map((button) => squeeze(button.textContent))).toEqual(['立案', '不立案', '并案', '退回修改']);
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('speaks the page\'s language: the forms\' own titles and labels in English, and its own words', async () => {
    const { engine, id } = await proposalInReview();
    const panel = await mountElement('luzhi-task-panel', { view: await engine.get(id, { actor: proposalOffice }), definition: baseProposal }, 'en');
    const [submitted, other] = sections(panel);
    expect(submitted!.title).toBe('Submit the proposal');
    expect(submitted!.fields.slice(0, 2)).toEqual(['Subject: 关于优化课后服务的建议', 'Category: 社会事业']);
    expect(other).toEqual({ title: 'Other details', fields: ['Lead proposer: wang.li', 'Confirm: li.hua'] });
    expect(root(panel).querySelector('[part=content]')!.getAttribute('aria-label')).toBe('Details');
  });

  it('shows the proposer each unit\'s reply, beside the unit, when evaluating', async () => {
    const { engine, id } = await proposalAssigned({ mode: '分办', splitUnits: ['市教育局', '市财政局'] });
    for (const [unit, actor] of [['市教育局', unitA], ['市财政局', unitB]] as const) {
      await engine.send(id, { type: 'recordConsultation', actor, branch: unit, payload: consultation });
      await engine.send(id, { type: 'reply', actor, branch: unit, payload: reply(`${unit}已将课后服务纳入年度重点工作，统筹引入文体科普资源。`) });
    }
    await engine.send(id, { type: 'approveReply', actor: proposalOffice });
    const view = await engine.get(id, { actor: proposer });
    expect(view.actions.map((action) => action.event)).toContain('evaluate');
    const panel = await mountElement('luzhi-task-panel', { view, definition: baseProposal });
    const lists = replies(panel);
    const answers = lists.find((list) => list.title === '答复提案人')!;
    expect(answers.entries.map((entry) => entry.by)).toEqual(['市教育局', '市财政局']);
    expect(answers.entries[0]!.fields).toEqual([
      '答复类别: A 解决或采纳',
      '答复内容（逐条答复）: 市教育局已将课后服务纳入年度重点工作，统筹引入文体科普资源。',
      '审签的分管领导: 分管副局长 吴',
      '与提案人沟通方式: 面谈',
    ]);
    expect(lists.find((list) => list.title === '办前面商记录')?.entries.map((entry) => entry.by)).toEqual(['市教育局', '市财政局']);
    // How the work was assigned reads as the assignment form, not as data.
    expect(sections(panel).find((section) => section.title === '交办')?.fields).toEqual(['办理方式: 分办']);
    // A list branches are opened for is named after the role of its branches.
    expect(sections(panel).at(-1)!.fields).toContain('承办单位: 市教育局、市财政局');
    expect(root(panel).querySelector('[part=replies] h3')!.textContent).toBe('答复与意见');
  });

  it('shows the lead unit the co-handler\'s opinion while it drafts its reply', async () => {
    const { engine, id } = await proposalAssigned({ mode: '会办', leadUnit: '市教育局', coUnits: ['市财政局'] });
    await engine.send(id, { type: 'sendOpinion', actor: unitB, branch: '市财政局', payload: { opinion: '建议由财政统筹课后服务经费，分年度落实。' } });
    await engine.send(id, { type: 'recordConsultation', actor: unitA, branch: '市教育局', payload: consultation });
    const view = await engine.get(id, { actor: unitA });
    expect(view.actions.map((action) => action.event)).toContain('reply');
    const panel = await mountElement('luzhi-task-panel', { view, definition: baseProposal });
    expect(replies(panel).find((list) => list.entries.some((entry) => entry.by === '市财政局'))).toEqual({
      title: '会办意见',
      entries: [{ by: '市财政局', fields: ['会办意见（送主办单位）: 建议由财政统筹课后服务经费，分年度落实。'] }],
    });
    expect(sections(panel)[0]!.fields[0]).toBe('案由: 关于优化课后服务的建议');
  });

  it('shows a unit no field its permissions hide, wherever the data copied it to', async () => {
    const applicant: Actor = { id: 'zhao', roles: ['applicant'] };
    const unit: Actor = { id: 'audit', roles: ['unit'] };
    const engine = createEngine({ definitions: [permitWorkflow], clock: createVirtualClock('2026-03-02T09:00:00+08:00'), tenant: 'test' });
    const { id } = await engine.start('permit', { actor: applicant, data: { notes: [{ text: '材料齐全', internal: 'SECRET-NOTE' }] } });
    await engine.send(id, {
      type: 'submit',
      actor: applicant,
      payload: { title: '临时占道施工', phone: '13900001111', contact: { name: '赵工', phone: '13900002222' }, email: 'zhao@example.org' },
    });
    await engine.send(id, { type: 'check', actor: unit });
    const panel = await mountElement('luzhi-task-panel', { view: await engine.get(id, { actor: unit }), definition: permitWorkflow });
    const html = root(panel).innerHTML;
    for (const secret of ['13900001111', '13900002222', 'SECRET-NOTE', '联系电话', '内部备注']) expect(html).not.toContain(secret);
    expect(sections(panel)).toEqual([
      { title: '申请', fields: ['事项: 临时占道施工', '姓名: 赵工'] },
      // A field the form's layout leaves out is listed by the form field's title; with no title
      // anywhere, the action that writes the data names it.
      { title: '其他信息', fields: ['电子邮箱: zhao@example.org', '核验: 1'] },
    ]);
    expect(replies(panel)).toEqual([{ title: '审核意见', entries: [{ by: '第 1 条', fields: ['意见: 材料齐全'] }] }]);
    // With a form that cannot be laid out, its data is listed by name: still without what is hidden.
    const unreadable = structuredClone(permitWorkflow) as unknown as { forms: { apply: { ui: unknown } } };
    unreadable.forms.apply.ui = { type: 'Grid', elements: [] };
    panel.definition = unreadable;
    await panel.updateComplete;
    for (const secret of ['13900001111', '13900002222', 'SECRET-NOTE']) expect(root(panel).innerHTML).not.toContain(secret);
    expect(sections(panel)).toEqual([{ title: '其他信息', fields: ['事项: 临时占道施工', '电子邮箱: zhao@example.org', '联系人: Name 赵工', '联系人: Name 赵工', '核验: 1'] }]);
    // With a condition in strict mode's doubt, the form still lays the data out, still without what is hidden.
    const uncompilable = structuredClone(permitWorkflow) as unknown as { forms: { apply: { schema: Record<string, unknown> } } };
    Object.assign(uncompilable.forms.apply.schema, { if: { properties: { title: { widget: 'textarea' } } }, then: { required: ['email'] } });
    panel.definition = uncompilable;
    await panel.updateComplete;
    for (const secret of ['13900001111', '13900002222', 'SECRET-NOTE']) expect(root(panel).innerHTML).not.toContain(secret);
    expect(sections(panel)[0]).toEqual({ title: '申请', fields: ['事项: 临时占道施工', '姓名: 赵工'] });
    // The applicant has no action that hides anything, and sees the numbers.
    const own = await mountElement('luzhi-task-panel', { view: await engine.get(id, { actor: applicant }), definition: permitWorkflow });
    expect(root(own).innerHTML).toContain('13900002222');
  });

  it('shows the consultation\'s topic, plan, each member\'s opinion and the public\'s, from its own definition', async () => {
    const { engine } = presetEngine();
    const leader: Actor = { id: 'xu.ming', roles: ['leader'] };
    const office: Actor = { id: 'gu.lan', roles: ['office'] };
    const convener: Actor = { id: 'zhou.hong', roles: ['member'] };
    const { id } = await engine.start('consultation', { actor: leader });
    await engine.send(id, {
      type: 'recommend',
      actor: leader,
      payload: { topic: '南门小吃一条街夜间停车与油烟整治', background: '小吃街夜间车辆乱停乱放、油烟扰民，周边居民多次反映。', category: '基层治理', proposerKind: '党政负责人', proposerName: '开发区党工委' },
    });
    await engine.send(id, { type: 'acceptTopic', actor: office, payload: { convener: 'zhou.hong' } });
    await engine.send(id, { type: 'draftPlan', actor: convener, payload: { agreedTopic: '南门小吃一条街综合整治', aims: '理顺夜间停车秩序，治理油烟扰民。' } });
    await engine.send(id, {
      type: 'finishResearch',
      actor: convener,
      payload: { summary: '线上问卷收集居民意见两百余条。', format: '云协商', invitedMembers: ['li.na', 'wu.gang'] },
    });
    await engine.send(id, { type: 'giveOpinion', actor: { id: 'li.na', roles: ['member'] }, payload: { opinion: '建议错时开放周边机关单位停车场。' } });
    await engine.send(id, { type: 'recordOpinion', actor: office, payload: { source: '群众代表', opinion: '晚上十点后油烟和噪声影响休息。' } });
    const panel = await mountElement('luzhi-task-panel', { view: await engine.get(id, { actor: office }), definition: baseConsultation });
    const shown = sections(panel);
    expect(shown[0]!.fields).toContain('议题: 南门小吃一条街夜间停车与油烟整治');
    expect(shown.map((section) => section.title)).toEqual(expect.arrayContaining(['荐题', '确定召集人']));
    const lists = replies(panel);
    expect(lists.flatMap((list) => list.entries.map((entry) => [list.title, entry.by, ...entry.fields]))).toEqual(
      expect.arrayContaining([
        [expect.any(String), 'li.na', expect.stringContaining('建议错时开放周边机关单位停车场。')],
        [expect.any(String), '第 1 条', expect.stringContaining('群众代表'), expect.stringContaining('晚上十点后油烟和噪声影响休息。')],
      ]),
    );
    // Lists that only say who wrote an entry are not shown a second time.
    expect(squeeze(root(panel).querySelector('[part=content]')!.textContent)).not.toMatch(/Opinion members/);
  });

  it('labels data readably without a definition, and without data-schema titles', async () => {
    const view = await permitView({ reviewCount: 2, last_checked_by: 'audit', 'x-ref': 'A-1' });
    const panel = await mountElement('luzhi-task-panel', { view });
    expect(sections(panel)).toEqual([{ title: '其他信息', fields: ['Review count: 2', 'Last checked by: audit', 'X ref: A-1'] }]);
  });

  it('renders hostile data as text: names of prototype members, deep nesting, huge strings, markup', async () => {
    await page.viewport(1366, 768);
    const deep = JSON.parse(`${'['.repeat(1000)}"bottom"${']'.repeat(1000)}`) as unknown;
    const data = JSON.parse(
      JSON.stringify({ constructor: 'c', toString: 't', deep, title: XSS_TITLE, situation: 'x'.repeat(1_000_000), tags: { hasOwnProperty: 1 } }).replace(
        '"constructor"',
        '"__proto__":{"polluted":"yes"},"constructor"',
      ),
    ) as Record<string, unknown>;
    const view = await permitView(data);
    const panel = await mountElement('luzhi-task-panel', { view: { ...view, actions: [] }, definition: baseProposal });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const labels = [...root(panel).querySelectorAll('[part=content] [part=label]')].map((label) => label.textContent);
    expect(labels).toEqual(expect.arrayContaining(['案由', '情况与分析', 'Proto', 'Constructor', 'To string', 'Deep', 'Tags']));
    expect((window as unknown as { __luzhiXss?: number }).__luzhiXss).toBeUndefined();
    expect(root(panel).querySelector('img')).toBeNull();
    const content = root(panel).querySelector<HTMLElement>('[part=content]')!;
    expect(content.scrollWidth).toBeLessThanOrEqual(content.clientWidth);
    expect(content.textContent).toContain('bottom');
    // The content scrolls by itself; what follows it stays in the window.
    expect(content.scrollHeight).toBeGreaterThan(content.clientHeight);
    expect(root(panel).querySelector('[part=no-actions]')!.getBoundingClientRect().bottom).toBeLessThanOrEqual(768);
  });

  it('shows data of another shape than its form\'s fields as it is, instead of dropping it or failing', async () => {
    const view = await permitView({
      title: { nested: ['a', 'b'] },
      submittedAs: ['委员', '党派'],
      coSigners: 'li.hua',
      suggestedCoUnits: [null, { unit: '市财政局' }],
      replies: ['市教育局的答复写成了文字', null, 5, { reply: '正常的一条答复，内容足够长，写满二十个字以上。' }],
      repliedUnits: ['市教育局', 7],
      consultations: 'not a list',
    });
    const panel = await mountElement('luzhi-task-panel', { view, definition: baseProposal });
    const submitted = sections(panel).find((section) => section.title === '提交提案')!;
    expect(submitted.fields).toEqual(['案由: {"nested":["a","b"]}', '提案者: ["委员","党派"]', '联名委员: li.hua', '建议会办单位: 、{"unit":"市财政局"}']);
    const answers = replies(panel).find((list) => list.title === '答复提案人')!;
    expect(answers.entries.map((entry) => entry.by)).toEqual(['市教育局', '第 3 条', '第 4 条']);
    expect(squeeze(root(panel).querySelector('[part=replies]')!.textContent)).toContain('市教育局的答复写成了文字');
    expect(squeeze(root(panel).querySelector('[part=content]')!.textContent)).toContain('not a list');
  });

  it('puts the content and the actions side by side at 1366×768, stacked on a phone, the actions always in view', async () => {
    const { engine, id } = await proposalInReview();
    const view = await engine.get(id, { actor: proposalOffice });
    const long = { ...view, data: { ...view.data, situation: '情况'.repeat(8000) } } as InstanceView;
    await page.viewport(1366, 768);
    const panel = await mountElement('luzhi-task-panel', { view: long, definition: baseProposal });
    const content = () => root(panel).querySelector('[part=content]')!.getBoundingClientRect();
    const work = () => root(panel).querySelector('[part=work]')!.getBoundingClientRect();
    const lastAction = () => [...root(panel).querySelectorAll('[part~=action]')].at(-1)!.getBoundingClientRect();
    const sideBySide = () => work().left >= content().right;
    // The panel measures its own width once laid out.
    await expect.poll(sideBySide).toBe(true);
    expect(lastAction().bottom).toBeLessThanOrEqual(768);
    panel.layout = 'stacked';
    await panel.updateComplete;
    expect(work().top).toBeGreaterThanOrEqual(content().bottom);
    expect(lastAction().bottom).toBeLessThanOrEqual(768);
    await page.viewport(375, 812);
    panel.layout = 'auto';
    await expect.poll(sideBySide).toBe(false);
    expect(work().top).toBeGreaterThanOrEqual(content().bottom);
    expect(lastAction().bottom).toBeLessThanOrEqual(812);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
    panel.layout = 'side-by-side';
    await panel.updateComplete;
    expect(work().left).toBeGreaterThanOrEqual(content().right);
    expect(panel.getAttribute('layout')).toBe('side-by-side');
  });

  it('takes the width a host\'s flex row or auto-sized grid column gives it, and goes side by side there', async () => {
    const { engine, id } = await proposalInReview();
    const view = await engine.get(id, { actor: proposalOffice });
    await page.viewport(1366, 768);
    for (const style of ['display: flex', 'display: grid; grid-template-columns: 20rem auto']) {
      const row = document.createElement('div');
      row.setAttribute('style', style);
      const inbox = document.createElement('div');
      inbox.style.width = '20rem';
      const panel = document.createElement('luzhi-task-panel');
      Object.assign(panel, { view, definition: baseProposal });
      row.append(inbox, panel);
      document.body.replaceChildren(row);
      await panel.updateComplete;
      // As wide as its content asks in a flex row, as the column in a grid: never collapsed.
      expect(panel.getBoundingClientRect().width, style).toBeGreaterThan(600);
      if (style.startsWith('display: grid')) {
        await expect.poll(() => root(panel).querySelector('[part=body]')!.classList.contains('side-by-side'), { message: style }).toBe(true);
      }
    }
  });
});

/** A view of a permit instance whose data is `data`, as if the engine had returned it. */
async function permitView(data: Record<string, unknown>): Promise<InstanceView> {
  const engine = createEngine({ definitions: [permitWorkflow], clock: createVirtualClock('2026-03-02T09:00:00+08:00'), tenant: 'test' });
  const { id } = await engine.start('permit', { actor: { id: 'zhao', roles: ['applicant'] } });
  return { ...(await engine.get(id)), data };
}
