import type { Actor, Engine, InstanceView } from '../../src/index.js';
import { assigner, member, office, replyPayload, submitPayload, unit } from './proposal.js';

/** The co-handling unit's handler (会办单位). */
export const coHandler: Actor = { id: 'qian', roles: ['handling-unit'], unit: '市财政局' };

/** One command of a stream: starting an instance or sending it an action, with its idempotency key. */
export interface PlannedCommand {
  /** Position in the stream. */
  index: number;
  instance: string;
  /** `start`, or the action sent. */
  type: string;
  key: string;
  actor: Actor;
  payload?: Record<string, unknown>;
}

/** The walk of one proposal through 提、立、交、办、督、评, with a claim and an extension on the way. */
function walk(instance: string): Array<Omit<PlannedCommand, 'index' | 'key'>> {
  return [
    { instance, type: 'start', actor: member },
    { instance, type: 'submit', actor: member, payload: { ...submitPayload, title: `${submitPayload.title}（${instance}）` } },
    { instance, type: 'claimTask', actor: office },
    { instance, type: 'accept', actor: office },
    { instance, type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } },
    { instance, type: 'sendOpinion', actor: coHandler, payload: { opinion: `财政将统筹安排 ${instance} 所需经费。` } },
    { instance, type: 'extendDeadline', actor: unit, payload: { by: 'P1M', reason: '需会同有关部门调研' } },
    { instance, type: 'reply', actor: unit, payload: replyPayload },
    { instance, type: 'approveReply', actor: office },
    { instance, type: 'evaluate', actor: member, payload: { satisfaction: '满意' } },
  ];
}

/** A small deterministic generator, so that a failing seed can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * The commands of `instances` proposal walks, interleaved at random (by `seed`) while each
 * instance's own commands keep their order. Every command has an idempotency key of its own.
 */
export function commandPlan(seed: number, instances: number): PlannedCommand[] {
  const next = random(seed);
  const queues = Array.from({ length: instances }, (_, n) => walk(`F-${String(n + 1).padStart(2, '0')}`));
  const plan: PlannedCommand[] = [];
  for (;;) {
    const open = queues.filter((queue) => queue.length > 0);
    if (open.length === 0) return plan;
    const command = open[Math.floor(next() * open.length)]!.shift()!;
    plan.push({ ...command, index: plan.length, key: `${command.instance}/${command.type}` });
  }
}

/** The instant a command of the stream is taken at: one hour apart, so that every run agrees. */
export const commandTime = (index: number): Date => new Date(Date.parse('2026-03-02T01:00:00.000Z') + index * 3_600_000);

/** A clock the stream sets before each command. */
export function steppedClock(): { now(): Date; at(index: number): void } {
  let current = commandTime(0);
  return {
    now: () => new Date(current),
    at: (index) => {
      current = commandTime(index);
    },
  };
}

/** Applies one planned command (a retry of it returns the recorded result). */
export function applyPlanned(engine: Engine, command: PlannedCommand): Promise<InstanceView> {
  const { instance, type, key, actor, payload } = command;
  return type === 'start'
    ? engine.start('proposal', { actor, id: instance, idempotencyKey: key })
    : engine.send(instance, { type, actor, idempotencyKey: key, ...(payload === undefined ? {} : { payload }) });
}

/** The effect handlers the example workflow needs; they do nothing here. */
export const quietEffects = { notify: () => undefined, effects: { 'push-oa': () => undefined } };
