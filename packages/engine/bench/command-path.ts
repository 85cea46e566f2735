/**
 * Measures the full command path — `engine.send()` on the in-memory store: envelope check, read,
 * authorize, payload validation, XState transition, audit hash, commit — beside a bare XState
 * `transition()` on an equivalent hand-written machine, in the same run.
 */
import { readFileSync } from 'node:fs';
import { assign, initialTransition, setup, transition, type AnyMachineSnapshot } from 'xstate';
import { createEngine, createMemoryStore, type Actor } from '../src/index.js';

const definition = JSON.parse(
  readFileSync(new URL('../../../examples/proposal/proposal.workflow.json', import.meta.url), 'utf8'),
);
const member: Actor = { id: 'm', roles: ['member'] };
const office: Actor = { id: 'o', roles: ['proposal-office'] };
const unit: Actor = { id: 'u', roles: ['handling-unit'], unit: '市教育局' };
const reply = { replyClass: 'B', reply: '已将课后服务资源统筹纳入2026年工作计划，下半年在全市推开。', consulted: '面谈' };
const unsatisfied = { satisfaction: '不满意', comment: '未回应接送困难的问题' };

/** The handling loop 办→督→评(不满意)→办 as a plain XState machine: the same states, guard and data updates. */
function bareMachine() {
  return setup({
    types: {} as { context: { data: Record<string, unknown> }; events: { type: string; payload?: any } },
  }).createMachine({
    context: { data: {} },
    initial: 'handling',
    states: {
      handling: {
        on: { reply: { target: 'supervising', actions: assign({ data: ({ context, event }) => ({ ...context.data, replyClass: event.payload.replyClass }) }) } },
      },
      supervising: { on: { approveReply: 'evaluating', returnReply: 'handling' } },
      evaluating: {
        on: {
          evaluate: [
            {
              target: 'handling',
              guard: ({ event }) => event.payload.satisfaction === '不满意',
              actions: assign({
                data: ({ context, event }) => ({
                  ...context.data,
                  satisfaction: event.payload.satisfaction,
                  rehandleCount: ((context.data.rehandleCount as number) ?? 0) + 1,
                }),
              }),
            },
            { target: 'done' },
          ],
        },
      },
      done: { type: 'final' },
    },
  });
}

const loop = [
  { type: 'reply', actor: unit, payload: reply },
  { type: 'approveReply', actor: office },
  { type: 'evaluate', actor: member, payload: unsatisfied },
] as const;

function measureBare(events: number): number {
  const machine = bareMachine();
  let [snapshot] = initialTransition(machine) as [AnyMachineSnapshot, unknown];
  const started = performance.now();
  for (let i = 0; i < events; i++) {
    const step = loop[i % 3]!;
    [snapshot] = transition(machine, snapshot, { type: step.type, payload: 'payload' in step ? step.payload : undefined }) as [AnyMachineSnapshot, unknown];
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
  const started = performance.now();
  for (let i = 0; i < events; i++) {
    const step = loop[Math.floor(i / instances) % 3]!;
    await engine.send(ids[i % instances]!, step);
  }
  return events / ((performance.now() - started) / 1000);
}

/** Runs both sides (warm-up, then measured rounds) and returns the figures. */
export async function benchCommandPath(options: { events: number; rounds: number }) {
  const instances = 300;
  const events = Math.ceil(options.events / (instances * 3)) * instances * 3;
  measureBare(30_000);
  await measureSend(instances * 3 * 10, instances);
  const bare: number[] = [];
  const send: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    bare.push(measureBare(events));
    send.push(await measureSend(events, instances));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { bare: median(bare), send: median(send), ratio: median(bare) / median(send), events };
}
