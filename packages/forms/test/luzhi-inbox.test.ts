import type { Task } from '@luzhi/engine';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define/luzhi-inbox.js';
import type { InboxTask, LuzhiInbox, LuzhiOpenDetail } from '../src/index.js';
import { axeViolations, mountElement, shadowOf, XSS_TITLE } from './components/mount.js';
import { assigner, proposalEngine, member, submission, office } from './components/proposal-engine.js';

function task(instanceId: string, colour: Task['colour'], due: string | undefined, extra: Partial<InboxTask> = {}): InboxTask {
  return {
    tenant: 't',
    instanceId,
    definition: { id: 'proposal', version: 1 },
    state: 'handling',
    stateTitle: { 'zh-CN': '办：主办单位答复', en: 'Handle' },
    roles: [],
    actions: ['reply'],
    createdAt: `2026-03-0${instanceId.length % 9}T09:00:00.000Z`,
    ...(due ? { due } : {}),
    overdue: colour === 'red',
    dueSoon: colour === 'yellow',
    colour,
    ...extra,
  };
}

const tasks: InboxTask[] = [
  task('p-1', 'green', '2026-06-10T00:00:00.000Z', { title: '关于校园周边交通的建议', unit: '市教育局' }),
  task('p-22', 'red', '2026-03-01T00:00:00.000Z', { title: '关于老旧小区加装电梯的建议' }),
  task('p-333', 'yellow', '2026-04-01T00:00:00.000Z', { title: '关于农村饮水安全的建议' }),
  task('p-4444', 'green', undefined, { title: '关于图书馆延时开放的建议' }),
];

const titles = (inbox: LuzhiInbox) => [...shadowOf(inbox).querySelectorAll('[part~=title]')].map((element) => element.textContent);
const selectedTitle = (inbox: LuzhiInbox) => shadowOf(inbox).querySelector('[aria-selected=true] [part~=title]')!.textContent;

describe('<luzhi-inbox>', () => {
  it('lists tasks soonest due first, with step, unit, due date and the colour in words', async () => {
    const inbox = await mountElement('luzhi-inbox', { tasks });
    expect(titles(inbox)).toEqual(['关于老旧小区加装电梯的建议', '关于农村饮水安全的建议', '关于校园周边交通的建议', '关于图书馆延时开放的建议']);
    const root = shadowOf(inbox);
    expect([...root.querySelectorAll('[part~=badge]')].map((badge) => badge.textContent)).toEqual(['逾期', '临期', '正常', '正常']);
    expect(root.querySelector('[part~=unit]')!.textContent).toBe('承办单位：市教育局');
    expect(root.querySelector('[part~=due]')!.textContent).toBe('期限 2026/03/01');
    expect([...root.querySelectorAll('[part~=due]')].at(-1)!.textContent).toBe('无期限');
    expect(root.querySelector('[part=count]')!.textContent).toBe('共 4 件');
  });

  it('filters by colour and text, and sorts by urgency or arrival', async () => {
    const inbox = await mountElement('luzhi-inbox', { tasks }, 'en');
    const root = shadowOf(inbox);
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('[part=colour-filter]')!, 'green');
    expect(titles(inbox)).toEqual(['关于校园周边交通的建议', '关于图书馆延时开放的建议']);
    await userEvent.fill(root.querySelector<HTMLInputElement>('[part=search]')!, '图书馆');
    expect(titles(inbox)).toEqual(['关于图书馆延时开放的建议']);
    await userEvent.fill(root.querySelector<HTMLInputElement>('[part=search]')!, 'nothing like it');
    expect(root.querySelector('[part~=empty]')!.textContent).toBe('Nothing to do');
    inbox.search = '';
    inbox.colour = 'all';
    await inbox.updateComplete;
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('[part=sort]')!, 'created');
    expect(titles(inbox)[0]).toBe('关于校园周边交通的建议');
    expect(inbox.getAttribute('sort')).toBe('created');
  });

  it('is used with the keyboard alone: Tab to the list, arrows and Home/End to choose, Enter to open', async () => {
    const inbox = await mountElement('luzhi-inbox', { tasks });
    const opened: InboxTask[] = [];
    inbox.addEventListener('luzhi-open', (event) => opened.push((event as CustomEvent<LuzhiOpenDetail>).detail.task));
    for (let presses = 0; presses < 4; presses++) await userEvent.tab();
    expect(shadowOf(inbox).activeElement?.getAttribute('role')).toBe('option');
    expect(selectedTitle(inbox)).toBe('关于老旧小区加装电梯的建议');
    await userEvent.keyboard('{ArrowDown}');
    expect(selectedTitle(inbox)).toBe('关于农村饮水安全的建议');
    expect(shadowOf(inbox).activeElement?.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{End}');
    expect(selectedTitle(inbox)).toBe('关于图书馆延时开放的建议');
    await userEvent.keyboard('{Home}{ArrowDown}{Enter}');
    expect(opened.map((row) => row.instanceId)).toEqual(['p-333']);
    expect(shadowOf(inbox).querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('lists what engine.tasks returns, and passes an accessibility check', async () => {
    const { engine } = proposalEngine();
    for (const title of ['关于加强校园周边交通安全的建议', '关于推进垃圾分类的建议']) {
      const { id } = await engine.start('proposal', { actor: member });
      await engine.send(id, { type: 'submit', actor: member, payload: { ...submission, title } });
      await engine.send(id, { type: 'accept', actor: office });
    }
    const rows = await engine.tasks({ actor: assigner });
    const inbox = await mountElement('luzhi-inbox', { tasks: rows });
    expect(titles(inbox)).toHaveLength(2);
    expect(shadowOf(inbox).querySelector('[part~=step]')!.textContent).toBe('交：交办');
    expect(await axeViolations(inbox)).toEqual([]);
  });

  it('renders titles as text, and says where a task row is wrong', async () => {
    const inbox = await mountElement('luzhi-inbox', { tasks: [task('x', 'red', undefined, { title: XSS_TITLE, unit: XSS_TITLE })] });
    expect(titles(inbox)).toEqual([XSS_TITLE]);
    expect(shadowOf(inbox).querySelector('img')).toBeNull();
    inbox.tasks = [tasks[0]!, { ...tasks[1]!, colour: 'blue' as never }];
    await inbox.updateComplete;
    expect(shadowOf(inbox).querySelector('[part=error]')!.textContent).toBe('<luzhi-inbox> 的 tasks/1/colour 有误：应为 green、yellow、red 之一');
  });
});
