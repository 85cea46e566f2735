import { createEngine, createVirtualClock, type Actor, type WorkflowDefinition } from '@luzhi/engine';
import proposalJson from '../../../../examples/proposal/proposal.workflow.json' with { type: 'json' };

/** The six-step proposal workflow of examples/proposal. */
export const proposal = proposalJson as unknown as WorkflowDefinition;

export const member: Actor = { id: 'wang.li', name: '王立委员', roles: ['member'] };
export const office: Actor = { id: 'tian.office', name: '提案委员会办公室', roles: ['proposal-office'] };
export const assigner: Actor = { id: 'gov.office', name: '市政府办公室', roles: ['assigning-office'] };
export const leadUnit: Actor = { id: 'zhang.edu', name: '市教育局', roles: ['handling-unit'], unit: '市教育局' };
export const coUnit: Actor = { id: 'qian.fin', name: '市财政局', roles: ['handling-unit'], unit: '市财政局' };

export const submission = {
  title: '关于加强校园周边交通安全的建议',
  category: '社会事业',
  situation: '学校周边上下学时段车流密集，人车混行，存在较大安全隐患，家长反映强烈。',
  suggestions: '增设护学岗和限时停车区，优化信号配时。',
};

/** An engine on the in-memory store with a virtual clock, holding the proposal workflow. */
export function proposalEngine() {
  const clock = createVirtualClock('2026-02-10T09:00:00+08:00');
  const engine = createEngine({ definitions: [proposal], clock, tenant: 'test', notify: () => {}, effects: { 'push-oa': () => {} } });
  return { engine, clock };
}

/** A proposal walked to handling: the lead unit and one co-handler each have a branch. */
export async function proposalInHandling() {
  const { engine, clock } = proposalEngine();
  const { id } = await engine.start('proposal', { actor: member });
  await engine.send(id, { type: 'submit', actor: member, payload: submission });
  await engine.send(id, { type: 'accept', actor: office });
  await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });
  return { engine, clock, id };
}
