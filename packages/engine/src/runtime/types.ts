import type { z } from 'zod';
import type { actorSchema, batchItemSchema, commandSchema, sendManyOptionsSchema, startCommandSchema, taskQuerySchema } from './command-schema.js';
import type { StateValue } from '../compile/state-value.js';
import type { FieldPermissions, Title } from '../definition/workflow-definition.generated.js';
import type { Issue } from '../errors.js';
import type { LocalizedText } from '../localized-text.js';

/** Who is acting: a user with roles, and for unit-scoped roles, the unit (承办单位) they belong to. */
export type Actor = z.infer<typeof actorSchema>;

/** A command sent to an instance: take the action `type` as `actor`, with the form's `payload`. */
export type Command = z.infer<typeof commandSchema>;

/** Starts a new instance of a workflow. */
export type StartCommand = z.infer<typeof startCommandSchema>;

/** An action the viewing actor may take now. */
export interface ActionView {
  event: string;
  title: Title | undefined;
  form: string | undefined;
  /** The form fields this action hides, shows read-only or requires (`fields` in the definition). */
  fields?: FieldPermissions | undefined;
  /** The state offering the action. */
  state: string;
  roles: readonly string[];
  /** For an action on one branch of a forEach state: that branch's unit. */
  branch?: string | undefined;
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
  /** The running deadline of each active state that has one, as it stands now. */
  deadlines: Readonly<Record<string, DeadlineView>>;
  /** The branches of each active forEach state (one per unit), in the order they were opened. */
  branches: Readonly<Record<string, ReadonlyArray<{ key: string; state: string; entered: string; item: unknown }>>>;
  /** The holders of each participant role (role name → user ids); {} when there are none. */
  participants: Readonly<Record<string, readonly string[]>>;
  /** The unit each data-bound unit role is bound to (role name → unit); {} when there are none. */
  units: Readonly<Record<string, string>>;
  /** The worst colour among the open tasks (三色), or undefined when there is none. */
  colour: Colour | undefined;
  /** Whether any open task is overdue. */
  overdue: boolean;
}

/** The colour of an open task or deadline (三色管理): on time, due soon, overdue. */
export type Colour = 'green' | 'yellow' | 'red';

/** A running deadline as the API shows it. */
export interface DeadlineView {
  due: string;
  warnAt?: string | undefined;
  overdue: boolean;
  dueSoon: boolean;
  colour: Colour;
  /** How many times it was extended (延期). */
  extensions: number;
  /** Counted through a year without calendar data: recomputed when the year is added. */
  provisional?: boolean | undefined;
}

/** One audited event of an instance's history; `hash` chains it to the event before. */
export interface AuditEvent {
  seq: number;
  at: string;
  actor: Actor;
  /** The action taken (`start` for the creation of the instance). */
  type: string;
  /** For an action on one branch of a forEach state: that branch's unit. */
  branch?: string | undefined;
  payload?: unknown;
  from: StateValue | null;
  to: StateValue;
  prevHash: string;
  /** SHA-256 of the instance row as this event left it (every field but `lastHash`). */
  instanceHash: string;
  /** The id of the audit key whose HMAC `hash` is; absent when `hash` is plain SHA-256. */
  keyId?: string | undefined;
  hash: string;
}

/**
 * Why a history failed verification:
 * - `column`: a column the store keeps beside the event's JSON (`seq`, `at`, `type`, `hash`) disagrees with it;
 * - `sequence`: an event is missing or out of order;
 * - `chain`: an event's `prevHash` is not the hash of the event before;
 * - `key`: the event names a key the engine does not hold, or is unkeyed while the engine has keys
 *   (or keyed while it has none);
 * - `hash`: the event's content no longer matches its hash (or the event row is unreadable);
 * - `anchor`: the event recorded elsewhere (`anchor`) is no longer in the history as it was;
 * - `state`: the last event's hash or state is not the instance row's (e.g. the newest events were removed);
 * - `instance`: a field of the instance row was changed after the last event sealed it, or the row
 *   can no longer be read.
 */
export type HistoryFailure = 'column' | 'sequence' | 'chain' | 'key' | 'hash' | 'anchor' | 'state' | 'instance';

/** Result of {@link Engine.verifyHistory}; `seq` is the first event found wrong. */
export type HistoryVerification =
  | { ok: true; events: number }
  | { ok: false; events: number; seq: number; reason: HistoryFailure };

/** Options of {@link Engine.verifyHistory}. */
export interface VerifyHistoryOptions {
  /**
   * An event's `seq` and `hash` recorded outside the database (a log, another system, a printout):
   * verification fails with `anchor` unless the history still holds that event unchanged. This is
   * what detects the removal of the newest events together with a consistent rollback of the row.
   */
  anchor?: { seq: number; hash: string } | undefined;
}

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
  /** Who claimed the task or had it delegated to them; only they see it then. */
  assignee?: string | undefined;
  /** The actions that complete or move the task. */
  actions: readonly string[];
  /** When the instance entered the state. */
  createdAt: string;
  /** The deadline governing the task (its state's or a containing state's), if any. */
  due?: string | undefined;
  warnAt?: string | undefined;
  /** That deadline was counted through a year without calendar data: recounted once the year is added. */
  provisional?: boolean | undefined;
  overdue: boolean;
  dueSoon: boolean;
  colour: Colour;
}

/** A to-do list query: the tasks `actor` may act on. */
export type TaskQuery = z.infer<typeof taskQuerySchema>;

/**
 * An instance query (`engine.instances`): every filter given must hold. Instances come oldest
 * first by creation time (then by id), a page at a time.
 */
export interface InstanceQuery {
  /** The workflow (definition id). */
  definition?: string | undefined;
  /** The definition version instances run on. */
  version?: number | undefined;
  /**
   * Any of these active state names (one name or a list): a compound or parallel state matches
   * while the instance is inside it, a state of a forEach branch while any branch is in it.
   */
  state?: string | readonly string[] | undefined;
  status?: 'active' | 'done' | undefined;
  /** A user id among the holders of the instance's participant roles. */
  participant?: string | undefined;
  /** A unit the instance is bound to (data-bound unit roles) or that holds an open forEach branch. */
  unit?: string | undefined;
  /** Data equality: `{ "/category": "教育" }` — the value at each JSON pointer equals the JSON value given. */
  where?: Record<string, unknown> | undefined;
  /** Created at or after this instant (ISO 8601 with `Z` or an offset, e.g. `2026-03-01T00:00:00+08:00`). */
  createdFrom?: string | undefined;
  /** Created before this instant. */
  createdTo?: string | undefined;
  /** How many instances a page holds: 1 to 1,000 (50 by default). */
  limit?: number | undefined;
  /** The `next` of the previous page: this page starts after it. */
  after?: string | undefined;
}

/** One page of an instance query. */
export interface InstancePage {
  /** The instances of the page, oldest first (views without an actor: `actions` is empty). */
  items: InstanceView[];
  /** How many instances match the query in all, whatever the page. */
  total: number;
  /** The cursor of the next page (`after`); absent on the last page. */
  next?: string | undefined;
}

/** One command of an {@link Engine.sendMany} batch: the instance it is for, and the command. */
export type BatchCommand = z.infer<typeof batchItemSchema>;

/** Options of {@link Engine.sendMany}. */
export type SendManyOptions = z.infer<typeof sendManyOptionsSchema>;

/** A refused command's error as plain JSON: what `LuzhiError#toJSON()` gives, `issues` included. */
export interface ErrorJson {
  name: string;
  /** Stable code, e.g. `actor.forbidden`, `payload.invalid`, `instance.notFound`. */
  code: string;
  message: string;
  messages: LocalizedText;
  /** For payload and command errors: one issue per field, with JSON pointers. */
  issues?: readonly Issue[] | undefined;
}

/**
 * The outcome of one command of a batch, at the command's place in the batch: the new view, or
 * the error that refused it (the instance then unchanged). `instanceId` is `''` for an item that
 * did not name one.
 */
export type BatchResult =
  | { instanceId: string; ok: true; view: InstanceView }
  | { instanceId: string; ok: false; error: ErrorJson };
