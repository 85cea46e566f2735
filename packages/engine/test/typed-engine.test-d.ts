/**
 * Type tests of typedEngine, checked by `tsc -p packages/engine/tsconfig.json` (the typecheck):
 * each `@ts-expect-error` line must be a compile error, or the typecheck fails.
 */
import type { Actor, BuiltinPayloads, Engine, TypedCommand, TypedDefinition } from '../src/index.js';
import { typedEngine } from '../src/index.js';

interface MotionData {
  title?: string;
  coSigners?: string[];
}
interface MotionDraftPayload {
  title: string;
  category: '经济建设' | '其他';
}
interface MotionCommands {
  submit: MotionDraftPayload;
  withdraw: undefined;
  note: { text?: string };
  extendDeadline: BuiltinPayloads['extendDeadline'];
  claimTask: BuiltinPayloads['claimTask'];
}
interface MotionWorkflow {
  id: 'motion';
  data: MotionData;
  commands: MotionCommands;
}
interface ReportWorkflow {
  id: 'report';
  data: { adopted?: boolean };
  commands: { adopt: { adopted: boolean } };
}

declare const engine: Engine;
declare const actor: Actor;
declare const motionDefinition: TypedDefinition<MotionWorkflow>;
declare const reportDefinition: TypedDefinition<ReportWorkflow>;

export async function sends(): Promise<void> {
  const motions = typedEngine<MotionWorkflow>(engine);
  const view = await motions.start('motion', { actor, data: { title: '关于…的提案' } });
  const title: string | undefined = view.data.title;
  await motions.send(view.id, { type: 'submit', actor, payload: { title, category: '其他' } as MotionDraftPayload });
  await motions.send(view.id, { type: 'withdraw', actor });
  await motions.send(view.id, { type: 'note', actor });
  await motions.send(view.id, { type: 'extendDeadline', actor, payload: { by: 'P1M', reason: '调研未完成' } });
  await motions.send(view.id, { type: 'claimTask', actor, idempotencyKey: 'k1' });
  await motions.sendMany([{ instanceId: view.id, type: 'withdraw', actor }]);

  // @ts-expect-error a field of the wrong type
  await motions.send(view.id, { type: 'submit', actor, payload: { title: 1, category: '其他' } });
  // @ts-expect-error an enum value the form does not offer
  await motions.send(view.id, { type: 'submit', actor, payload: { title: 't', category: '教育' } });
  // @ts-expect-error a required field missing
  await motions.send(view.id, { type: 'submit', actor, payload: { title: 't' } });
  // @ts-expect-error a form's payload left out
  await motions.send(view.id, { type: 'submit', actor });
  // @ts-expect-error a payload for an action without a form
  await motions.send(view.id, { type: 'withdraw', actor, payload: { reason: 'x' } });
  // @ts-expect-error an action the workflow does not have
  await motions.send(view.id, { type: 'sumbit', actor });
  // @ts-expect-error a built-in action's payload missing its reason
  await motions.send(view.id, { type: 'extendDeadline', actor, payload: { by: 'P1M' } });
  // @ts-expect-error another workflow's id
  await motions.start('report', { actor });
  // @ts-expect-error data of the wrong type
  await motions.start('motion', { actor, data: { title: 3 } });
  // @ts-expect-error a batch item with a wrong payload
  await motions.sendMany([{ instanceId: view.id, type: 'submit', actor, payload: {} }]);
}

export async function fromDefinitions(): Promise<void> {
  const both = typedEngine(engine, motionDefinition, reportDefinition);
  const report = await both.start('report', { actor, data: { adopted: false } });
  const adopted: boolean | undefined = report.data.adopted;
  await both.send(report.id, { type: 'adopt', actor, payload: { adopted: !adopted } });
  await both.send(report.id, { type: 'withdraw', actor });
  // @ts-expect-error adopt takes { adopted: boolean }
  await both.send(report.id, { type: 'adopt', actor, payload: { adopted: 'yes' } });
  // @ts-expect-error motion data on a report
  await both.start('report', { actor, data: { title: 't' } });
}

/** The command type alone, for code that builds commands before sending them. */
export const command: TypedCommand<MotionCommands> = { type: 'withdraw', actor: { id: 'u1', roles: ['member'] } };
