import { describe, expect, it } from 'vitest';
import { createEngine, createVirtualClock, ForbiddenError, type Actor } from '../src/index.js';
import { proposalEngine, member, office, assigner, unit, submitPayload, replyPayload } from './support/proposal.js';

const finance: Actor = { id: 'qian', roles: ['handling-unit'], unit: '市财政局' };
const labour: Actor = { id: 'sun', roles: ['handling-unit'], unit: '市人社局' };
const opinion = { opinion: '本单位将配合做好相关工作，意见如下。' };

async function assigned(coUnits: string[]) {
  const setup = proposalEngine();
  const { engine } = setup;
  const { id } = await engine.start('proposal', { actor: member });
  await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
  await engine.send(id, { type: 'accept', actor: office });
  await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits } });
  return { ...setup, id };
}

describe('multi-unit handling (主办 + 会办)', () => {
  it('opens one branch per unit and gives each unit its own task', async () => {
    const { engine, id } = await assigned(['市财政局', '市人社局']);
    expect((await engine.get(id)).branches.handling?.map((branch) => branch.key)).toEqual(['市教育局', '市财政局', '市人社局']);
    for (const actor of [unit, finance, labour]) {
      const tasks = await engine.tasks({ actor });
      expect(tasks).toEqual([expect.objectContaining({ instanceId: id, unit: actor.unit, state: actor === unit ? 'leading' : 'consulting' })]);
    }
    // A unit-scoped role without a unit sees no unit's task.
    expect(await engine.tasks({ actor: { id: 'x', roles: ['handling-unit'] } })).toEqual([]);
  });

  it('forbids a unit to act on another unit’s branch, and leaves everything unchanged', async () => {
    const { engine, id } = await assigned(['市财政局']);
    const before = await engine.get(id);
    const error = await engine.send(id, { type: 'sendOpinion', actor: labour, branch: '市财政局', payload: opinion }).catch((e) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    // The refusal names no other unit, not even the one the command named.
    expect(JSON.stringify(error.toJSON())).not.toContain('市财政局');
    expect(await engine.get(id)).toEqual(before);
    // A unit with no branch here finds nothing to act on.
    await expect(engine.send(id, { type: 'sendOpinion', actor: labour, payload: opinion })).rejects.toBeInstanceOf(ForbiddenError);
    // Naming its own unit, which owns no branch here, changes nothing: the step is not its to act on.
    await expect(engine.send(id, { type: 'sendOpinion', actor: labour, branch: '市人社局', payload: opinion })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses the lead unit’s reply until every co-handler has sent its opinion', async () => {
    const { engine, id } = await assigned(['市财政局', '市人社局']);
    await expect(engine.send(id, { type: 'reply', actor: unit, payload: replyPayload })).rejects.toMatchObject({ code: 'transition.guard' });
    await engine.send(id, { type: 'sendOpinion', actor: finance, payload: opinion });
    await expect(engine.send(id, { type: 'reply', actor: unit, payload: replyPayload })).rejects.toMatchObject({ code: 'transition.guard' });
    await engine.send(id, { type: 'sendOpinion', actor: labour, payload: opinion });
    const replied = await engine.send(id, { type: 'reply', actor: unit, payload: replyPayload });
    expect(replied.state).toBe('supervising');
    expect(replied.data.opinions).toEqual(['市财政局', '市人社局']);
  });

  it('does not let a co-handler reply, nor the lead unit send a co-handler’s opinion', async () => {
    const { engine, id } = await assigned(['市财政局']);
    await expect(engine.send(id, { type: 'reply', actor: finance, payload: replyPayload })).rejects.toMatchObject({ code: 'actor.forbidden' });
    await expect(engine.send(id, { type: 'sendOpinion', actor: unit, payload: opinion })).rejects.toMatchObject({ code: 'actor.forbidden' });
  });

  it('reopens only the lead unit’s branch when the proposer is not satisfied', async () => {
    const { engine, id } = await assigned(['市财政局']);
    await engine.send(id, { type: 'sendOpinion', actor: finance, payload: opinion });
    await engine.send(id, { type: 'reply', actor: unit, payload: replyPayload });
    await engine.send(id, { type: 'approveReply', actor: office });
    const again = await engine.send(id, { type: 'evaluate', actor: member, payload: { satisfaction: '不满意', comment: '没有时间表' } });
    expect(again.branches.handling).toEqual([expect.objectContaining({ key: '市教育局', state: 'leading' })]);
    expect(await engine.tasks({ actor: finance })).toEqual([]);
    expect((await engine.send(id, { type: 'reply', actor: unit, payload: replyPayload })).state).toBe('supervising');
  });

  it('sends a wrongly assigned proposal back to the assigning office, which alone reassigns it (不得自行转办)', async () => {
    const { engine, id, delivered } = await assigned(['市财政局']);
    delivered.length = 0;
    const back = await engine.send(id, { type: 'objectAssignment', actor: finance, payload: { reason: '不属于本单位职责', suggestedUnit: '市人社局' } });
    expect(back).toMatchObject({ state: 'assign', branches: {} });
    expect(delivered).toEqual([expect.objectContaining({ kind: 'notify', detail: expect.objectContaining({ roles: ['assigning-office'] }) })]);
    await expect(engine.send(id, { type: 'assign', actor: finance, payload: { leadUnit: '市人社局' } })).rejects.toBeInstanceOf(ForbiddenError);
    const reassigned = await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市人社局'] } });
    expect(reassigned.branches.handling?.map((branch) => branch.key)).toEqual(['市教育局', '市人社局']);
    expect((await engine.history(id)).find((event) => event.type === 'objectAssignment')).toMatchObject({ branch: '市财政局' });
  });
});

describe('completion rules and choosing a branch', () => {
  const definition = {
    id: 'survey',
    version: 1,
    title: '征求意见',
    roles: { office: { title: '办公室' }, unit: { title: '单位', scope: 'unit' } },
    data: {
      type: 'object',
      properties: {
        units: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
        stoppedBy: { type: 'string' },
        answered: { type: 'integer' },
      },
    },
    initial: 'asking',
    states: {
      asking: {
        forEach: { in: '/units', key: 'id', role: 'unit', complete: { atLeast: 2 } },
        initial: 'open',
        states: {
          open: {
            on: {
              answer: { to: 'answered', roles: ['unit'] },
              waive: { to: 'waived', roles: ['office'] },
              stop: { to: 'closed', roles: ['unit'], set: { '/stoppedBy': 'branch.key' } },
            },
          },
          answered: { type: 'final' },
          waived: { type: 'final' },
        },
        onDone: { to: 'closed', set: { '/answered': "count(branches, 'state', 'answered')" } },
      },
      closed: { type: 'final' },
    },
  };
  const units = [{ id: 'A' }, { id: 'B' }, { id: 'C' }];
  const engine = () => createEngine({ definitions: [definition], clock: createVirtualClock('2026-03-02T09:00:00+08:00') });
  const officer: Actor = { id: 'o', roles: ['office'] };

  it('is done when at least n branches are final, closing the others', async () => {
    const e = engine();
    await e.start('survey', { actor: officer, id: 'S1', data: { units } });
    await e.send('S1', { type: 'answer', actor: { id: 'a', roles: ['unit'], unit: 'A' } });
    expect((await e.get('S1')).state).toBe('asking');
    const done = await e.send('S1', { type: 'answer', actor: { id: 'c', roles: ['unit'], unit: 'C' } });
    expect(done).toMatchObject({ state: 'closed', status: 'done', branches: {}, data: { answered: 2 } });
  });

  it('lets a transition that leaves the forEach state read the branch that took it', async () => {
    const e = engine();
    await e.start('survey', { actor: officer, id: 'S3', data: { units } });
    const stopped = await e.send('S3', { type: 'stop', actor: { id: 'b', roles: ['unit'], unit: 'B' } });
    expect(stopped).toMatchObject({ state: 'closed', branches: {}, data: { stoppedBy: 'B' } });
  });

  it('makes a role of global scope name the branch when several offer the action', async () => {
    const e = engine();
    await e.start('survey', { actor: officer, id: 'S2', data: { units } });
    const error = await e.send('S2', { type: 'waive', actor: officer }).catch((err) => err);
    expect(error).toMatchObject({ code: 'transition.branchRequired', branches: ['A', 'B', 'C'] });
    const waived = await e.send('S2', { type: 'waive', actor: officer, branch: 'B' });
    expect(waived.branches.asking?.find((branch) => branch.key === 'B')?.state).toBe('waived');
    expect((await e.get('S2', { actor: officer })).actions.filter((action) => action.event === 'waive').map((action) => action.branch)).toEqual(['A', 'C']);
    await expect(e.send('S2', { type: 'waive', actor: officer, branch: 'Z' })).rejects.toMatchObject({ code: 'transition.notEnabled' });
  });
});

describe('adding and removing units while handling runs (加签、减签)', () => {
  it('lets the assigning office add a co-handler, who then must send an opinion before the lead replies', async () => {
    const { engine, id } = await assigned([]);
    await expect(engine.send(id, { type: 'addBranch', actor: unit, payload: { item: '市人社局', reason: '涉及就业' } })).rejects.toBeInstanceOf(ForbiddenError);
    const added = await engine.send(id, { type: 'addBranch', actor: assigner, payload: { item: '市人社局', reason: '涉及就业岗位' } });
    expect(added.branches.handling?.map((branch) => branch.key)).toEqual(['市教育局', '市人社局']);
    expect(added.data.units).toEqual(['市教育局', '市人社局']);
    await expect(engine.send(id, { type: 'addBranch', actor: assigner, payload: { item: '市人社局', reason: '重复' } })).rejects.toMatchObject({ code: 'transition.guard' });
    await expect(engine.send(id, { type: 'reply', actor: unit, payload: replyPayload })).rejects.toMatchObject({ code: 'transition.guard' });
    expect(await engine.tasks({ actor: labour })).toEqual([expect.objectContaining({ unit: '市人社局' })]);
    expect((await engine.history(id)).at(-1)).toMatchObject({ type: 'addBranch', payload: { item: '市人社局', reason: '涉及就业岗位' } });
  });

  it('lets the assigning office remove a unit; the step completes when the remaining branches are done', async () => {
    const { engine, id } = await assigned(['市财政局']);
    await expect(engine.send(id, { type: 'removeBranch', actor: assigner, payload: { branch: '市住建局', reason: '无此单位' } })).rejects.toMatchObject({ code: 'transition.guard' });
    await expect(engine.send(id, { type: 'removeBranch', actor: assigner, payload: { branch: '市财政局' } })).rejects.toMatchObject({ code: 'payload.invalid' });
    const removed = await engine.send(id, { type: 'removeBranch', actor: assigner, payload: { branch: '市财政局', reason: '不涉及财政事项' } });
    expect(removed.branches.handling?.map((branch) => branch.key)).toEqual(['市教育局']);
    expect(await engine.tasks({ actor: finance })).toEqual([]);
    // With no co-handler left, the lead unit may reply at once.
    expect((await engine.send(id, { type: 'reply', actor: unit, payload: replyPayload })).state).toBe('supervising');
  });
});

describe('a co-handler’s own deadline (会办一个月)', () => {
  it('lets the lead unit reply once a silent co-handler’s month has passed, and only that branch moves', async () => {
    const { engine, id, clock, delivered } = await assigned(['市财政局', '市人社局']);
    const view = await engine.get(id);
    const consulting = view.branches.handling!.find((branch) => branch.key === '市财政局')!;
    expect(consulting).toMatchObject({ state: 'consulting' });
    const [financeTask] = await engine.tasks({ actor: finance });
    expect(financeTask).toMatchObject({ state: 'consulting', due: '2026-03-10T01:00:00.000Z' });
    const [leadTask] = await engine.tasks({ actor: unit });
    expect(leadTask).toMatchObject({ state: 'leading', due: '2026-05-10T01:00:00.000Z' });

    await engine.send(id, { type: 'sendOpinion', actor: labour, payload: opinion });
    delivered.length = 0;
    clock.set('2026-03-11T09:00:00+08:00');
    expect(await engine.runDueTimers()).toMatchObject({ fired: 1 });
    const after = await engine.get(id);
    expect(after.branches.handling?.map((branch) => [branch.key, branch.state])).toEqual([
      ['市教育局', 'leading'],
      ['市财政局', 'noOpinion'],
      ['市人社局', 'opinionSent'],
    ]);
    expect(delivered).toEqual([expect.objectContaining({ kind: 'notify' })]);
    expect((await engine.history(id)).at(-1)).toMatchObject({ type: 'deadlineExpired', branch: '市财政局', actor: { id: 'luzhi:system' } });
    expect((await engine.send(id, { type: 'reply', actor: unit, payload: replyPayload })).state).toBe('supervising');
    expect(await engine.verifyHistory(id)).toMatchObject({ ok: true });
  });
});

describe('refusals on a forEach state name no other unit', () => {
  const civil: Actor = { id: 'zhou', roles: ['handling-unit'], unit: '市民政局' };

  it('refuses a unit that owns no branch with ForbiddenError, however it asks, naming no unit', async () => {
    const { engine, id } = await assigned(['市财政局', '市人社局']);
    const before = await engine.get(id);
    const attempts = [
      // Offered on two branches: it used to be told which units it could pick from.
      { type: 'sendOpinion', actor: civil, payload: opinion },
      { type: 'sendOpinion', actor: civil, branch: '市财政局', payload: opinion },
      { type: 'sendOpinion', actor: civil, branch: '市民政局', payload: opinion },
      { type: 'reply', actor: civil, payload: replyPayload },
      { type: 'sendOpinion', actor: { id: 'nobody', roles: ['handling-unit'] }, payload: opinion },
    ];
    for (const command of attempts) {
      const error = await engine.send(id, command).catch((caught: unknown) => caught);
      expect(error, JSON.stringify(command)).toBeInstanceOf(ForbiddenError);
      const json = JSON.stringify((error as ForbiddenError).toJSON());
      for (const other of ['市教育局', '市财政局', '市人社局']) expect(json).not.toContain(other);
    }
    expect(await engine.get(id)).toEqual(before);
  });

  it('tells a unit with a branch only about its own, and resolves notifications to the units that got branches', async () => {
    const { engine, id, delivered } = await assigned(['市财政局', '市人社局']);
    const view = await engine.get(id, { actor: finance });
    const branches = view.actions.flatMap((action) => (action.branch === undefined ? [] : [action.branch]));
    expect(branches.length).toBeGreaterThan(0);
    expect(new Set(branches)).toEqual(new Set(['市财政局']));
    const assignedNotice = delivered.filter((entry) => entry.kind === 'notify').at(-1)!.detail as { roles: string[]; recipients: unknown };
    expect(assignedNotice.roles).toEqual(['handling-unit']);
    expect(assignedNotice.recipients).toEqual({ users: [], units: ['市教育局', '市财政局', '市人社局'], roles: [] });
  });
});
