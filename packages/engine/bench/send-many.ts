/**
 * The assignment meeting (交办会): 400 proposals of the example workflow wait in `assign` (交) and
 * are assigned at once with `engine.sendMany()` on the in-memory store — or, as its peer, one
 * after another with `engine.send()`. Each round assigns 400 fresh proposals; the figure is the
 * median round. With `latencyMs`, every store call first waits that long, as a call to a database
 * server would: the case that running instances side by side is for.
 */
import { createEngine, createMemoryStore, type Actor, type BatchCommand, type Engine, type Store } from '../src/index.js';
import { median, proposalDefinition, settle } from './common.js';

const member: Actor = { id: 'member-0001', roles: ['member'] };
const office: Actor = { id: 'office-01', roles: ['proposal-office'] };
const assigner: Actor = { id: 'gov-01', roles: ['assigning-office'] };
const submit = { title: '关于优化课后服务的建议', category: '社会事业', situation: '部分学校课后服务内容单一，家长接送困难，资源不足。', suggestions: '统筹引入文体科普资源。' };
const UNITS = ['市教育局', '市财政局', '市人社局', '市住建局', '市卫健委', '市交通局', '市民政局', '市生态环境局'];

async function waitingForAssignment(engine: Engine, round: number, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await engine.start('proposal', { actor: member, id: `R${round}-${String(i).padStart(3, '0')}` });
    await engine.send(id, { type: 'submit', actor: member, payload: submit });
    await engine.send(id, { type: 'accept', actor: office });
    ids.push(id);
  }
  return ids;
}

/** The memory store, each read and commit delayed by `ms` once `slow.on` is set. */
function delayed(ms: number): { store: Store; slow: { on: boolean } } {
  const store = createMemoryStore();
  const slow = { on: false };
  const wait = () => (slow.on ? new Promise((resolve) => setTimeout(resolve, ms)) : undefined);
  return {
    slow,
    store: {
      ...store,
      read: async (ref, key) => (await wait(), store.read(ref, key)),
      commit: async (write) => (await wait(), store.commit(write)),
    },
  };
}

/** Total milliseconds to assign `proposals` proposals, and commands per second. */
export async function measureAssignmentMeeting(side: 'sendMany' | 'send', options: { proposals: number; rounds: number; latencyMs?: number }) {
  const { store, slow } = delayed(options.latencyMs ?? 0);
  const engine = createEngine({
    definitions: [proposalDefinition],
    store,
    notify: () => undefined,
    effects: { 'push-oa': () => undefined },
  });
  const rounds: number[] = [];
  // Round -1 warms the code up and is not counted.
  for (let round = -1; round < options.rounds; round++) {
    const ids = await waitingForAssignment(engine, round + 1, options.proposals);
    const batch: BatchCommand[] = ids.map((instanceId, i) => ({
      instanceId,
      type: 'assign',
      actor: assigner,
      payload: { leadUnit: UNITS[i % UNITS.length]! },
    }));
    settle();
    slow.on = (options.latencyMs ?? 0) > 0;
    const started = performance.now();
    if (side === 'sendMany') {
      const results = await engine.sendMany(batch);
      if (results.some((result) => !result.ok)) throw new Error('an assignment failed');
    } else {
      for (const { instanceId, ...command } of batch) await engine.send(instanceId, command);
    }
    if (round >= 0) rounds.push(performance.now() - started);
    slow.on = false;
  }
  const ms = median(rounds);
  return { side, proposals: options.proposals, latencyMs: options.latencyMs ?? 0, ms, perSecond: options.proposals / (ms / 1000), rounds };
}
