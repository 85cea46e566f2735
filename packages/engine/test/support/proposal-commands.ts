import fc from 'fast-check';
import { LuzhiError, createEngine, createVirtualClock, type Engine, type InstanceView, type Store } from '../../src/index.js';
import {
  actorArbitrary,
  expectedVersion,
  hostilePayload,
  hostileString,
  idempotencyKey,
  materialize,
  ownObject,
  prototypeNames,
  sometimes,
  trickyStrings,
} from './arbitraries.js';
import { assigner, member, office, proposalDefinition, replyPayload, submitPayload, unit } from './proposal.js';

const roles = ['member', 'proposal-office', 'assigning-office', 'handling-unit'];
const units = ['市教育局', '市财政局', '市卫健委'];
const coHandler = { id: 'qian', roles: ['handling-unit'], unit: '市财政局' };

/** Valid payloads of the example workflow's actions (and built-in ones), by event. */
const validPayloads: Record<string, unknown> = {
  submit: submitPayload,
  accept: undefined,
  reject: { ground: '其他', reason: '内容与职能无关，不予立案' },
  returnForRevision: { reason: '请补充具体建议' },
  withdraw: undefined,
  assign: { leadUnit: '市教育局', coUnits: ['市财政局'] },
  reply: replyPayload,
  sendOpinion: { opinion: '财政将统筹安排课后服务专项经费。' },
  objectAssignment: { reason: '不属于本单位职责范围', suggestedUnit: '市卫健委' },
  approveReply: undefined,
  returnReply: { reason: '答复内容不够具体' },
  evaluate: { satisfaction: '满意' },
  claimTask: undefined,
  releaseTask: undefined,
  delegateTask: { to: 'li', reason: '出差，委托办理' },
  extendDeadline: { by: 'P10D', reason: '需要实地调研' },
  addBranch: { item: '市卫健委', reason: '增加承办单位' },
  removeBranch: { branch: '市财政局', reason: '撤销承办单位' },
};
const events = Object.keys(validPayloads);

/** Who may take each action of the example workflow (in the stage where it is offered). */
const properActor: Record<string, unknown> = {
  submit: member,
  withdraw: member,
  evaluate: member,
  assign: assigner,
  addBranch: assigner,
  removeBranch: assigner,
  reply: unit,
  objectAssignment: unit,
  extendDeadline: unit,
  sendOpinion: coHandler,
};

/** The stage an instance is brought to before the hostile commands: how many valid steps in. */
export const stages = ['draft', 'review', 'assign', 'handling', 'opinionSent', 'supervising', 'evaluating'] as const;

/** The valid commands that bring a proposal from `draft` to each stage, in order. */
const path = [
  { type: 'submit', actor: member, payload: submitPayload },
  { type: 'accept', actor: office },
  { type: 'assign', actor: assigner, payload: validPayloads.assign },
  { type: 'sendOpinion', actor: coHandler, payload: validPayloads.sendOpinion },
  { type: 'reply', actor: unit, payload: replyPayload },
  { type: 'approveReply', actor: office },
];

/**
 * A hostile command, described: the event, the actor, how the payload is made (the event's valid
 * one, that with a hostile value in one field or extra prototype-named keys, or anything), and
 * the envelope's other fields. Sometimes not a command at all, or for another instance id.
 */
export interface HostileCommand {
  instance: 'own' | { other: string };
  command: unknown;
}

/** The payload of `event` with `value` in place of each string in it (arrays of strings too). */
function tainted(payload: unknown, value: string): unknown {
  if (typeof payload === 'string') return value;
  if (Array.isArray(payload)) return payload.map((item) => tainted(item, value));
  if (payload !== null && typeof payload === 'object') {
    return ownObject(Object.entries(payload).map(([key, item]) => [key, typeof item === 'string' && key !== 'satisfaction' ? value : tainted(item, value)] as const));
  }
  return payload;
}

/** What goes into a field of a tainted payload: mostly a prototype name or a string stores trip over. */
const taint = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...prototypeNames) },
  { weight: 3, arbitrary: fc.constantFrom(...trickyStrings) },
  { weight: 1, arbitrary: hostileString },
);

const payloadFor = (event: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(validPayloads[event]) },
    { weight: 3, arbitrary: taint.map((value) => tainted(validPayloads[event], value)) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('__proto__', 'constructor', 'toString'), hostilePayload).map(([key, value]) =>
        ownObject([...Object.entries((validPayloads[event] ?? {}) as object), [key, materialize(value)]]),
      ),
    },
    { weight: 2, arbitrary: hostilePayload.map(materialize) },
  );

/** The actions the example workflow offers at each stage. */
const offeredAt: Record<(typeof stages)[number], readonly string[]> = {
  draft: ['submit'],
  review: ['accept', 'reject', 'returnForRevision', 'withdraw', 'claimTask', 'delegateTask', 'releaseTask'],
  assign: ['assign'],
  handling: ['reply', 'sendOpinion', 'objectAssignment', 'extendDeadline', 'addBranch', 'removeBranch'],
  opinionSent: ['reply', 'objectAssignment', 'extendDeadline', 'addBranch', 'removeBranch'],
  supervising: ['approveReply', 'returnReply'],
  evaluating: ['evaluate'],
};

/**
 * A {@link HostileCommand} for an instance at `stage`: mostly an action offered there, by the
 * actor who may take it, with its payload as it is, tainted, or replaced.
 */
export function hostileCommand(stage: (typeof stages)[number]): fc.Arbitrary<HostileCommand> {
  return fc
    .oneof(
      { weight: 6, arbitrary: fc.constantFrom(...offeredAt[stage]) },
      { weight: 3, arbitrary: fc.constantFrom(...events) },
      { weight: 1, arbitrary: hostileString },
    )
    .chain((event) =>
      fc.record({
        type: fc.constant(event),
        actor: fc.oneof({ weight: 3, arbitrary: fc.constant(properActor[event] ?? office) }, { weight: 1, arbitrary: actorArbitrary(roles, units) }),
        payload: payloadFor(event),
        branch: sometimes(fc.oneof(fc.constantFrom(...units), hostileString), 6),
        idempotencyKey: sometimes(idempotencyKey, 2),
        expectedVersion: sometimes(expectedVersion, 8),
        extra: sometimes(fc.constant(true), 12),
      }),
    )
    .chain((fields) =>
      fc.record({
        instance: fc.oneof({ weight: 12, arbitrary: fc.constant('own' as const) }, { weight: 1, arbitrary: hostileString.map((other) => ({ other })) }),
        command: fc.oneof({ weight: 15, arbitrary: fc.constant(commandOf(fields)) }, { weight: 1, arbitrary: hostilePayload.map(materialize) }),
      }),
    );
}

/** A stage and the hostile commands sent to an instance brought there. */
export const stagedCommands = fc
  .constantFrom(...stages)
  .chain((stage) => fc.record({ stage: fc.constant(stage), commands: fc.array(hostileCommand(stage), { minLength: 1, maxLength: 6 }) }));

/** The command the fields describe: absent fields left out, and the extra key added when asked for. */
function commandOf(fields: Record<string, unknown>): unknown {
  const { extra, ...given } = fields;
  const command = Object.entries(given).filter(([key, value]) => value !== undefined || key === 'payload');
  return ownObject(extra === true ? [...command, ['__proto__', { type: 'accept' }]] : command);
}

/** An engine on the example workflow over `store`, for `tenant`, on a clock of its own. */
export function proposalEngineOn(store: Store, tenant: string): Engine {
  return createEngine({
    definitions: [proposalDefinition],
    store,
    clock: createVirtualClock('2026-02-10T09:00:00+08:00'),
    tenant,
    notify: () => {},
    effects: { 'push-oa': () => {} },
  });
}

/** Starts instance `id` and takes the valid steps up to `stage`. */
export async function prepare(engine: Engine, id: string, stage: (typeof stages)[number]): Promise<InstanceView> {
  let view = await engine.start('proposal', { actor: member, id });
  for (const command of path.slice(0, stages.indexOf(stage))) view = await engine.send(id, command);
  return view;
}

/** The outcome of one command: the view it returned, or the typed error's code; anything else throws. */
export type Outcome = { ok: true; view: InstanceView } | { ok: false; code: string; error: LuzhiError };

/**
 * Sends a command and says what came of it.
 * @throws the error itself when it is not a LuzhiError (the finding the properties look for).
 */
export async function outcomeOf(work: () => Promise<InstanceView>): Promise<Outcome> {
  try {
    return { ok: true, view: await work() };
  } catch (error) {
    if (error instanceof LuzhiError) return { ok: false, code: error.code, error };
    throw error;
  }
}

/** The instance and its history as text (or the typed error reading them gives). */
export async function snapshotOf(engine: Engine, id: string): Promise<string> {
  try {
    return JSON.stringify({ view: await engine.get(id), history: await engine.history(id) });
  } catch (error) {
    if (error instanceof LuzhiError) return `error ${error.code}`;
    throw error;
  }
}
