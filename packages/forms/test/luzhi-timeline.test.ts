import { describe, expect, it } from 'vitest';
import '../src/define/luzhi-timeline.js';
import { axeViolations, mountElement, shadowOf, XSS_TITLE } from './components/mount.js';
import { coUnit, proposal, proposalInHandling } from './components/proposal-engine.js';

const texts = (root: ShadowRoot, part: string) => [...root.querySelectorAll(`[part~=${part}]`)].map((element) => element.textContent);

describe('<luzhi-timeline>', () => {
  it('shows who did what, when, on which branch and where the instance went', async () => {
    const { engine, id, clock } = await proposalInHandling();
    clock.advance('P3D');
    await engine.send(id, { type: 'sendOpinion', actor: coUnit, payload: { opinion: '同意主办单位意见，建议增加财政预算安排。' } });
    const timeline = await mountElement('luzhi-timeline', { events: await engine.history(id), definition: proposal });
    const root = shadowOf(timeline);
    expect(texts(root, 'actor')).toEqual(['王立委员', '王立委员', '提案委员会办公室', '市政府办公室', '市财政局']);
    expect(texts(root, 'action')).toEqual(['创建', '提交', '立案', '交办', '提出会办意见']);
    expect(texts(root, 'branch')).toEqual(['承办单位：市财政局']);
    expect(texts(root, 'moved')[1]).toBe('转入：立：审查立案');
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2026-02-10T01:00:00.000Z');
    expect(root.querySelector('time')!.textContent).toBe('2026/02/10 09:00');
    expect(await axeViolations(timeline)).toEqual([]);

    timeline.newestFirst = true;
    await timeline.updateComplete;
    expect(texts(root, 'action')[0]).toBe('提出会办意见');
  });

  it('names a branch by the role its state branches over: a co-signer is not a unit', async () => {
    const events = [
      { seq: 1, at: '2026-02-10T01:00:00.000Z', actor: { id: 'li.hua', roles: ['member'] }, type: 'confirmCoSign', branch: 'li.hua', payload: {}, from: { cosigning: { 'li.hua': 'pending' } }, to: 'review', prevHash: '', instanceHash: 'r1', hash: 'a' },
      { seq: 2, at: '2026-02-11T01:00:00.000Z', actor: { id: 'x', roles: [] }, type: 'confirmCoSign', branch: 'li.hua', payload: {}, from: 'cosigning', to: 'review', prevHash: 'a', instanceHash: 'r2', hash: 'b' },
    ];
    const zh = shadowOf(await mountElement('luzhi-timeline', { events, definition: proposal }));
    expect(texts(zh, 'branch')).toEqual(['联名委员：li.hua', '联名委员：li.hua']);
    const en = shadowOf(await mountElement('luzhi-timeline', { events, definition: proposal }, 'en'));
    expect(texts(en, 'branch')).toEqual(['Co-signer: li.hua', 'Co-signer: li.hua']);
    // Without the definition the role is unknown: a unit's label, as before.
    const bare = shadowOf(await mountElement('luzhi-timeline', { events }));
    expect(texts(bare, 'branch')).toEqual(['承办单位：li.hua', '承办单位：li.hua']);
  });

  it('shows a reason given with an action, and the system for deadline events, in English', async () => {
    const events = [
      { seq: 1, at: '2026-02-10T01:00:00.000Z', actor: { id: 'luzhi:system', roles: [] }, type: 'deadlineWarning', payload: { state: 'handling', due: 'x' }, from: 'handling', to: 'handling', prevHash: '', instanceHash: 'r1', hash: 'a' },
      { seq: 2, at: '2026-02-11T01:00:00.000Z', actor: { id: 'o1', roles: ['proposal-office'] }, type: 'returnForRevision', payload: { reason: XSS_TITLE }, from: 'review', to: 'draft', prevHash: 'a', instanceHash: 'r2', hash: 'b' },
    ];
    const timeline = await mountElement('luzhi-timeline', { events, definition: proposal }, 'en');
    const root = shadowOf(timeline);
    expect(texts(root, 'actor')).toEqual(['System', 'o1']);
    expect(texts(root, 'action')).toEqual(['Deadline reminder', 'Return for revision']);
    expect(texts(root, 'note')).toEqual([XSS_TITLE]);
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows the instances an event started, and where a started instance comes from', async () => {
    const decline = { seq: 3, at: '2026-02-11T01:00:00.000Z', actor: { id: 'o1', roles: ['office'] }, type: 'decline', started: [{ id: 'P-1~3.0', workflow: 'public-opinion', version: 1 }], from: 'review', to: 'converted', prevHash: 'a', instanceHash: 'r3', hash: 'b' };
    const start = { seq: 1, at: '2026-02-11T01:00:00.000Z', actor: { id: 'o1', roles: ['office'] }, type: 'start', origin: { instance: 'P-1', workflow: 'proposal', version: 1, seq: 3, step: 'decline' }, from: null, to: 'reviewing', prevHash: '', instanceHash: 'r1', hash: 'c' };
    const timeline = await mountElement('luzhi-timeline', { events: [decline] });
    expect(texts(shadowOf(timeline), 'link')).toEqual(['启动：public-opinion P-1~3.0']);
    const started = await mountElement('luzhi-timeline', { events: [start] }, 'en');
    expect(texts(shadowOf(started), 'link')).toEqual(['Started by proposal P-1, event 3']);
    // A link of another shape is left out, never shown as it is.
    const odd = await mountElement('luzhi-timeline', { events: [{ ...decline, started: [{ id: XSS_TITLE }] as never, origin: 'P-1' as never }] });
    expect(texts(shadowOf(odd), 'link')).toEqual([]);
  });

  it('shows names without a definition, and says where an event is wrong', async () => {
    const events = [{ seq: 1, at: '2026-02-10T01:00:00.000Z', actor: { id: 'u1', roles: [] }, type: 'submit', from: 'draft', to: 'review', prevHash: '', instanceHash: 'r1', hash: 'a' }];
    const timeline = await mountElement('luzhi-timeline', { events }, 'en');
    expect(texts(shadowOf(timeline), 'action')).toEqual(['submit']);
    timeline.events = [{ ...events[0]!, actor: 'u1' as never }];
    await timeline.updateComplete;
    expect(shadowOf(timeline).querySelector('[part=error]')!.textContent).toBe('<luzhi-timeline>: events/0/actor is invalid: expected an object');
  });
});
