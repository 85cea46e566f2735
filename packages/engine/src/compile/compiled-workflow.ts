import type { AnyStateMachine } from 'xstate';
import type { ValidateFunction } from '../definition/ajv.js';
import type { StateIndex } from '../definition/state-index.js';
import type { FieldPermissions, Title, WorkflowDefinition } from '../definition/workflow-definition.generated.js';
import type { ColourRule } from '../runtime/deadlines.js';
import type { z } from 'zod';
import type { branchStateSchema, effectRequestSchema, recipientsSchema } from '../store/row-schemas.js';
import type { BuiltinActionName } from '../builtins/actions/index.js';

/** Actions the engine provides itself (the registry in `builtins/actions/`). */
export type BuiltinAction = BuiltinActionName;

/** An action (event) offered in a state: who may take it and which form it needs. */
export interface ActionSpec {
  event: string;
  /** The state that declares the action (the active state itself or an ancestor). */
  state: string;
  roles: readonly string[];
  form: string | undefined;
  title: Title | undefined;
  /** JSON pointer of the transition (or list of alternatives) in the definition. */
  pointer: string;
  /** An action the engine provides rather than the statechart (extension of a deadline). */
  builtin?: BuiltinAction | undefined;
  /** For an action of a forEach child state: the forEach state whose branches it acts on. */
  forEach?: string | undefined;
  /** Offered in the state but not a to-do item (`optional` in the definition, and built-ins). */
  optional?: boolean | undefined;
  /** The action's field permissions (`fields`): form fields it hides, shows read-only or requires. */
  fields?: FieldPermissions | undefined;
  /** The `refusal` of each alternative that has one, in order: what a guard refusal quotes. */
  refusals?: readonly Title[] | undefined;
}

/** A validated definition turned into everything the runtime needs, built once per (id, version). */
export interface CompiledWorkflow {
  readonly definition: WorkflowDefinition;
  /** `id@version`. */
  readonly key: string;
  /** SHA-256 of the definition's canonical JSON: two different texts under one version are refused. */
  readonly contentHash: string;
  readonly index: StateIndex;
  /** The XState machine. Only `compile/` and `runtime/` see it. */
  readonly machine: AnyStateMachine;
  /** Compiled payload validators by form name (the same validators the browser forms use). */
  readonly formValidators: ReadonlyMap<string, ValidateFunction>;
  /** The instance data validator, when the definition declares a data schema. */
  readonly dataValidator: ValidateFunction | undefined;
  /** The actions each state offers, the innermost declaring state first. */
  actionsIn(activeStates: readonly string[]): ActionSpec[];
  /** The actions a state declares itself (for a forEach child: the actions of its branches). */
  actionsDeclaredOn(state: string): readonly ActionSpec[];
  /** Roles with `scope: "unit"`: an actor acting only through them acts only on its own unit's branch. */
  readonly unitRoles: ReadonlySet<string>;
  /**
   * Participant roles (`holders`), by name: held by people of the instance, from the starter or
   * from the data at a pointer (its tokens).
   */
  readonly participantRoles: ReadonlyMap<string, ParticipantRole>;
  /** Unit-scoped roles bound to the unit the data names (`unit`): role name → the pointer's tokens. */
  readonly boundUnitRoles: ReadonlyMap<string, readonly string[]>;
  /** Whether any transition notifies (so the host must register a `notify` handler). */
  readonly usesNotify: boolean;
  /** Names of the host handlers the definition calls. */
  readonly calledEffects: ReadonlySet<string>;
  /** Ids of the workflows its `start` effects start (the engine must serve each). */
  readonly linkedWorkflows: ReadonlySet<string>;
  /** The definition's colour rules (三色), compiled; empty for the default red/yellow/green. */
  readonly colourRules: readonly ColourRule[];
}

/** Where a participant role's holders come from, and who may transfer a holder's place. */
export interface ParticipantRole {
  /** `starter`, or the data pointer naming the holders (`pointer`, with its tokens). */
  source: { kind: 'starter' } | { kind: 'data'; pointer: string; tokens: readonly string[] };
  /** The roles that may take `transferRole` for this role (`transfer`); empty when no one may. */
  transfer: readonly string[];
}

/** One branch of a forEach state: the unit's own position among the state's children. */
export type BranchState = z.infer<typeof branchStateSchema>;

/** The XState context: `data` and `branches` are stored; the rest is rebuilt for each command. */
export interface MachineContext {
  data: Record<string, unknown>;
  /** The branches of each active forEach state, by unit. */
  branches: Record<string, Record<string, BranchState>>;
  /** Items a transition chose for the forEach state it enters (`branches`); consumed on entry. */
  opening?: Record<string, unknown[]> | undefined;
  /** The time of the command being applied (ISO 8601, UTC): the `now` of expressions. */
  now: string;
  /** The `instance` of expressions. */
  instance: InstanceInfo;
}

/** What expressions can read about the instance. */
export interface InstanceInfo {
  id: string;
  tenant: string;
  definition: string;
  version: number;
}

/** The event the runtime feeds to XState for a command. */
export interface MachineEvent {
  type: string;
  payload?: unknown;
  actor?: { id: string; roles: readonly string[]; unit?: string | undefined };
  /** For an action of a forEach child state: the branch (unit) it is taken on. */
  branch?: { forEach: string; key: string } | undefined;
}

/** An effect requested by a transition, with its arguments evaluated at transition time. */
export type EffectRequest = z.infer<typeof effectRequestSchema>;

/**
 * A `start` effect as the transition took it: the workflow to start, the values of its data
 * mapping and its starter, evaluated in the transition's scope. It never reaches the outbox: the
 * command's commit writes the instance it starts.
 */
export interface StartRequest {
  kind: 'start';
  workflow: string;
  /** Pointer of the effect in the source definition (`/states/…/effects/0`), for errors. */
  pointer: string;
  /** Each mapping entry: the pointer into the new instance's data as written, its tokens, and the value. */
  data: ReadonlyArray<{ target: string; tokens: readonly string[]; value: unknown }>;
  /** The value of `starter` when the effect has one (a user id, checked when the instance is built). */
  starter?: { value: unknown } | undefined;
}

/** What a transition's effect resolves to: a request for the outbox, or a workflow to start. */
export type TransitionRequest = EffectRequest | StartRequest;

/**
 * An effect as a transition hands it to the runtime: the request, the branch the transition acted
 * on, and the branches open when it ran (keys by forEach state), from which its recipients are resolved.
 */
export interface RequestedEffect {
  request: TransitionRequest;
  branch?: { forEach: string; key: string } | undefined;
  openBranches: Record<string, string[]>;
}

/**
 * Whom an effect is for, resolved when its command is applied: the holders of participant roles
 * (user ids), the units of unit roles, and the other roles as roles. Absent on effects committed
 * before recipients were resolved.
 */
export type Recipients = z.infer<typeof recipientsSchema>;
