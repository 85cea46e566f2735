import { describe, expect, it } from 'vitest';
import { createEngine, ForbiddenError, type Actor } from '../src/index.js';
import { proposalEngine, member, office, submitPayload } from './support/proposal.js';

const colleague: Actor = { id: 'li', roles: ['proposal-office'] };

async function submitted() {
  const setup = proposalEngine();
  const { id } = await setup.engine.start('proposal', { actor: member });
  await setup.engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
  return { ...setup, id };
}

describe('task operations', () => {
  it('lets the proposer withdraw a submission before it is reviewed (撤回)', async () => {
    const { engine, id } = await submitted();
    const withdrawn = await engine.send(id, { type: 'withdraw', actor: member });
    expect(withdrawn.state).toBe('draft');
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    await engine.send(id, { type: 'accept', actor: office });
    await expect(engine.send(id, { type: 'withdraw', actor: member })).rejects.toMatchObject({ code: 'transition.notEnabled' });
  });

  it('lets one office member claim a pooled review; then only they see and act on it (认领)', async () => {
    const { engine, id } = await submitted();
    expect((await engine.get(id, { actor: office })).actions.map((action) => action.event)).toEqual([
      'accept', 'reject', 'returnForRevision', 'claimTask', 'delegateTask',
    ]);
    const claimed = await engine.send(id, { type: 'claimTask', actor: office });
    expect(claimed.state).toBe('review');
    expect(await engine.tasks({ actor: office })).toEqual([expect.objectContaining({ instanceId: id, assignee: office.id })]);
    expect(await engine.tasks({ actor: colleague })).toEqual([]);
    await expect(engine.send(id, { type: 'accept', actor: colleague })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(engine.send(id, { type: 'claimTask', actor: colleague })).rejects.toMatchObject({ code: 'actor.forbidden' });
    expect((await engine.get(id, { actor: colleague })).actions).toEqual([]);
    expect((await engine.get(id, { actor: office })).actions.map((action) => action.event)).toContain('releaseTask');

    // Once the office holds the review, the proposer can no longer withdraw (dsl.md §13.2).
    expect((await engine.get(id, { actor: member })).actions).toEqual([]);
    await expect(engine.send(id, { type: 'withdraw', actor: member })).rejects.toMatchObject({ code: 'actor.forbidden' });
    await engine.send(id, { type: 'releaseTask', actor: office });
    expect(await engine.tasks({ actor: colleague })).toHaveLength(1);
    expect((await engine.send(id, { type: 'accept', actor: colleague })).state).toBe('assign');
    expect((await engine.history(id)).map((event) => event.type)).toEqual(['start', 'submit', 'claimTask', 'releaseTask', 'accept']);
  });

  it('lets the holder delegate the task to a colleague, with an audited reason (委托)', async () => {
    const { engine, id } = await submitted();
    await engine.send(id, { type: 'claimTask', actor: office });
    await expect(engine.send(id, { type: 'delegateTask', actor: office, payload: { to: 'li' } })).rejects.toMatchObject({ code: 'payload.invalid' });
    await engine.send(id, { type: 'delegateTask', actor: office, payload: { to: 'li', reason: '出差，委托李科长审查' } });
    await expect(engine.send(id, { type: 'accept', actor: office })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await engine.tasks({ actor: colleague })).toEqual([expect.objectContaining({ assignee: 'li' })]);
    expect((await engine.history(id)).at(-1)).toMatchObject({ type: 'delegateTask', actor: { id: office.id }, payload: { to: 'li', reason: '出差，委托李科长审查' } });
    const accepted = await engine.send(id, { type: 'accept', actor: colleague });
    expect(accepted.state).toBe('assign');
    // The assignment ends with the task: the next step is open to everyone in the role again.
    expect(await engine.tasks({ actor: { id: 'gov', roles: ['assigning-office'] } })).toEqual([expect.objectContaining({ state: 'assign' })]);
    expect(await engine.verifyHistory(id)).toMatchObject({ ok: true });
  });
  it('keeps a claim on a branch task whose unit name contains "#" while the branch stays in its state', async () => {
    const engine = createEngine({
      definitions: [
        {
          id: 'branch-claims', version: 1, title: '分支认领',
          roles: { office: { title: '办公室' }, unit: { title: '单位', scope: 'unit' } },
          data: { type: 'object', properties: { units: { type: 'array', items: { type: 'string' } } } },
          initial: 'handling',
          states: {
            handling: {
              forEach: { in: '/units', role: 'unit' },
              initial: 'working',
              states: {
                working: { assignment: { claim: ['unit'] }, on: { reply: { to: 'replied', roles: ['unit'] } } },
                replied: { type: 'final' },
              },
              onDone: { to: 'done' },
            },
            done: { type: 'final' },
          },
        },
      ],
    });
    const first: Actor = { id: 'zhao', roles: ['unit'], unit: '一处#2' };
    const sameUnit: Actor = { id: 'qian', roles: ['unit'], unit: '一处#2' };
    const other: Actor = { id: 'sun', roles: ['unit'], unit: '二处' };
    const { id } = await engine.start('branch-claims', { actor: first, data: { units: ['一处#2', '二处'] } });
    await engine.send(id, { type: 'claimTask', actor: first });
    // Another unit's command must not drop the claim.
    await engine.send(id, { type: 'reply', actor: other });
    await expect(engine.send(id, { type: 'reply', actor: sameUnit })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await engine.tasks({ actor: first })).toEqual([expect.objectContaining({ unit: '一处#2', assignee: 'zhao' })]);
    expect((await engine.send(id, { type: 'reply', actor: first })).state).toBe('done');
  });
});
