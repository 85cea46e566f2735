import { describe, expect, it } from 'vitest';
import { createEngine, createMemoryStore, ForbiddenError, type Actor } from '../src/index.js';
import { proposalEngine, member, office, submitPayload } from './support/proposal.js';

const colleague: Actor = { id: 'li', roles: ['proposal-office'] };
const supervisor: Actor = { id: 'zhou', roles: ['supervisor'] };
const proposer: Actor = { id: 'wang', roles: ['member'] };
const unitA: Actor = { id: 'zhao', roles: ['unit'], unit: '一处' };

/**
 * A state whose task the office claims or delegates, offering actions of other roles beside the
 * office's own (an optional withdrawal, a supervisor's reminder and deadline extension), and a
 * forEach step whose branches the units claim, with an office action on each branch.
 */
const definition = {
  id: 'held-tasks',
  version: 1,
  title: '认领后的操作',
  roles: {
    office: { title: '办公室' },
    member: { title: '提案人' },
    supervisor: { title: '督办' },
    unit: { title: '承办单位', scope: 'unit' },
  },
  data: { type: 'object', properties: { units: { type: 'array', items: { type: 'string' } } } },
  initial: 'review',
  states: {
    review: {
      assignment: { claim: ['office'], delegate: ['office'] },
      deadline: { within: 'P10D', extend: { roles: ['supervisor'], max: 'P10D', times: 3 } },
      on: {
        accept: { to: 'handling', roles: ['office'] },
        withdraw: { to: 'draft', roles: ['member'], optional: true },
        remind: { roles: ['supervisor'], optional: true, effects: [{ notify: { roles: ['office'], message: '请尽快审查' } }] },
      },
    },
    draft: { on: { submit: { to: 'review', roles: ['member'] } } },
    handling: {
      forEach: { in: '/units', role: 'unit' },
      initial: 'working',
      states: {
        working: {
          assignment: { claim: ['unit'] },
          on: {
            reply: { to: 'replied', roles: ['unit'] },
            recall: { to: 'replied', roles: ['office'], optional: true },
          },
        },
        replied: { type: 'final' },
      },
      onDone: { to: 'done' },
    },
    done: { type: 'final' },
  },
};

function engineOnDefinition() {
  return createEngine({ definitions: [definition], store: createMemoryStore(), notify: () => {} });
}

const events = (view: { actions: ReadonlyArray<{ event: string }> }) => view.actions.map((action) => action.event);

describe('a claimed or delegated task: only its holder acts on its state, through any role', () => {
  it('refuses the proposer\'s withdrawal of the example proposal once the office has claimed the review, and allows it again after release', async () => {
    const { engine } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    await engine.send(id, { type: 'claimTask', actor: office });
    expect(events(await engine.get(id, { actor: member }))).toEqual([]);
    const refused = engine.send(id, { type: 'withdraw', actor: member });
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refused).rejects.toMatchObject({ code: 'actor.forbidden' });
    expect((await engine.get(id)).version).toBe(3);
    await engine.send(id, { type: 'releaseTask', actor: office });
    expect(events(await engine.get(id, { actor: member }))).toEqual(['withdraw']);
    expect((await engine.send(id, { type: 'withdraw', actor: member })).state).toBe('draft');
  });

  it('refuses the proposer once the review was delegated, and lets the delegate act', async () => {
    const { engine } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    await engine.send(id, { type: 'delegateTask', actor: office, payload: { to: colleague.id, reason: '请李科长审查' } });
    await expect(engine.send(id, { type: 'withdraw', actor: member })).rejects.toMatchObject({ code: 'actor.forbidden' });
    await expect(engine.send(id, { type: 'accept', actor: office })).rejects.toMatchObject({ code: 'actor.forbidden' });
    expect(events(await engine.get(id, { actor: office }))).toEqual([]);
    expect((await engine.send(id, { type: 'accept', actor: colleague })).state).toBe('assign');
  });

  it('refuses every other role\'s action on a held ordinary state — optional, effect-only and extending the deadline — leaving the instance unchanged', async () => {
    const engine = engineOnDefinition();
    const { id } = await engine.start('held-tasks', { actor: proposer, data: { units: ['一处', '二处'] } });
    expect(events(await engine.get(id, { actor: supervisor }))).toEqual(['remind', 'extendDeadline']);
    await engine.send(id, { type: 'claimTask', actor: { id: 'tian', roles: ['office'] } });
    const before = await engine.get(id);
    for (const [type, actor, payload] of [
      ['withdraw', proposer, undefined],
      ['remind', supervisor, undefined],
      ['extendDeadline', supervisor, { by: 'P5D', reason: '需补充材料' }],
      ['accept', { id: 'li', roles: ['office'] }, undefined],
      ['delegateTask', { id: 'li', roles: ['office'] }, { to: 'li', reason: '我来办' }],
    ] as const) {
      await expect(engine.send(id, { type, actor, ...(payload ? { payload } : {}) })).rejects.toMatchObject({ code: 'actor.forbidden' });
    }
    expect(await engine.get(id)).toEqual(before);
    expect(events(await engine.get(id, { actor: supervisor }))).toEqual([]);
    expect(events(await engine.get(id, { actor: proposer }))).toEqual([]);
    expect(events(await engine.get(id, { actor: { id: 'li', roles: ['office'] } }))).toEqual([]);
    expect((await engine.send(id, { type: 'accept', actor: { id: 'tian', roles: ['office'] } })).state).toBe('handling');
  });

  it('refuses another role\'s action on a claimed branch, and only on that branch', async () => {
    const engine = engineOnDefinition();
    const officer: Actor = { id: 'tian', roles: ['office'] };
    const { id } = await engine.start('held-tasks', { actor: proposer, data: { units: ['一处', '二处'] } });
    await engine.send(id, { type: 'accept', actor: officer });
    await engine.send(id, { type: 'claimTask', actor: unitA });
    await expect(engine.send(id, { type: 'recall', actor: officer, branch: '一处' })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await engine.get(id, { actor: officer })).actions).toEqual([expect.objectContaining({ event: 'recall', branch: '二处' })]);
    await engine.send(id, { type: 'recall', actor: officer, branch: '二处' });
    await expect(engine.send(id, { type: 'reply', actor: { id: 'qian', roles: ['unit'], unit: '一处' } })).rejects.toMatchObject({ code: 'actor.forbidden' });
    expect((await engine.send(id, { type: 'reply', actor: unitA })).state).toBe('done');
  });

  it('covers nested states: a claimed compound state holds its children\'s actions, a claimed child its parent\'s, and a region\'s claim leaves the other region alone', async () => {
    const engine = createEngine({
      store: createMemoryStore(),
      definitions: [
        {
          id: 'nested-claims',
          version: 1,
          title: '嵌套状态的认领',
          roles: { office: { title: '办公室' }, member: { title: '提案人' } },
          initial: 'review',
          states: {
            review: {
              initial: 'pre',
              on: { back: { to: 'draft', roles: ['office'] }, withdraw: { to: 'draft', roles: ['member'], optional: true } },
              states: {
                pre: { assignment: { claim: ['office'] }, on: { pass: { to: 'fin', roles: ['office'] } } },
                fin: { on: { accept: { to: 'vetting', roles: ['office'] } } },
              },
            },
            draft: { on: { submit: { to: 'review', roles: ['member'] } } },
            vetting: {
              assignment: { claim: ['office'], delegate: ['office'] },
              initial: 'first',
              states: {
                first: { on: { next: { to: 'second', roles: ['office'] } } },
                second: { on: { finish: { to: 'both', roles: ['office'] } } },
              },
            },
            both: {
              type: 'parallel',
              states: {
                left: { initial: 'x', states: { x: { assignment: { claim: ['office'] }, on: { doneX: { to: 'xDone', roles: ['office'] } } }, xDone: { type: 'final' } } },
                right: { initial: 'y', states: { y: { on: { doneY: { to: 'yDone', roles: ['office'] } } }, yDone: { type: 'final' } } },
              },
              onDone: { to: 'done' },
            },
            done: { type: 'final' },
          },
        },
      ],
    });
    const holder: Actor = { id: 'tian', roles: ['office'] };
    const other: Actor = { id: 'li', roles: ['office'] };
    const { id } = await engine.start('nested-claims', { actor: proposer });

    // A claimed child: the actions declared on the state containing it are the holder's too.
    await engine.send(id, { type: 'claimTask', actor: holder });
    await expect(engine.send(id, { type: 'back', actor: other })).rejects.toMatchObject({ code: 'actor.forbidden' });
    await expect(engine.send(id, { type: 'withdraw', actor: proposer })).rejects.toMatchObject({ code: 'actor.forbidden' });
    expect(events(await engine.get(id, { actor: other }))).toEqual([]);
    expect(events(await engine.get(id, { actor: proposer }))).toEqual([]);
    expect(await engine.tasks({ actor: other })).toEqual([]);
    await engine.send(id, { type: 'pass', actor: holder });
    await engine.send(id, { type: 'accept', actor: other });

    // A claimed compound state: its children's actions are the holder's, and its task shows them.
    await engine.send(id, { type: 'claimTask', actor: holder });
    expect(await engine.tasks({ actor: other })).toEqual([]);
    expect(await engine.tasks({ actor: holder })).toEqual([expect.objectContaining({ state: 'first', assignee: holder.id })]);
    await expect(engine.send(id, { type: 'next', actor: other })).rejects.toMatchObject({ code: 'actor.forbidden' });
    await expect(engine.send(id, { type: 'delegateTask', actor: other, payload: { to: other.id, reason: '我来办' } })).rejects.toMatchObject({ code: 'actor.forbidden' });
    expect(events(await engine.get(id, { actor: other }))).toEqual([]);
    await engine.send(id, { type: 'next', actor: holder });
    await expect(engine.send(id, { type: 'finish', actor: other })).rejects.toMatchObject({ code: 'actor.forbidden' });
    // Passing the compound state's task on hands its children's actions to the delegate alone.
    await engine.send(id, { type: 'delegateTask', actor: holder, payload: { to: other.id, reason: '请李科长办理' } });
    await expect(engine.send(id, { type: 'finish', actor: holder })).rejects.toMatchObject({ code: 'actor.forbidden' });
    expect(await engine.tasks({ actor: other })).toEqual([expect.objectContaining({ state: 'second', assignee: other.id })]);
    await engine.send(id, { type: 'releaseTask', actor: other });
    expect((await engine.tasks({ actor: holder })).map((task) => task.assignee)).toEqual([undefined]);
    await engine.send(id, { type: 'finish', actor: holder });

    // A claim in one region of a parallel state leaves the other region's task open.
    await engine.send(id, { type: 'claimTask', actor: holder });
    await expect(engine.send(id, { type: 'doneX', actor: other })).rejects.toMatchObject({ code: 'actor.forbidden' });
    expect((await engine.tasks({ actor: other })).map((task) => task.state)).toEqual(['y']);
    await engine.send(id, { type: 'doneY', actor: other });
    expect((await engine.send(id, { type: 'doneX', actor: holder })).state).toBe('done');
    expect(await engine.verifyHistory(id)).toMatchObject({ ok: true });
  });
});
