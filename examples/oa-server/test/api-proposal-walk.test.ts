import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROPOSAL, startServer, type Running } from './api-harness.js';

let server: Running;
beforeAll(async () => {
  server = await startServer({ committees: ['base', 'jiangyin'] });
});
afterAll(() => server.close());

/** Walks one proposal from 提 (submit) to 评 (evaluate) as the personas, checking each one's to-do list. */
async function walk(committee: string): Promise<void> {
  const as = (persona: string) => ({ persona, committee });
  const command = async (persona: string, id: string, type: string, payload?: unknown) => {
    const answer = await server.call('POST', `/api/instances/${id}/commands`, { ...as(persona), body: { type, ...(payload === undefined ? {} : { payload }) } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  };
  const todo = async (persona: string) => (await server.call('GET', '/api/tasks', as(persona))).body as Array<{ instanceId: string; state: string; actions: string[] }>;

  const started = await server.call('POST', '/api/instances', { ...as('member'), body: { definition: 'proposal' } });
  expect(started.status).toBe(201);
  const id: string = started.body.id;
  expect(started.body.actions.map((action: { event: string }) => action.event)).toContain('submit');

  expect((await command('member', id, 'submit', PROPOSAL)).activeStates).toContain('review');
  expect((await todo('proposal-office')).filter((task) => task.instanceId === id).flatMap((task) => task.actions)).toContain('accept');
  expect((await todo('unit-a')).some((task) => task.instanceId === id)).toBe(false);

  expect((await command('proposal-office', id, 'accept')).activeStates).toContain('assign');
  expect((await todo('assigning-office')).some((task) => task.instanceId === id)).toBe(true);
  expect((await command('assigning-office', id, 'assign', { mode: '单办', leadUnit: '市教育局' })).activeStates).toContain('receiving');

  expect((await todo('unit-a')).some((task) => task.instanceId === id)).toBe(true);
  expect((await todo('unit-b')).some((task) => task.instanceId === id)).toBe(false);
  await command('unit-a', id, 'signFor');
  await command('unit-a', id, 'recordConsultation', { method: '面谈', date: '2026-03-10', summary: '与提案人面商，听取对办理工作的意见和建议。' });
  const replied = await command('unit-a', id, 'reply', {
    replyClass: 'A',
    reply: '已将课后服务纳入年度重点工作，统筹引入文体科普资源，并建立经费保障机制。',
    signedOffBy: '分管副局长 吴',
    consulted: '面谈',
  });
  expect(replied.activeStates).toContain('checkingReply');

  expect((await command('proposal-office', id, 'approveReply')).activeStates).toContain('evaluating');
  expect((await todo('member')).filter((task) => task.instanceId === id).flatMap((task) => task.actions)).toContain('evaluate');
  const done = await command('member', id, 'evaluate', { satisfaction: '满意', visited: '已走访' });
  expect(done.status).toBe('done');

  const history = await server.call('GET', `/api/instances/${id}/history`, as('member'));
  expect(history.status).toBe(200);
  const types = (history.body as Array<{ type: string }>).map((event) => event.type);
  expect(types).toEqual(expect.arrayContaining(['submit', 'accept', 'assign', 'signFor', 'reply', 'approveReply', 'evaluate']));
  const verification = await server.call('GET', `/api/instances/${id}/verification`, as('proposal-office'));
  expect(verification.body.ok).toBe(true);
  expect(await todo('member')).toEqual([]);
}

/** Walks a consultation through its first hand-overs: 荐题 by the member, 受理 by the office, 立题 by the convener, 云协商 opinions of the two members. */
async function consultation(committee: string): Promise<void> {
  const as = (persona: string) => ({ persona, committee });
  const command = async (persona: string, id: string, type: string, payload?: unknown) => {
    const answer = await server.call('POST', `/api/instances/${id}/commands`, { ...as(persona), body: { type, ...(payload === undefined ? {} : { payload }) } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  };
  const started = await server.call('POST', '/api/instances', { ...as('member'), body: { definition: 'consultation' } });
  expect(started.status).toBe(201);
  const id: string = started.body.id;
  await command('member', id, 'recommend', {
    topic: '南门小吃一条街夜间停车与油烟整治',
    background: '小吃街夜间车辆乱停乱放、油烟扰民，周边居民多次反映，涉及交通、城管等多个部门。',
    category: '基层治理',
    proposerKind: '政协委员',
    proposerName: '王立',
  });
  const accepted = await command('proposal-office', id, 'acceptTopic', { convener: 'zhao.leader' });
  expect(accepted.activeStates).toContain('fixing');
  await command('leader', id, 'draftPlan', { agreedTopic: '南门小吃一条街综合整治', aims: '理顺夜间停车秩序，治理油烟扰民，兼顾摊贩经营。' });
  const cloud = await command('leader', id, 'finishResearch', { summary: '召开摊户座谈会并线上征求意见。', format: '云协商', invitedMembers: ['wang.li', 'li.hua'] });
  expect(cloud.activeStates).toContain('cloud');
  const tasks = (await server.call('GET', '/api/tasks', as('co-signer'))).body as Array<{ instanceId: string; actions: string[] }>;
  expect(tasks.filter((task) => task.instanceId === id).flatMap((task) => task.actions)).toContain('giveOpinion');
  await command('co-signer', id, 'giveOpinion', { opinion: '建议分时段经营。' });
  await command('member', id, 'giveOpinion', { opinion: '建议设置油烟在线监测。' });
}

describe('a consultation walked over HTTP by the personas', () => {
  it('passes its first hand-overs in the base workflows', () => consultation('base'));
});

describe('a proposal walked over HTTP by the personas', () => {
  it('goes from 提 to 评 in the base workflows', () => walk('base'));
  it('goes from 提 to 评 in a committee preset', () => walk('jiangyin'));
});
