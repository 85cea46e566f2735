import { readFileSync } from 'node:fs';
import { createEngine, createMemoryStore, createVirtualClock, type Actor, type EngineOptions } from '../../src/index.js';

/** The example six-step proposal workflow, as committee staff would ship it. */
export const proposalDefinition = JSON.parse(
  readFileSync(new URL('../../../../examples/proposal/proposal.workflow.json', import.meta.url), 'utf8'),
) as { id: string; version: number; states: Record<string, unknown> } & Record<string, unknown>;

export const member: Actor = { id: 'wang.li', roles: ['member'] };
export const office: Actor = { id: 'tian', roles: ['proposal-office'] };
export const assigner: Actor = { id: 'gov', roles: ['assigning-office'] };
export const unit: Actor = { id: 'zhang', roles: ['handling-unit'], unit: '市教育局' };

export const submitPayload = {
  title: '关于优化中小学课后服务的建议',
  category: '社会事业',
  situation: '部分学校课后服务内容单一，家长接送困难，社会资源引入不足。',
  suggestions: '统筹引入文体科普资源，建立质量评价机制。',
};
export const replyPayload = {
  replyClass: 'B',
  reply: '已将课后服务资源统筹纳入2026年工作计划，下半年在全市推开。',
  consulted: '面谈',
};

/** An engine on the example workflow with recording effect handlers and a virtual clock. */
export function proposalEngine(overrides: Partial<EngineOptions> = {}) {
  const delivered: Array<{ kind: string; detail: unknown; key: string; recipients?: unknown }> = [];
  const store = createMemoryStore();
  const clock = createVirtualClock('2026-02-10T09:00:00+08:00');
  const engine = createEngine({
    definitions: [proposalDefinition],
    store,
    clock,
    tenant: 'jiangyin',
    notify: (request, context) => {
      delivered.push({ kind: 'notify', detail: request, key: context.idempotencyKey, recipients: context.recipients });
    },
    effects: {
      'push-oa': (args, context) => {
        delivered.push({ kind: 'push-oa', detail: args, key: context.idempotencyKey });
      },
    },
    ...overrides,
  });
  return { engine, store, clock, delivered };
}
