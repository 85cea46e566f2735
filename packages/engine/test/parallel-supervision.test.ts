import { describe, expect, it } from 'vitest';
import { createEngine, createVirtualClock, type Actor } from '../src/index.js';

/** 办 and 督 side by side: units handle in branches while the proposal office supervises. */
const definition = {
  id: 'key-proposal',
  version: 1,
  title: { 'zh-CN': '重点提案办理', en: 'Key proposal handling' },
  roles: {
    office: { title: '提案委员会' },
    unit: { title: '承办单位', scope: 'unit' },
  },
  data: {
    type: 'object',
    properties: {
      units: { type: 'array', items: { type: 'string' } },
      key: { type: 'boolean' },
      leader: { type: 'string' },
      reminders: { type: 'integer' },
    },
  },
  forms: {
    markKey: {
      title: '列为重点提案',
      schema: { type: 'object', required: ['leader'], properties: { leader: { type: 'string', minLength: 2 } }, additionalProperties: false },
    },
  },
  initial: 'handling',
  states: {
    handling: {
      title: '办·督',
      type: 'parallel',
      deadline: { within: 'P3M' },
      states: {
        units: {
          title: '办',
          forEach: { in: '/units', role: 'unit' },
          initial: 'working',
          states: {
            working: { on: { reply: { to: 'replied', roles: ['unit'] } } },
            replied: { type: 'final' },
          },
          onDone: { to: 'evaluating' },
        },
        oversight: {
          title: '督',
          initial: 'watching',
          states: {
            watching: {
              on: {
                remind: {
                  title: '催办',
                  roles: ['office'],
                  set: { '/reminders': 'coalesce(data.reminders, 0) + 1' },
                  effects: [{ notify: { roles: ['unit'], message: '请抓紧办理重点提案' } }],
                },
                markKey: { title: '列为重点提案', roles: ['office'], form: 'markKey', set: { '/key': 'true', '/leader': 'payload.leader' } },
              },
            },
          },
        },
      },
    },
    evaluating: { on: { close: { to: 'done', roles: ['office'] } } },
    done: { type: 'final' },
  },
};

const office: Actor = { id: 'o', roles: ['office'] };
const unitA: Actor = { id: 'a', roles: ['unit'], unit: '市交通局' };
const unitB: Actor = { id: 'b', roles: ['unit'], unit: '市住建局' };

describe('办 and 督 in parallel', () => {
  it('lets the supervisor remind and mark a key proposal without touching the handling branches', async () => {
    const notices: unknown[] = [];
    const engine = createEngine({
      definitions: [definition],
      clock: createVirtualClock('2026-03-02T09:00:00+08:00'),
      notify: (request) => void notices.push(request),
    });
    const started = await engine.start('key-proposal', { actor: office, id: 'K1', data: { units: ['市交通局', '市住建局'] } });
    expect(started.state).toEqual({ handling: { units: {}, oversight: 'watching' } });
    await engine.send('K1', { type: 'reply', actor: unitA });

    const reminded = await engine.send('K1', { type: 'remind', actor: office });
    expect(reminded.state).toEqual(started.state);
    expect(reminded.data.reminders).toBe(1);
    expect(reminded.branches.units?.map((branch) => [branch.key, branch.state])).toEqual([
      ['市交通局', 'replied'],
      ['市住建局', 'working'],
    ]);
    expect(notices).toEqual([expect.objectContaining({ roles: ['unit'], message: '请抓紧办理重点提案' })]);

    const marked = await engine.send('K1', { type: 'markKey', actor: office, payload: { leader: '王副市长' } });
    expect(marked.data).toMatchObject({ key: true, leader: '王副市长' });
    expect(marked.branches).toEqual(reminded.branches);

    // The deadline on the parallel state governs the units' tasks; the supervisor has its own.
    expect((await engine.tasks({ actor: unitB }))[0]).toMatchObject({ state: 'working', unit: '市住建局', due: '2026-06-02T01:00:00.000Z' });
    expect((await engine.tasks({ actor: office })).map((task) => task.state)).toEqual(['watching']);

    const done = await engine.send('K1', { type: 'reply', actor: unitB });
    expect(done.state).toBe('evaluating');
    expect(done.branches).toEqual({});
    expect((await engine.history('K1')).map((event) => [event.type, event.branch])).toEqual([
      ['start', undefined],
      ['reply', '市交通局'],
      ['remind', undefined],
      ['markKey', undefined],
      ['reply', '市住建局'],
    ]);
    expect(await engine.verifyHistory('K1')).toMatchObject({ ok: true, events: 5 });
  });
});
