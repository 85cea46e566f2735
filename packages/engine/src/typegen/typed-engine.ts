import type { builtinActionForms } from '../builtins/actions/forms.js';
import type { PayloadOf, PayloadSchema } from '../builtins/actions/builtin-action.js';
import type { WorkflowDefinition } from '../definition/workflow-definition.generated.js';
import type { Engine } from '../runtime/engine.js';
import type { BatchResult, Command, InstanceView, SendManyOptions, StartCommand } from '../runtime/types.js';

/**
 * What `luzhi typegen` declares of one workflow: its id, the type of its instance data, and its
 * command map — each action's name with the payload its form takes (`undefined` for an action
 * without a form, built-in actions included).
 */
export interface WorkflowTypes {
  readonly id: string;
  readonly data: unknown;
  readonly commands: object;
}

type BuiltinForm = ReturnType<typeof builtinActionForms>[number];

/** The payload of each built-in action, as its registered schema describes it (`undefined`: none). */
export type BuiltinPayloads = {
  [F in BuiltinForm as F['name']]: F extends { readonly payload: infer S extends PayloadSchema } ? PayloadOf<S> : undefined;
};

// Without a form the payload is absent (or `{}`); a form whose every field is optional may be sent without one.
type PayloadField<P> = [P] extends [undefined]
  ? { payload?: undefined }
  : [undefined] extends [P]
    ? { payload?: Exclude<P, undefined> | undefined }
    : object extends P
      ? { payload?: P }
      : { payload: P };

/**
 * A {@link Command} of a command map: `type` is one of its actions and `payload` the type of that
 * action's form, so a misspelt action or a wrong payload is a compile error. For a union of
 * maps (several workflows), any action of any of them.
 */
export type TypedCommand<TMap> = TMap extends unknown
  ? { [K in keyof TMap & string]: Omit<Command, 'type' | 'payload'> & { type: K } & PayloadField<TMap[K]> }[keyof TMap & string]
  : never;

/** A {@link StartCommand} whose initial data has the workflow's data type. */
export type TypedStartCommand<W extends WorkflowTypes> = Omit<StartCommand, 'data'> & { data?: W['data'] };

/** An {@link InstanceView} whose data has the workflow's data type. */
export type TypedInstanceView<W extends WorkflowTypes> = Omit<InstanceView, 'data'> & { data: W['data'] };

/** One command of a typed {@link Engine.sendMany} batch. */
export type TypedBatchCommand<W extends WorkflowTypes> = TypedCommand<W['commands']> & { instanceId: string };

declare const workflowTypesBrand: unique symbol;

/**
 * A definition that carries its generated types: `typedEngine` reads them from it. The brand is
 * a type only; the value is the plain definition.
 */
export type TypedDefinition<W extends WorkflowTypes> = WorkflowDefinition & {
  readonly id: W['id'];
  readonly [workflowTypesBrand]?: W;
};

/** The {@link WorkflowTypes} a {@link TypedDefinition} carries. */
export type TypesOf<D> = D extends { readonly [workflowTypesBrand]?: infer W extends WorkflowTypes } ? W : never;

type Only<W extends WorkflowTypes, Id> = Extract<W, { readonly id: Id }>;

/**
 * The {@link Engine} seen through generated workflow types `W` (one workflow, or a union of
 * several): `start` takes one of their ids and that workflow's data, `send` and `sendMany` take
 * only their actions with their payloads, and views carry the data type. The same engine object:
 * nothing changes at run time, and what the types let through is still checked there.
 */
export interface TypedEngine<W extends WorkflowTypes> extends Omit<Engine, 'start' | 'send' | 'sendMany' | 'get'> {
  start<Id extends W['id']>(definitionId: Id, command: TypedStartCommand<Only<W, Id>>): Promise<TypedInstanceView<Only<W, Id>>>;
  send(instanceId: string, command: TypedCommand<W['commands']>): Promise<TypedInstanceView<W>>;
  sendMany(batch: ReadonlyArray<TypedBatchCommand<W>>, options?: SendManyOptions): Promise<BatchResult[]>;
  get(...args: Parameters<Engine['get']>): Promise<TypedInstanceView<W>>;
}

/**
 * Types an engine by the generated types of its workflows: given explicitly
 * (`typedEngine<ProposalWorkflow>(engine)`), or read from typed definitions
 * (`typedEngine(engine, base.proposal, base.consultation)`). Returns the same engine object; only
 * its type differs, and every command is still checked at run time.
 */
export function typedEngine<W extends WorkflowTypes>(engine: Engine): TypedEngine<W>;
export function typedEngine<const D extends readonly [TypedDefinition<WorkflowTypes>, ...TypedDefinition<WorkflowTypes>[]]>(
  engine: Engine,
  ...definitions: D
): TypedEngine<TypesOf<D[number]>>;
export function typedEngine(engine: Engine): unknown {
  return engine;
}
