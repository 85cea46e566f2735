import { createEngine, createVirtualClock, type Actor, type WorkflowDefinition } from '@luzhi/engine';
import proposalJson from '../../../presets/base/proposal.workflow.json' with { type: 'json' };
import consultationJson from '../../../presets/base/consultation.workflow.json' with { type: 'json' };
import publicOpinionJson from '../../../presets/base/public-opinion.workflow.json' with { type: 'json' };

/** The base preset's proposal workflow, as committees receive it. */
export const baseProposal = proposalJson as unknown as WorkflowDefinition;
/** The base preset's consultation (有事好商量) workflow. */
export const baseConsultation = consultationJson as unknown as WorkflowDefinition;

export const proposer: Actor = { id: 'wang.li', name: '王立委员', roles: ['member'] };
export const coSigner: Actor = { id: 'li.hua', name: '李华委员', roles: ['member'] };
export const proposalOffice: Actor = { id: 'tian', name: '提案委员会办公室', roles: ['proposal-office'] };
export const assigningOffice: Actor = { id: 'gov', name: '市政府办公室', roles: ['assigning-office'] };
export const unitA: Actor = { id: 'zhang', name: '市教育局', roles: ['handling-unit', 'lead-unit'], unit: '市教育局' };
export const unitB: Actor = { id: 'qian', name: '市财政局', roles: ['handling-unit', 'lead-unit'], unit: '市财政局' };

export const proposalPayload = {
  title: '关于优化课后服务的建议',
  category: '社会事业',
  submittedAs: '委员',
  session: '平时提案',
  situation: '部分学校课后服务内容单一，家长接送困难，学生参与意愿不高，需要统筹资源加以改进。',
  suggestions: '统筹引入文体科普资源，建立课后服务经费保障机制。',
  suggestedLeadUnit: '市教育局',
};

/** An engine on the in-memory store serving `definitions` (the base proposal and consultation by default). */
export function presetEngine(definitions: WorkflowDefinition[] = [baseProposal, baseConsultation, publicOpinionJson as unknown as WorkflowDefinition]) {
  const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
  const engine = createEngine({ definitions, clock, tenant: 'test', notify: () => {} });
  return { engine, clock };
}
