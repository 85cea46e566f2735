import { describe, expect, it } from 'vitest';
import {
  chinaMainlandCalendar,
  createEngine,
  createMemoryStore,
  createVirtualClock,
  type Actor,
  type CalendarYearData,
  type Store,
} from '../src/index.js';
import { everyStore } from './support/every-store.js';

const stores = everyStore('provisional');

/**
 * A 2027 file made up for these tests: one committee day off on Wednesday 2027-01-06. It is not
 * the State Council's schedule (which is not bundled); it only makes 2027 a year with data.
 */
const illustrative2027: CalendarYearData = {
  region: 'cn',
  year: 2027,
  source: '测试用示例数据，不是国务院办公厅的放假通知 / illustrative test data, not the official notice',
  holidays: [{ name: '本委闭会日（示例）', from: '2027-01-06', to: '2027-01-06' }],
  workdays: [],
};

/** A review with a warned, escalating 10-working-day deadline, then one branch per unit with its own. */
const definition = {
  id: 'year-end',
  version: 1,
  title: '跨年时限',
  roles: { office: { title: '办公室' }, leader: { title: '分管领导' }, unit: { title: '承办单位', scope: 'unit' } },
  data: { type: 'object', properties: { units: { type: 'array', items: { type: 'string' } } } },
  initial: 'review',
  states: {
    review: {
      deadline: {
        within: '10WD',
        warnBefore: '3WD',
        onWarn: { effects: [{ notify: { roles: ['office'], message: '审查即将到期' } }] },
        onExpire: { to: 'escalated' },
        extend: { roles: ['office'], max: 'P10D' },
      },
      on: { accept: { to: 'handling', roles: ['office'] } },
    },
    escalated: { on: { decide: { to: 'done', roles: ['leader'] } } },
    handling: {
      forEach: { in: '/units', role: 'unit' },
      initial: 'working',
      states: {
        working: { deadline: { within: '10WD' }, on: { reply: { to: 'replied', roles: ['unit'] } } },
        replied: { type: 'final' },
      },
      onDone: { to: 'done' },
    },
    done: { type: 'final' },
  },
};

const officer: Actor = { id: 'o1', roles: ['office'] };
const unitA: Actor = { id: 'a', roles: ['unit'], unit: '一处' };
// A unit named like a prototype member is a unit like any other.
const unitB: Actor = { id: 'b', roles: ['unit'], unit: '__proto__' };

/** Counted on weekends only: 12-29, 12-30, 12-31, 01-01, 01-04 … 01-08, 01-11 → the end of Monday 2027-01-11. */
const PROVISIONAL_DUE = '2027-01-11T16:00:00.000Z';
/** With the committee day 01-06 off, the tenth working day is Tuesday 2027-01-12. */
const RECOUNTED_DUE = '2027-01-12T16:00:00.000Z';

/** Two engines on one store and one clock: as deployed before 2027's data, and after it is added. */
async function engines(openStore: () => Promise<Store | undefined>) {
  const store = (await openStore()) ?? createMemoryStore();
  const clock = createVirtualClock('2026-12-28T09:00:00+08:00');
  const options = { definitions: [definition], store, clock, notify: () => undefined };
  const before = createEngine(options);
  const after = createEngine({ ...options, calendar: chinaMainlandCalendar().extend([illustrative2027]) });
  const strict = createEngine({ ...options, calendar: chinaMainlandCalendar({ missingYear: 'throw' }) });
  return { before, after, strict, clock };
}

// Opening a SQL store migrates a new schema: slow on a busy machine.
describe.each(stores)('deadlines counted into a year without calendar data, on the %s store', { timeout: 60_000 }, (_name, openStore) => {
  it('marks the deadline, the view and the to-do item provisional', async () => {
    const { before } = await engines(openStore);
    const view = await before.start('year-end', { actor: officer, id: 'Y1' });
    expect(view.deadlines.review).toMatchObject({ due: PROVISIONAL_DUE, provisional: true });
    expect(await before.tasks({ actor: officer })).toEqual([expect.objectContaining({ state: 'review', due: PROVISIONAL_DUE, provisional: true })]);
  });

  it('recounts on a timer once the year is added: the early expiry does not fire, the recount is audited and the flag cleared', async () => {
    const { before, after, clock } = await engines(openStore);
    await before.start('year-end', { actor: officer, id: 'Y2' });
    clock.set('2027-01-12T08:00:00+08:00'); // past the provisional due, before the recounted one
    await after.runDueTimers();
    await after.runDueTimers();
    const view = await after.get('Y2');
    expect(view.state).toBe('review');
    expect(view.deadlines.review).toMatchObject({ due: RECOUNTED_DUE, overdue: false });
    expect(view.deadlines.review!.provisional).toBeUndefined();
    const history = await after.history('Y2');
    expect(history.find((event) => event.type === 'deadlinesRecounted')).toMatchObject({
      actor: { id: 'luzhi:system' },
      payload: { deadlines: [{ state: 'review', from: PROVISIONAL_DUE, due: RECOUNTED_DUE }] },
    });
    const task = (await after.tasks({ actor: officer }))[0]!;
    expect(task).toMatchObject({ due: RECOUNTED_DUE });
    expect(task.provisional).toBeUndefined();
    clock.set('2027-01-13T08:00:00+08:00');
    await after.runDueTimers();
    expect((await after.get('Y2')).state).toBe('escalated');
    expect(await after.verifyHistory('Y2')).toMatchObject({ ok: true });
  });

  it('extends from the recounted due when the first command after the year is added is an extension', async () => {
    const { before, after } = await engines(openStore);
    await before.start('year-end', { actor: officer, id: 'Y3' });
    const extended = await after.send('Y3', { type: 'extendDeadline', actor: officer, payload: { by: 'P5D', reason: '年末会议较多' } });
    expect(extended.deadlines.review).toMatchObject({ due: '2027-01-17T16:00:00.000Z', extensions: 1 });
    expect(extended.deadlines.review!.provisional).toBeUndefined();
  });

  it('recounts the deadlines of the branches too', async () => {
    const { before, after } = await engines(openStore);
    await before.start('year-end', { actor: officer, id: 'Y4', data: { units: ['一处', '__proto__'] } });
    await before.send('Y4', { type: 'accept', actor: officer });
    expect(await before.tasks({ actor: unitB })).toEqual([expect.objectContaining({ unit: '__proto__', due: PROVISIONAL_DUE, provisional: true })]);
    await after.send('Y4', { type: 'reply', actor: unitA });
    const [task] = await after.tasks({ actor: unitB });
    expect(task).toMatchObject({ unit: '__proto__', due: RECOUNTED_DUE });
    expect(task!.provisional).toBeUndefined();
  });

  it('keeps a provisional count, flagged, when the engine\'s calendar refuses to count through the missing year', async () => {
    const { before, strict, clock } = await engines(openStore);
    await before.start('year-end', { actor: officer, id: 'Y5' });
    clock.set('2027-01-12T08:00:00+08:00');
    expect(await strict.runDueTimers()).toMatchObject({ quarantined: 0 });
    expect((await strict.get('Y5')).state).toBe('escalated');
    expect((await strict.history('Y5')).map((event) => event.type)).toContain('deadlineExpired');
  });
});
