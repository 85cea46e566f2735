/**
 * Heap per idle instance: starts N instances of the example proposal workflow on the in-memory
 * store and divides the heap growth by N. `started`: each waits in `draft` with its row, its
 * audit event and its open task — the engine's own cost. `submitted`: each also holds a submitted
 * proposal (案由, 情况, 建议) in its data and audit trail — what real content adds. Needs
 * `--expose-gc`.
 */
import { readFileSync } from 'node:fs';
import { createEngine, createMemoryStore, type Actor } from '../src/index.js';
import { heapUsed } from './common.js';

const definition = JSON.parse(
  readFileSync(new URL('../../../examples/proposal/proposal.workflow.json', import.meta.url), 'utf8'),
);
const member: Actor = { id: 'member-0001', roles: ['member'] };
const payload = { title: '关于优化课后服务的建议', category: '社会事业', situation: '部分学校课后服务内容单一，家长接送困难，资源不足。', suggestions: '统筹引入文体科普资源。' };

/** Bytes of heap per waiting instance, over `count` instances. */
export async function benchIdleMemory(
  count: number,
  stage: 'started' | 'submitted',
): Promise<{ count: number; stage: string; bytesPerInstance: number }> {
  const engine = createEngine({
    definitions: [definition],
    store: createMemoryStore(),
    notify: () => undefined,
    effects: { 'push-oa': () => undefined },
  });
  // One instance first, so the compiled workflow and caches are not counted.
  const warm = await engine.start('proposal', { actor: member });
  await engine.send(warm.id, { type: 'submit', actor: member, payload });
  const before = heapUsed();
  for (let i = 0; i < count; i++) {
    const { id } = await engine.start('proposal', { actor: member, id: `JY-2026-${String(i).padStart(5, '0')}` });
    if (stage === 'submitted') await engine.send(id, { type: 'submit', actor: member, payload });
  }
  const after = heapUsed();
  // Keep the engine (and its store) alive until after the measurement.
  if ((await engine.get(warm.id)).version !== 2) throw new Error('unexpected state');
  return { count, stage, bytesPerInstance: (after - before) / count };
}
