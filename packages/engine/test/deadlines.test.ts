import { describe, expect, it, vi } from 'vitest';
import { chinaMainlandCalendar, createEngine, createMemoryStore, createVirtualClock, PayloadError, type Actor, type Store } from '../src/index.js';
import { proposalEngine, member, office, assigner, unit, submitPayload, replyPayload } from './support/proposal.js';

/** A small workflow: a 10-working-day review that escalates when it expires. */
const reviewDefinition = {
  id: 'review-deadline',
  version: 1,
  title: '审查时限',
  roles: { office: { title: '提案委员会' }, leader: { title: '分管领导' } },
  data: { type: 'object', properties: { escalated: { type: 'boolean' } } },
  initial: 'review',
  states: {
    review: {
      title: '审查',
      deadline: {
        within: '10WD',
        warnBefore: '3WD',
        onExpire: { to: 'escalated', effects: [{ notify: { roles: ['leader'], message: '审查超期，已提交分管领导' } }] },
        extend: { roles: ['office'], max: 'P10D' },
      },
      on: { accept: { to: 'done', roles: ['office'] } },
    },
    escalated: { title: '领导督办', on: { decide: { to: 'done', roles: ['leader'] } } },
    done: { type: 'final' },
  },
};
const officer: Actor = { id: 'o1', roles: ['office'] };

function reviewEngine(start: string) {
  const notices: unknown[] = [];
  const clock = createVirtualClock(start);
  const store = createMemoryStore();
  const engine = createEngine({ definitions: [reviewDefinition], clock, store, notify: (request) => void notices.push(request.message) });
  return { engine, clock, store, notices };
}

describe('deadlines on the committee calendar', () => {
  it('counts working days across the 2026 Spring Festival and its make-up Saturdays', async () => {
    const { engine } = reviewEngine('2026-02-10T09:00:00+08:00');
    const view = await engine.start('review-deadline', { actor: officer, id: 'R1' });
    // 02-11, 02-12, 02-13, 02-14 (make-up Saturday), 02-24 … 02-27, 02-28 (make-up Saturday), 03-02.
    expect(view.deadlines.review).toMatchObject({ due: '2026-03-02T16:00:00.000Z', colour: 'green', overdue: false, extensions: 0 });
    // The warning window spans the last 3 working days, the due day included: from 02-27 00:00 (+08).
    expect(view.deadlines.review!.warnAt).toBe('2026-02-26T16:00:00.000Z');
  });

  it('starts counting on the next working day when the state is entered on a holiday', async () => {
    const { engine } = reviewEngine('2026-10-03T10:00:00+08:00');
    const view = await engine.start('review-deadline', { actor: officer, id: 'R2' });
    // National Day runs to 10-07; 10-10 is a make-up Saturday: 10-08, 10-09, 10-10, 10-12 … 10-16, 10-19, 10-20.
    expect(view.deadlines.review!.due).toBe('2026-10-20T16:00:00.000Z');
  });

  it('turns a task yellow in the warning window and red when overdue, and lists it by due date', async () => {
    const { engine, clock } = reviewEngine('2026-03-02T09:00:00+08:00');
    await engine.start('review-deadline', { actor: officer, id: 'EARLY' });
    clock.advance('P1D');
    await engine.start('review-deadline', { actor: officer, id: 'LATE' });
    const colours = async () => (await engine.tasks({ actor: officer })).map((task) => [task.instanceId, task.colour]);
    expect(await colours()).toEqual([['EARLY', 'green'], ['LATE', 'green']]);
    // EARLY is due at the end of 03-16 and warned from 03-12; LATE a day later each.
    clock.set('2026-03-12T09:00:00+08:00');
    expect(await colours()).toEqual([['EARLY', 'yellow'], ['LATE', 'green']]);
    expect((await engine.tasks({ actor: officer, dueSoon: true })).map((task) => task.instanceId)).toEqual(['EARLY']);
    clock.set('2026-03-17T09:00:00+08:00');
    expect(await colours()).toEqual([['EARLY', 'red'], ['LATE', 'yellow']]);
    expect((await engine.tasks({ actor: officer, overdue: true })).map((task) => task.instanceId)).toEqual(['EARLY']);
    expect((await engine.tasks({ actor: officer, overdue: false })).map((task) => task.instanceId)).toEqual(['LATE']);
    expect((await engine.tasks({ actor: officer, sort: 'due' }))[0]).toMatchObject({ instanceId: 'EARLY', overdue: true });
  });

  it('fires onExpire once, moving the instance and notifying, as an audited system event', async () => {
    const { engine, clock, notices } = reviewEngine('2026-03-02T09:00:00+08:00');
    await engine.start('review-deadline', { actor: officer, id: 'R3' });
    expect(await engine.runDueTimers()).toEqual({ fired: 0, dropped: 0, retried: 0, quarantined: 0 });
    clock.advance('P1M');
    expect(await engine.runDueTimers()).toEqual({ fired: 1, dropped: 0, retried: 0, quarantined: 0 });
    expect(await engine.runDueTimers()).toEqual({ fired: 0, dropped: 0, retried: 0, quarantined: 0 });
    const view = await engine.get('R3');
    expect(view.state).toBe('escalated');
    expect(view.deadlines).toEqual({});
    expect(notices).toEqual(['审查超期，已提交分管领导']);
    const last = (await engine.history('R3')).at(-1);
    expect(last).toMatchObject({ type: 'deadlineExpired', actor: { id: 'luzhi:system' }, from: 'review', to: 'escalated', payload: { state: 'review' } });
    expect(await engine.verifyHistory('R3')).toMatchObject({ ok: true });
  });

  it('writes the data its onExpire sets, evaluated when the timer fires, and refuses a set the data schema forbids', async () => {
    const marking = structuredClone(reviewDefinition) as any;
    marking.data.properties.overdueSince = { type: 'string' };
    marking.states.review.deadline.onExpire.set = { '/escalated': 'true', '/overdueSince': 'day(now)' };
    const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
    const engine = createEngine({ definitions: [marking], clock, notify: () => undefined });
    await engine.start('review-deadline', { actor: officer, id: 'R9' });
    clock.set('2026-03-17T07:30:00+08:00');
    expect(await engine.runDueTimers()).toMatchObject({ fired: 1 });
    expect(await engine.get('R9')).toMatchObject({ state: 'escalated', data: { escalated: true, overdueSince: '2026-03-17' } });

    const undeclared = structuredClone(marking);
    undeclared.data.additionalProperties = false;
    undeclared.states.review.deadline.onExpire.set = { '/nowhere': 'actor.id' };
    expect(() => createEngine({ definitions: [undeclared] })).toThrow(
      expect.objectContaining({ issues: expect.arrayContaining([expect.objectContaining({ pointer: '/states/review/deadline/onExpire/set/~1nowhere' })]) }),
    );
  });

  it('fires each timer exactly once when runDueTimers is called concurrently', async () => {
    const { engine, clock, notices } = reviewEngine('2026-03-02T09:00:00+08:00');
    for (let i = 0; i < 20; i++) await engine.start('review-deadline', { actor: officer, id: `C${i}` });
    clock.advance('P1M');
    const runs = await Promise.all([engine.runDueTimers(), engine.runDueTimers(), engine.runDueTimers()]);
    expect(runs.reduce((sum, run) => sum + run.fired, 0)).toBe(20);
    expect(notices).toHaveLength(20);
    for (let i = 0; i < 20; i++) {
      const history = await engine.history(`C${i}`);
      expect(history.filter((event) => event.type === 'deadlineExpired')).toHaveLength(1);
    }
  });

  it('drops the timers of a state that was left before they fell due', async () => {
    const { engine, clock, notices } = reviewEngine('2026-03-02T09:00:00+08:00');
    await engine.start('review-deadline', { actor: officer, id: 'R4' });
    await engine.send('R4', { type: 'accept', actor: officer });
    clock.advance('P2M');
    expect(await engine.runDueTimers()).toEqual({ fired: 0, dropped: 0, retried: 0, quarantined: 0 });
    expect(notices).toEqual([]);
  });

  it('extends a deadline once, within its maximum, with an audited reason', async () => {
    const { engine, clock } = reviewEngine('2026-03-02T09:00:00+08:00');
    await engine.start('review-deadline', { actor: officer, id: 'R5' });
    const before = (await engine.get('R5', { actor: officer })).deadlines.review!.due;
    expect((await engine.get('R5', { actor: officer })).actions.map((action) => action.event)).toEqual(['accept', 'extendDeadline']);
    await expect(engine.send('R5', { type: 'extendDeadline', actor: { id: 'l', roles: ['leader'] }, payload: { by: 'P5D', reason: '需补充调研' } })).rejects.toMatchObject({ code: 'actor.forbidden' });
    await expect(engine.send('R5', { type: 'extendDeadline', actor: officer, payload: { by: 'P1M', reason: '需补充调研' } })).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'payload.extensionTooLong', pointer: '/by' })] });
    await expect(engine.send('R5', { type: 'extendDeadline', actor: officer, payload: { by: 'P5D' } })).rejects.toBeInstanceOf(PayloadError);
    const extended = await engine.send('R5', { type: 'extendDeadline', actor: officer, payload: { by: 'P7D', reason: '需补充调研' } });
    expect(extended.deadlines.review).toMatchObject({ extensions: 1, due: new Date(Date.parse(before) + 7 * 86_400_000).toISOString() });
    expect(extended.state).toBe('review');
    expect((await engine.history('R5')).at(-1)).toMatchObject({ type: 'extendDeadline', payload: { by: 'P7D', reason: '需补充调研', from: before } });
    await expect(engine.send('R5', { type: 'extendDeadline', actor: officer, payload: { by: 'P1D', reason: '再次延期' } })).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'payload.noExtensionLeft' })] });
    // The old expiry no longer fires; the moved one does.
    clock.set('2026-03-17T09:00:00+08:00');
    expect(await engine.runDueTimers()).toMatchObject({ fired: 0 });
    clock.set('2026-03-24T09:00:00+08:00');
    expect(await engine.runDueTimers()).toMatchObject({ fired: 1 });
    expect((await engine.get('R5')).state).toBe('escalated');
  });

  it('lets a definition redefine the colours (Lianshui 三色管理: 不满意 is red)', async () => {
    const definition = structuredClone(reviewDefinition) as Record<string, any>;
    definition.id = 'coloured';
    definition.colours = [
      { colour: 'red', when: 'task.overdue || data.escalated == true' },
      { colour: 'yellow', when: 'task.dueSoon' },
    ];
    definition.states.review.on.flag = { to: 'review', roles: ['office'], set: { '/escalated': 'true' } };
    const engine = createEngine({ definitions: [definition], clock: createVirtualClock('2026-03-02T09:00:00+08:00'), notify: () => undefined });
    await engine.start('coloured', { actor: officer, id: 'K1' });
    expect((await engine.tasks({ actor: officer }))[0]!.colour).toBe('green');
    const flagged = await engine.send('K1', { type: 'flag', actor: officer });
    expect(flagged.colour).toBe('red');
    expect((await engine.tasks({ actor: officer }))[0]!.colour).toBe('red');
  });
});

describe('the example proposal workflow’s deadlines', () => {
  it('gives the handling unit three months, reminds 15 days before, and shows due dates in its to-do list', async () => {
    const { engine, clock, delivered } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    await engine.send(id, { type: 'accept', actor: office });
    await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' } });
    const [task] = await engine.tasks({ actor: unit });
    expect(task).toMatchObject({ state: 'leading', unit: '市教育局', due: '2026-05-10T01:00:00.000Z', warnAt: '2026-04-25T01:00:00.000Z', colour: 'green' });
    delivered.length = 0;
    clock.set('2026-04-26T09:00:00+08:00');
    expect(await engine.runDueTimers()).toMatchObject({ fired: 1 });
    expect(delivered).toEqual([expect.objectContaining({ kind: 'notify', detail: expect.objectContaining({ roles: ['handling-unit', 'proposal-office'] }) })]);
    expect((await engine.get(id)).colour).toBe('yellow');
    await engine.send(id, { type: 'reply', actor: unit, payload: replyPayload });
    expect((await engine.get(id)).deadlines).toEqual({});
  });
});

describe('timers in the host', () => {
  it('fires due timers from a timer loop until it is stopped', async () => {
    const { engine, clock, notices } = reviewEngine('2026-03-02T09:00:00+08:00');
    await engine.start('review-deadline', { actor: officer, id: 'L1' });
    const loop = engine.startTimerLoop({ intervalMs: 5 });
    clock.advance('P1M');
    await vi.waitFor(() => expect(notices).toHaveLength(1), { timeout: 2_000, interval: 5 });
    loop.stop();
    expect((await engine.get('L1')).state).toBe('escalated');
  });

  it('counts on a committee’s own calendar: a local closure day is not a working day', async () => {
    const calendar = chinaMainlandCalendar().extend([
      { region: 'cn', year: 2026, overlay: true, source: '本委通知（示例）', holidays: [{ name: '机关集中学习日', from: '2026-03-03', to: '2026-03-03' }], workdays: [] },
    ]);
    const engine = createEngine({ definitions: [reviewDefinition], clock: createVirtualClock('2026-03-02T09:00:00+08:00'), calendar, notify: () => undefined });
    const view = await engine.start('review-deadline', { actor: officer, id: 'L2' });
    // 03-03 is skipped: 03-04 … 03-06, 03-09 … 03-13, 03-16, 03-17.
    expect(view.deadlines.review!.due).toBe('2026-03-17T16:00:00.000Z');
  });
});

describe('deadline corrections', () => {
  it('extends a working-day deadline from its due day, not the day after', async () => {
    const definition = structuredClone(reviewDefinition) as Record<string, any>;
    definition.id = 'wd-extend';
    definition.states.review.deadline.extend = { roles: ['office'], max: '5WD' };
    const engine = createEngine({ definitions: [definition], clock: createVirtualClock('2026-03-02T09:00:00+08:00'), notify: () => undefined });
    const started = await engine.start('wd-extend', { actor: officer, id: 'W1' });
    expect(started.deadlines.review!.due).toBe('2026-03-16T16:00:00.000Z'); // end of Mon 03-16
    const extended = await engine.send('W1', { type: 'extendDeadline', actor: officer, payload: { by: '1WD', reason: '补充材料' } });
    expect(extended.deadlines.review!.due).toBe('2026-03-17T16:00:00.000Z'); // end of Tue 03-17
    await expect(engine.send('W1', { type: 'extendDeadline', actor: officer, payload: { by: '6WD', reason: '超过上限' } })).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'payload.noExtensionLeft' })] });
  });

  it('restarts a state’s deadline when an action returns to the same state', async () => {
    const definition = structuredClone(reviewDefinition) as Record<string, any>;
    definition.id = 'self-loop';
    definition.states.review.on.restart = { to: 'review', roles: ['office'] };
    const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
    const engine = createEngine({ definitions: [definition], clock, notify: () => undefined });
    const first = await engine.start('self-loop', { actor: officer, id: 'S1' });
    clock.advance('P7D');
    const again = await engine.send('S1', { type: 'restart', actor: officer });
    expect(again.state).toBe('review');
    expect(again.deadlines.review!.due > first.deadlines.review!.due).toBe(true);
  });

  it('fires the timers of a definition this engine was not given, from the store', async () => {
    const store = createMemoryStore();
    const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
    const full = createEngine({ definitions: [reviewDefinition], clock, store, notify: () => undefined });
    await full.start('review-deadline', { actor: officer, id: 'X1' });
    const other = structuredClone(reviewDefinition) as Record<string, any>;
    other.id = 'unrelated';
    const partial = createEngine({ definitions: [other], clock, store, notify: () => undefined });
    clock.advance('P1M');
    expect(await partial.runDueTimers()).toMatchObject({ fired: 1, dropped: 0, retried: 0, quarantined: 0 });
  });

  it('leaves timers of a definition neither given nor in the store, for an engine that has it', async () => {
    // A store that keeps no definitions: as one holding instances started before definitions were kept.
    const inner = createMemoryStore();
    const store: Store = { ...inner, saveDefinition: async (row) => row };
    const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
    const full = createEngine({ definitions: [reviewDefinition], clock, store, notify: () => undefined });
    await full.start('review-deadline', { actor: officer, id: 'X1' });
    const other = structuredClone(reviewDefinition) as Record<string, any>;
    other.id = 'unrelated';
    const partial = createEngine({ definitions: [other], clock, store, notify: () => undefined });
    clock.advance('P1M');
    expect(await partial.runDueTimers()).toMatchObject({ fired: 0, dropped: 0, retried: 1, quarantined: 0 });
    clock.advance('PT2M'); // past the lease
    expect(await full.runDueTimers()).toMatchObject({ fired: 1 });
  });
});

describe('provisional deadlines', () => {
  it('recounts a deadline counted through a year without calendar data once that year is added', async () => {
    const definition = structuredClone(reviewDefinition) as Record<string, any>;
    definition.id = 'year-end';
    definition.states.review.on.note = { roles: ['office'], set: { '/escalated': 'false' } };
    const store = createMemoryStore();
    const clock = createVirtualClock('2026-12-28T09:00:00+08:00');
    const before = createEngine({ definitions: [definition], clock, store, notify: () => undefined });
    const started = await before.start('year-end', { actor: officer, id: 'Y1' });
    expect(started.deadlines.review).toMatchObject({ provisional: true });
    // 2027's notice arrives: New Year's Day off, a make-up Sunday is not in play here.
    const calendar = chinaMainlandCalendar().extend([
      { region: 'cn', year: 2027, source: '示例数据（非官方）', holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }], workdays: [] },
    ]);
    const after = createEngine({ definitions: [definition], clock, store, calendar, notify: () => undefined });
    const noted = await after.send('Y1', { type: 'note', actor: officer });
    expect(noted.deadlines.review!.provisional).toBeUndefined();
    // Counted with the holiday: 12-29, 12-30, 12-31, 01-04 … 01-08, 01-11, 01-12 → due end of 01-12.
    expect(noted.deadlines.review!.due).toBe('2027-01-12T16:00:00.000Z');
    expect(started.deadlines.review!.due).toBe('2027-01-11T16:00:00.000Z');
  });
});
