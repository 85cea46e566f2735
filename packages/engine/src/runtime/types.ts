import type { StateValue } from '../compile/state-value.js';
import type { Title } from '../definition/workflow-definition.generated.js';

/** Who is acting: a user with roles, and for unit-scoped roles, the unit (承办单位) they belong to. */
export interface Actor {
  id: string;
  roles: readonly string[];
  unit?: string | undefined;
  /** Display name for timelines; not used for decisions. */
  name?: string | undefined;
}

/** A command sent to an instance: take the action `type` as `actor`, with the form's `payload`. */
export interface Command {
  type: string;
  actor: Actor;
  payload?: unknown;
  /** Retrying a command with the same key returns the first result and changes nothing. */
  idempotencyKey?: string | undefined;
  /** Refuse the command with a ConcurrencyError unless the instance is at this version. */
  expectedVersion?: number | undefined;
}

/** Starts a new instance of a workflow. */
export interface StartCommand {
  actor: Actor;
  /** Initial instance data, validated against the definition's data schema. */
  data?: Record<string, unknown> | undefined;
  /** The instance id; generated when omitted (derived from `idempotencyKey` when that is given). */
  id?: string | undefined;
  /** Definition version; the newest registered one when omitted. */
  version?: number | undefined;
  idempotencyKey?: string | undefined;
}

/** An action the viewing actor may take now. */
export interface ActionView {
  event: string;
  title: Title | undefined;
  form: string | undefined;
  /** The state offering the action. */
  state: string;
  roles: readonly string[];
}

/** An instance as the API shows it. */
export interface InstanceView {
  id: string;
  tenant: string;
  definition: { id: string; version: number };
  /** The active state configuration: a name, or nested objects for compound/parallel states. */
  state: StateValue;
  /** Every active state name, outermost first. */
  activeStates: readonly string[];
  status: 'active' | 'done';
  data: Record<string, unknown>;
  /** Incremented by every accepted command; the `expectedVersion` of the next one. */
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The actions the viewing actor may take now (empty when no actor was given). */
  actions: readonly ActionView[];
}

/** One audited event of an instance's history; `hash` chains it to the event before. */
export interface AuditEvent {
  seq: number;
  at: string;
  actor: Actor;
  /** The action taken (`start` for the creation of the instance). */
  type: string;
  payload?: unknown;
  from: StateValue | null;
  to: StateValue;
  prevHash: string;
  hash: string;
}

/** Result of {@link Engine.verifyHistory}. */
export type HistoryVerification =
  | { ok: true; events: number }
  | { ok: false; events: number; seq: number; reason: 'hash' | 'chain' | 'sequence' | 'state' };

/** An open task (待办): an instance waiting in a state for someone in one of `roles`. */
export interface Task {
  tenant: string;
  instanceId: string;
  definition: { id: string; version: number };
  /** The state the task belongs to (an innermost active state). */
  state: string;
  stateTitle: Title | undefined;
  roles: readonly string[];
  /** For unit-scoped work, the unit whose task this is. */
  unit?: string | undefined;
  /** The actions that complete or move the task. */
  actions: readonly string[];
  /** When the instance entered the state. */
  createdAt: string;
}

/** A to-do list query: the tasks `actor` may act on. */
export interface TaskQuery {
  actor: Actor;
  definition?: string | undefined;
  state?: string | undefined;
  limit?: number | undefined;
}
