import type { z } from 'zod';
import type { actorSchema, batchItemSchema, commandSchema, sendManyOptionsSchema, startCommandSchema, taskQuerySchema } from './command-schema.js';
import type { auditEventSchema } from '../store/row-schemas.js';
import type {
  actionViewSchema,
  batchResultSchema,
  colourSchema,
  deadlineViewSchema,
  errorJsonSchema,
  historyFailureSchema,
  historyVerificationSchema,
  instancePageSchema,
  instanceViewSchema,
  taskSchema,
} from './view-schemas.js';

/** Who is acting: a user with roles, and for unit-scoped roles, the unit (承办单位) they belong to. */
export type Actor = z.infer<typeof actorSchema>;

/** A command sent to an instance: take the action `type` as `actor`, with the form's `payload`. */
export type Command = z.infer<typeof commandSchema>;

/** Starts a new instance of a workflow. */
export type StartCommand = z.infer<typeof startCommandSchema>;

/** An action the viewing actor may take now. */
export type ActionView = z.infer<typeof actionViewSchema>;

/** An instance as the API shows it. */
export type InstanceView = z.infer<typeof instanceViewSchema>;

/** The colour of an open task or deadline (三色管理): on time, due soon, overdue. */
export type Colour = z.infer<typeof colourSchema>;

/** A running deadline as the API shows it. */
export type DeadlineView = z.infer<typeof deadlineViewSchema>;

/** One audited event of an instance's history; `hash` chains it to the event before. */
export type AuditEvent = z.infer<typeof auditEventSchema>;

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
export type HistoryFailure = z.infer<typeof historyFailureSchema>;

/** Result of {@link Engine.verifyHistory}; `seq` is the first event found wrong. */
export type HistoryVerification = z.infer<typeof historyVerificationSchema>;

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
export type Task = z.infer<typeof taskSchema>;

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
  /**
   * How many matches `total` counts: 1 to 1,000,000 (10,000 by default). When more match, the
   * page has `totalCapped: true` and `total` is this limit.
   */
  countLimit?: number | undefined;
  /** The `next` of the previous page: this page starts after it. */
  after?: string | undefined;
}

/** One page of an instance query. */
export type InstancePage = z.infer<typeof instancePageSchema>;

/** One command of an {@link Engine.sendMany} batch: the instance it is for, and the command. */
export type BatchCommand = z.infer<typeof batchItemSchema>;

/** Options of {@link Engine.sendMany}. */
export type SendManyOptions = z.infer<typeof sendManyOptionsSchema>;

/** A refused command's error as plain JSON: what `LuzhiError#toJSON()` gives, `issues` included. */
export type ErrorJson = z.infer<typeof errorJsonSchema>;

/**
 * The outcome of one command of a batch, at the command's place in the batch: the new view, or
 * the error that refused it (the instance then unchanged). `instanceId` is `''` for an item that
 * did not name one.
 */
export type BatchResult = z.infer<typeof batchResultSchema>;
