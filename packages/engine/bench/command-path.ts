/**
 * Measures the full command path — `engine.send()` on the in-memory store: envelope check, read,
 * authorize, payload validation, XState transition, audit hash, commit — beside a bare XState
 * `transition()` on an equivalent hand-written machine, in the same run.
 */
import { readFileSync } from 'node:fs';
import { assign, initialTransition, setup, transition, type AnyMachineSnapshot } from 'xstate';
import { compile, createEngine, createMemoryStore, type Actor } from '../src/index.js';
import { machineTransition } from '../src/runtime/machine-step.js';

const definition = JSON.parse(
  readFileSync(new URL('../../../examples/proposal/proposal.workflow.json', import.meta.url), 'utf8'),
);
const member: Actor = { id: 'm', roles: ['member'] };
const office: Actor = { id: 'o', roles: ['proposal-office'] };
const unit: Actor = { id: 'u', roles: ['handling-unit'], unit: '市教育局' };
const reply = { replyClass: 'B', reply: '已将课后服务资源统筹纳入2026年工作计划，下半年在全市推开。', consulted: '面谈' };
const unsatisfied = { satisfaction: '不满意', comment: '未回应接送困难的问题' };

/**
 * The example proposal workflow written by hand as a plain XState machine: the same eight states,
 * transitions, guard and data updates, no authorization, validation, audit or store.
 */
export function bareMachine() {
  type Event = { type: string; payload?: any };
  // Typed loosely: XState's action types do not survive a helper; the machine is the point here.
  const put = (update: (data: Record<string, unknown>, payload: any) => Record<string, unknown>): any =>
    assign({ data: ({ context, event }: { context: { data: Record<string, unknown> }; event: Event }) => ({ ...context.data, ...update(context.data, event.payload) }) });
  return setup({ types: {} as { context: { data: Record<string, unknown> }; events: Event } }).createMachine({
    context: { data: {} },
    initial: 'handling',
    states: {
      draft: { on: { submit: { target: 'review', actions: put((_, p) => ({ title: p.title, category: p.category, suggestedUnit: p.suggestedUnit ?? '' })) } } },
      review: {
        on: {
          accept: 'assign',
          reject: { target: 'notFiled', actions: put((_, p) => ({ notFiledReason: p.reason })) },
          returnForRevision: 'draft',
        },
      },
      assign: { on: { assign: { target: 'handling', actions: put((_, p) => ({ leadUnit: p.leadUnit, coUnits: p.coUnits ?? [] })) } } },
      handling: { on: { reply: { target: 'supervising', actions: put((_, p) => ({ replyClass: p.replyClass })) } } },
      supervising: { on: { approveReply: 'evaluating', returnReply: 'handling' } },
      evaluating: {
        on: {
          evaluate: [
            {
              target: 'handling',
              guard: ({ event }) => event.payload.satisfaction === '不满意',
              actions: put((data, p) => ({ satisfaction: p.satisfaction, rehandleCount: ((data.rehandleCount as number) ?? 0) + 1 })),
            },
            { target: 'done', actions: put((_, p) => ({ satisfaction: p.satisfaction })) },
          ],
        },
      },
      notFiled: { type: 'final' },
      done: { type: 'final' },
    },
  });
}

const loop = [
  { type: 'reply', actor: unit, payload: reply },
  { type: 'approveReply', actor: office },
  { type: 'evaluate', actor: member, payload: unsatisfied },
] as const;

/** Collects garbage left by the previous measurement, so each side pays only for its own. */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function measureBare(events: number): number {
  settle();
  const machine = bareMachine();
  let [snapshot] = initialTransition(machine) as [AnyMachineSnapshot, unknown];
  const started = performance.now();
  for (let i = 0; i < events; i++) {
    const step = loop[i % 3]!;
    [snapshot] = transition(machine, snapshot, { type: step.type, payload: 'payload' in step ? step.payload : undefined }) as [AnyMachineSnapshot, unknown];
  }
  return events / ((performance.now() - started) / 1000);
}

/** An instance of the example workflow in `handling`, as the engine stored it. */
async function handlingRow(): Promise<Record<string, any>> {
  const store = createMemoryStore();
  const engine = createEngine({ definitions: [definition], store, notify: () => undefined, effects: { 'push-oa': () => undefined } });
  const { id } = await engine.start('proposal', { actor: member });
  await engine.send(id, { type: 'submit', actor: member, payload: { title: '关于优化课后服务的建议', category: '社会事业', situation: '部分学校课后服务内容单一，家长接送困难，资源不足。', suggestions: '统筹引入文体科普资源。' } });
  await engine.send(id, { type: 'accept', actor: office });
  await engine.send(id, { type: 'assign', actor: { id: 'g', roles: ['assigning-office'] }, payload: { leadUnit: '市教育局' } });
  return (await store.read({ tenant: 'default', id })).instance as Record<string, any>;
}

/**
 * The step alone as the engine takes it (`machineTransition`, the machine's own `transition()`
 * without XState's throwaway actor) on the machine the engine compiled from the definition, from
 * the state and context of a stored instance in `handling` (the reply acts on the lead unit's branch).
 */
async function measureCompiled(events: number): Promise<number> {
  const compiled = compile(definition);
  const row = await handlingRow();
  const context = { data: row.data, now: new Date().toISOString(), instance: { id: row.id, tenant: row.tenant, definition: 'proposal', version: 1 }, branches: row.branches };
  let snapshot = compiled.machine.resolveState({ value: row.state, context }) as AnyMachineSnapshot;
  const branch = { forEach: 'handling', key: '市教育局' };
  settle();
  const started = performance.now();
  for (let i = 0; i < events; i++) {
    const step = loop[i % 3]!;
    [snapshot] = machineTransition(compiled.machine, snapshot, (step.type === 'reply' ? { ...step, branch } : step) as never);
  }
  return events / ((performance.now() - started) / 1000);
}

async function measureSend(events: number, instances: number): Promise<number> {
  const engine = createEngine({
    definitions: [definition],
    store: createMemoryStore(),
    notify: () => undefined,
    effects: { 'push-oa': () => undefined },
  });
  const ids: string[] = [];
  for (let i = 0; i < instances; i++) {
    const { id } = await engine.start('proposal', { actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: { title: '关于优化课后服务的建议', category: '社会事业', situation: '部分学校课后服务内容单一，家长接送困难，资源不足。', suggestions: '统筹引入文体科普资源。' } });
    await engine.send(id, { type: 'accept', actor: office });
    await engine.send(id, { type: 'assign', actor: { id: 'g', roles: ['assigning-office'] }, payload: { leadUnit: '市教育局' } });
    ids.push(id);
  }
  settle();
  const started = performance.now();
  for (let i = 0; i < events; i++) {
    const step = loop[Math.floor(i / instances) % 3]!;
    await engine.send(ids[i % instances]!, step);
  }
  return events / ((performance.now() - started) / 1000);
}

/**
 * Measures one side in this process: `bare` (the hand-written machine) or `send` (the engine).
 * Each side runs in a fresh process (see run.ts): XState's functions get slower once they have
 * seen a second machine's shapes, which would otherwise penalize whichever side runs second.
 */
export async function measureCommandPath(side: 'bare' | 'compiled' | 'send', options: { events: number; rounds: number }) {
  const instances = 300;
  const events = Math.ceil(options.events / (instances * 3)) * instances * 3;
  const results: number[] = [];
  if (side === 'bare') {
    measureBare(30_000);
    for (let round = 0; round < options.rounds; round++) results.push(measureBare(events));
  } else if (side === 'compiled') {
    await measureCompiled(30_000);
    for (let round = 0; round < options.rounds; round++) results.push(await measureCompiled(events));
  } else {
    await measureSend(instances * 3 * 10, instances);
    for (let round = 0; round < options.rounds; round++) results.push(await measureSend(events, instances));
  }
  const sorted = [...results].sort((a, b) => a - b);
  return { side, events, perSecond: sorted[Math.floor(sorted.length / 2)]!, rounds: results };
}
