/**
 * The demo behind the forms examples: an engine in the browser on the in-memory store, running
 * examples/proposal/proposal.workflow.json on a virtual clock, with a few proposals at different
 * steps so that the to-do lists show all three colours. Each example wires the elements to it in
 * its own framework's way.
 */
import { createEngine, createVirtualClock, pickTitle, type Actor, type Engine, type InstanceView, type WorkflowDefinition } from '@luzhi/engine';
import type { InboxTask, PanelCommand } from '@luzhi/forms';
import proposalJson from '../../proposal/proposal.workflow.json' with { type: 'json' };

/** The six-step proposal workflow. */
export const proposal = proposalJson as unknown as WorkflowDefinition;

/**
 * The people of the demo, one per role (and one per handling unit). 王立委员 starts every proposal,
 * so he is their lead proposer; 李华委员 is invited to co-sign the last one.
 */
export const actors: readonly Actor[] = [
  { id: 'tian.office', name: '提案委员会办公室', roles: ['proposal-office'] },
  { id: 'wang.li', name: '王立委员', roles: ['member'] },
  { id: 'gov.office', name: '市政府办公室', roles: ['assigning-office'] },
  { id: 'zhang.edu', name: '市教育局', roles: ['handling-unit'], unit: '市教育局' },
  { id: 'qian.fin', name: '市财政局', roles: ['handling-unit'], unit: '市财政局' },
  { id: 'li.hua', name: '李华委员', roles: ['member'] },
];

// Each proposal arrives `after` the one before: by the end the first is overdue and the second due soon.
const proposals = [
  { title: '关于加强校园周边交通安全的建议', to: 'handling', after: 'P0D', coSigners: [] },
  { title: '关于推进老旧小区加装电梯的建议', to: 'handling', after: 'P10D', coSigners: [] },
  { title: '关于完善农村饮水安全保障的建议', to: 'review', after: 'P85D', coSigners: [] },
  { title: '关于延长公共图书馆开放时间的建议', to: 'review', after: 'P0D', coSigners: [] },
  { title: '关于增设社区养老服务站点的建议', to: 'cosigning', after: 'P0D', coSigners: ['li.hua'] },
] as const;

/** The role each demo person is shown with: the lead proposer holds no role the host gives. */
const shownRole: Readonly<Record<string, string>> = { 'wang.li': 'proposer', 'li.hua': 'co-signer' };

/** A running demo: the engine, and what the pages ask of it as the chosen actor. */
export interface Demo {
  engine: Engine;
  definition: WorkflowDefinition;
  /** The actor's to-do list, each task with its proposal's title. */
  tasks(actor: Actor): Promise<InboxTask[]>;
  /** The instance as the actor sees it. */
  view(id: string, actor: Actor): Promise<InstanceView>;
  /** The panel's command, sent as the actor (what a host's `send` does). */
  send(command: PanelCommand, actor: Actor): Promise<InstanceView>;
}

/** Creates the demo engine and walks the sample proposals to their steps. */
export async function createDemo(): Promise<Demo> {
  const clock = createVirtualClock('2026-02-10T09:00:00+08:00');
  const engine = createEngine({ definitions: [proposal], clock, tenant: 'demo', notify: () => {}, effects: { 'push-oa': () => {} } });
  const [office, member, assigner] = actors;
  for (const [position, { title, to, after, coSigners }] of proposals.entries()) {
    clock.advance(after);
    const { id } = await engine.start('proposal', { actor: member!, id: `2026-${String(position + 1).padStart(3, '0')}` });
    await engine.send(id, {
      type: 'submit',
      actor: member!,
      payload: {
        title,
        category: '社会事业',
        situation: '群众反映集中，现有措施不足，需要有关部门统筹研究解决。',
        suggestions: '建议有关部门研究制定具体措施。',
        coSigners: [...coSigners],
      },
    });
    if (to === 'handling') {
      await engine.send(id, { type: 'accept', actor: office! });
      await engine.send(id, { type: 'assign', actor: assigner!, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });
    }
  }
  const titles = new Map<string, string>();
  return {
    engine,
    definition: proposal,
    async tasks(actor) {
      const rows = await engine.tasks({ actor, sort: 'due' });
      for (const row of rows) {
        if (!titles.has(row.instanceId)) titles.set(row.instanceId, String((await engine.get(row.instanceId)).data.title ?? row.instanceId));
      }
      return rows.map((row) => ({ ...row, title: titles.get(row.instanceId) }));
    },
    view: (id, actor) => engine.get(id, { actor }),
    send: ({ instanceId, ...command }, actor) => engine.send(instanceId, { ...command, actor }),
  };
}

/** An actor's label in the page's language. */
export function actorLabel(actor: Actor): string {
  const key = Object.hasOwn(shownRole, actor.id) ? shownRole[actor.id]! : actor.roles[0]!;
  const role = pickTitle(proposal.roles[key]?.title) ?? key;
  return `${actor.name}（${role}）`;
}
