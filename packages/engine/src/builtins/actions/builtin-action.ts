import type { CompiledWorkflow, ActionSpec, MachineContext, MachineEvent } from '../../compile/compiled-workflow.js';
import type { BranchSource } from '../../compile/for-each.js';
import type { IndexedState } from '../../definition/state-index.js';
import type { StoredInstance, TaskAssignee } from '../../store/store.js';
import type { FoundAction } from '../../runtime/find-action.js';
import type { AppliedCommand, CommandEnvironment } from '../../runtime/step.js';
import type { Actor, Command } from '../../runtime/types.js';

/** A title in both languages. */
export interface BilingualTitle {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** The JSON Schema of one field of a built-in action's payload, written as data. */
export interface PayloadFieldSchema {
  readonly type: 'string' | readonly ('string' | 'object')[];
  readonly minLength?: number;
}

/**
 * The JSON Schema of a built-in action's payload, written once as data: the engine validates
 * with it and the forms render and validate with it, so neither restates it.
 */
export interface PayloadSchema {
  readonly type: 'object';
  readonly required: readonly string[];
  readonly properties: Readonly<Record<string, PayloadFieldSchema>>;
  readonly additionalProperties: false;
}

type ValueOfType<T> = T extends 'string' ? string : T extends 'object' ? Record<string, unknown> : never;
type FieldValue<F> = F extends { readonly type: infer T } ? (T extends readonly (infer U)[] ? ValueOfType<U> : ValueOfType<T>) : unknown;

/** The payload type a {@link PayloadSchema} describes (every field required, as the schemas say). */
export type PayloadOf<S extends PayloadSchema> = { -readonly [K in keyof S['properties']]: FieldValue<S['properties'][K]> };

/** How a form shows one payload field: its title, and for a unit, whether to offer the open branches. */
export interface PayloadFieldForm {
  readonly title: BilingualTitle;
  /** `branches`: the value is one of the instance's open branches (a select when there are any). */
  readonly choices?: 'branches';
}

/**
 * What the forms need of a built-in action: no engine logic, so a browser bundle that imports
 * only these stays small.
 */
export interface BuiltinActionForm {
  /** The event name (`claimTask`, …): a definition cannot declare an action of this name. */
  readonly name: string;
  /** The title of the action where it is offered. */
  readonly title: BilingualTitle;
  /** The title of its audit event (the timeline's line). */
  readonly eventTitle: BilingualTitle;
  /** The definition key that enables the action and names who may take it (for the docs and errors). */
  readonly enabledBy: string;
  /** The payload's schema; absent for an action that takes no payload. */
  readonly payload?: PayloadSchema;
  /** How a form shows each payload field. */
  readonly fields?: Readonly<Record<string, PayloadFieldForm>>;
}

/** Everything a built-in action's `apply` is given: the same arguments as `applyCommand`, and the action found. */
export interface BuiltinApplyArgs {
  compiled: CompiledWorkflow;
  instance: StoredInstance;
  found: FoundAction;
  command: Command;
  atDate: Date;
  environment: CommandEnvironment;
}

/** A built-in action: its form, where a definition enables it, who may take it, and what it does. */
export interface BuiltinActionRule {
  /**
   * Its name, titles and payload schema: a separate object, so that a bundle reading only the
   * forms (`builtinActionForms()`) leaves the logic below out.
   */
  readonly form: BuiltinActionForm;
  /**
   * Where `state` enables the action: the roles that may take it and the pointer of the key that
   * says so; undefined when the state does not offer it.
   */
  offer(state: OfferingState): { roles: readonly string[]; pointer: string } | undefined;
  /** Whether, in a child state of a forEach state, the action is taken on one branch (as the child's own actions). */
  readonly perBranch: boolean;
  /**
   * Whether the task's current holder lets `actor` take the action now — the holder being the
   * claim or delegation of the task itself, else one of a state containing or inside it
   * (`taskHolder`). Absent: the rule of the state's own actions (someone else's claimed task is
   * theirs alone, whatever role the action names).
   */
  allows?(assignee: TaskAssignee | undefined, actor: Actor): boolean;
  /**
   * Applies the action without the statechart (the state does not change). Absent: the
   * statechart takes it as an event, after the payload is checked against {@link payload}.
   * @throws PayloadError or ForbiddenError; nothing is written then.
   */
  apply?(args: BuiltinApplyArgs): AppliedCommand;
  /**
   * For an action the statechart takes (no {@link apply}): the guard and the context update of
   * its transition on the forEach state that offers it.
   */
  readonly statechart?: BuiltinTransition;
}

/** What {@link BuiltinActionRule.offer} reads of a state. */
export type OfferingState = Pick<IndexedState, 'name' | 'node' | 'pointer'>;

/** The offer of 加签 and 减签: to the roles of a forEach state's `forEach.manage`, when it has one. */
export function offerToManagers(state: OfferingState): { roles: readonly string[]; pointer: string } | undefined {
  const manage = state.node.forEach?.manage;
  return manage ? { roles: manage, pointer: `${state.pointer}/forEach/manage` } : undefined;
}

/** A built-in action taken by the statechart, as a transition of the forEach state whose branches it changes. */
export interface BuiltinTransition {
  /** Whether the event can be taken now (else it is refused as not allowed in the state). */
  guard(context: MachineContext, event: MachineEvent, source: BranchSource): boolean;
  /** The context after the event. */
  update(context: MachineContext, event: MachineEvent, source: BranchSource): Partial<MachineContext>;
}

/** Checks a {@link BuiltinActionRule} list entry's shape at the type level and returns it. */
export function defineBuiltinAction<const R extends BuiltinActionRule>(rule: R): R {
  return rule;
}

/** The spec of a built-in action found in a state: {@link ActionSpec} with `builtin` set. */
export type BuiltinActionSpec = ActionSpec & { builtin: string };
