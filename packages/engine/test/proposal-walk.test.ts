import { describe, expect, it } from 'vitest';
import { proposalEngine, member, office, assigner, unit, submitPayload, replyPayload } from './support/proposal.js';

describe('the six-step proposal workflow 提→立→交→办→督→评', () => {
  it('walks a proposal to 办结, re-handling it once after 不满意', async () => {
    const { engine, clock, delivered } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member, id: 'JY-001' });

    const submitted = await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    expect(submitted.state).toBe('review');
    expect(submitted.data.title).toBe(submitPayload.title);
    expect(submitted.data.suggestedUnit).toBe('');

    expect((await engine.send(id, { type: 'accept', actor: office })).state).toBe('assign');
    const assigned = await engine.send(id, {
      type: 'assign',
      actor: assigner,
      payload: { leadUnit: '市教育局', coUnits: ['市财政局'] },
    });
    expect(assigned.state).toBe('handling');
    expect(assigned.data).toMatchObject({ leadUnit: '市教育局', coUnits: ['市财政局'] });
    expect(delivered.map((effect) => effect.kind)).toEqual(['notify', 'push-oa']);
    expect(delivered[1]).toMatchObject({ detail: { proposal: 'JY-001', unit: '市教育局' }, key: 'jiangyin/JY-001/4/1' });

    expect(assigned.branches.handling?.map((branch) => [branch.key, branch.state])).toEqual([
      ['市教育局', 'leading'],
      ['市财政局', 'consulting'],
    ]);

    // 会办 first: the lead unit's reply waits for the co-handler's opinion.
    clock.advance('P1M');
    await expect(engine.send(id, { type: 'reply', actor: unit, payload: replyPayload })).rejects.toMatchObject({ code: 'transition.guard' });
    const coHandler = { id: 'qian', roles: ['handling-unit'], unit: '市财政局' };
    await expect(engine.send(id, { type: 'sendOpinion', actor: unit, branch: '市财政局', payload: { opinion: '财政将统筹安排课后服务专项经费。' } })).rejects.toMatchObject({ code: 'actor.forbidden' });
    const opinion = await engine.send(id, { type: 'sendOpinion', actor: coHandler, payload: { opinion: '财政将统筹安排课后服务专项经费。' } });
    expect(opinion.branches.handling?.map((branch) => branch.state)).toEqual(['leading', 'opinionSent']);
    expect((await engine.send(id, { type: 'reply', actor: unit, payload: replyPayload })).state).toBe('supervising');
    expect((await engine.send(id, { type: 'approveReply', actor: office })).state).toBe('evaluating');

    const unsatisfied = await engine.send(id, {
      type: 'evaluate',
      actor: member,
      payload: { satisfaction: '不满意', comment: '未回应接送困难的问题' },
    });
    expect(unsatisfied.state).toBe('handling');
    expect(unsatisfied.data.rehandleCount).toBe(1);
    expect(unsatisfied.status).toBe('active');
    // 重办 reopens only the lead unit's branch.
    expect(unsatisfied.branches.handling?.map((branch) => [branch.key, branch.state])).toEqual([['市教育局', 'leading']]);

    await engine.send(id, { type: 'reply', actor: unit, payload: { ...replyPayload, replyClass: 'A' } });
    await engine.send(id, { type: 'approveReply', actor: office });
    const done = await engine.send(id, { type: 'evaluate', actor: member, payload: { satisfaction: '满意' } });
    expect(done).toMatchObject({ state: 'done', status: 'done', version: 11, actions: [] });
    expect(done.data).toMatchObject({ replyClass: 'A', satisfaction: '满意', rehandleCount: 1 });

    const history = await engine.history(id);
    expect(history.map((event) => event.type)).toEqual([
      'start', 'submit', 'accept', 'assign', 'sendOpinion', 'reply', 'approveReply', 'evaluate', 'reply', 'approveReply', 'evaluate',
    ]);
    expect(history[4]).toMatchObject({ type: 'sendOpinion', branch: '市财政局', from: 'handling', to: 'handling' });
    expect(history[5]).toMatchObject({ branch: '市教育局', from: 'handling', to: 'supervising', actor: unit, at: '2026-03-10T01:00:00.000Z' });
    expect(await engine.verifyHistory(id)).toEqual({ ok: true, events: 11 });
    expect(await engine.tasks({ actor: member })).toEqual([]);
  });

  it('ends in 不予立案 with the reason kept and the proposer notified', async () => {
    const { engine, delivered } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    const rejected = await engine.send(id, {
      type: 'reject',
      actor: office,
      payload: { ground: '个人或家庭事务', reason: '属个人事务，建议通过信访渠道反映', toPublicOpinion: false },
    });
    expect(rejected).toMatchObject({ state: 'notFiled', status: 'done' });
    expect(rejected.data.notFiledReason).toBe('属个人事务，建议通过信访渠道反映');
    expect(delivered).toEqual([
      expect.objectContaining({
        kind: 'notify',
        detail: expect.objectContaining({ roles: ['proposer'] }),
        recipients: { users: [member.id], units: [], roles: [] },
      }),
    ]);
    await expect(engine.send(id, { type: 'accept', actor: office })).rejects.toMatchObject({
      name: 'TransitionNotAllowedError',
      code: 'transition.final',
    });
  });

  it('returns a proposal for revision and lets the member resubmit', async () => {
    const { engine } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    const returned = await engine.send(id, { type: 'returnForRevision', actor: office, payload: { reason: '请补充具体建议' } });
    expect(returned.state).toBe('draft');
    expect(returned.actions).toEqual([]);
    const asMember = await engine.get(id, { actor: member });
    expect(asMember.actions.map((action) => action.event)).toEqual(['submit']);
    expect((await engine.send(id, { type: 'submit', actor: member, payload: submitPayload })).state).toBe('review');
  });

  it('lists to-do tasks by role, oldest first, with state titles', async () => {
    const { engine, clock } = proposalEngine();
    const first = await engine.start('proposal', { actor: member, id: 'P1' });
    clock.advance('P1D');
    const second = await engine.start('proposal', { actor: member, id: 'P2' });
    await engine.send(second.id, { type: 'submit', actor: member, payload: submitPayload });
    clock.advance('P1D');
    await engine.send(first.id, { type: 'submit', actor: member, payload: submitPayload });

    const forOffice = await engine.tasks({ actor: office });
    expect(forOffice.map((task) => task.instanceId)).toEqual(['P2', 'P1']);
    expect(forOffice[0]).toMatchObject({
      state: 'review',
      roles: ['proposal-office'],
      actions: ['accept', 'reject', 'returnForRevision'],
      stateTitle: { 'zh-CN': '立：审查立案', en: 'File: review' },
    });
    expect(await engine.tasks({ actor: member })).toEqual([]);
    expect(await engine.tasks({ actor: office, limit: 1 })).toHaveLength(1);
    expect(await engine.tasks({ actor: office, state: 'assign' })).toEqual([]);
  });
});
