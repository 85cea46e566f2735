import { z } from 'zod';
import { actorSchema } from '../runtime/command-schema.js';
import { tenantIdSchema } from '../tenant-id.js';
import { ownRecordSchema } from '../own-record-schema.js';
import type { StateValue } from '../compile/state-value.js';
import type { Title } from '../definition/workflow-definition.generated.js';

/**
 * The shapes of the rows a store keeps, each written once as the zod schema a row read back is
 * checked with; the row types (`StoredInstance`, `OutboxEffect` …) are inferred from them.
 */

/** How deep state values may nest: far beyond any definition (whose nesting is limited too). */
const STATE_VALUE_MAX_DEPTH = 64;

/** A state name, or an object of state values: checked by a plain recursive walk (hot path), depth-limited. */
export function isStateValue(value: unknown, depth = 0): value is StateValue {
  if (typeof value === 'string') return value.length > 0;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || depth >= STATE_VALUE_MAX_DEPTH) return false;
  // An empty object is a plain state standing as a region of a parallel state.
  for (const child of Object.values(value)) if (!isStateValue(child, depth + 1)) return false;
  return true;
}
/** An instance's whole state: a name, or a non-empty object. */
export const isRootStateValue = (value: unknown): value is StateValue =>
  isStateValue(value) && (typeof value === 'string' || Object.keys(value).length > 0);
/** The schema of an instance's whole state value. */
export const stateValueSchema = z.custom<StateValue>(isRootStateValue, {
  message: 'expected a state name or an object of nested state values',
});
/**
 * How deep objects and arrays may nest in a row read back (its data, payloads, effect arguments
 * included): deeper rows are reported, not walked, so that no row can overflow the stack.
 */
export const STORED_JSON_MAX_DEPTH = 256;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the digits of `text` from `start` to `end`; negative when one is no digit. */
function digits(text: string, start: number, end: number): number {
  let number = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * Whether `value` is an instant as the engine writes it — `Date.prototype.toISOString()`: UTC
 * with milliseconds, `2026-03-02T01:00:00.000Z` (or a six-digit signed year) — naming a real
 * moment: not `infinity`, not 30 February, not beyond the range of a Date. Instants are compared
 * as strings, so only this one form will do. Checked character by character: rows are read on
 * every command.
 */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const wide = value.length === 27;
  if (!wide && value.length !== 24) return false;
  const sign = wide ? value[0] : '+';
  const o = wide ? 3 : 0;
  const year = digits(value, wide ? 1 : 0, 4 + o);
  if (
    (sign !== '+' && sign !== '-') || year < 0 ||
    value[4 + o] !== '-' || value[7 + o] !== '-' || value[10 + o] !== 'T' || value[13 + o] !== ':' ||
    value[16 + o] !== ':' || value[19 + o] !== '.' || value[23 + o] !== 'Z' || digits(value, 20 + o, 23 + o) < 0
  ) {
    return false;
  }
  const month = digits(value, 5 + o, 7 + o);
  const day = digits(value, 8 + o, 10 + o);
  const hour = digits(value, 11 + o, 13 + o);
  const minute = digits(value, 14 + o, 16 + o);
  const second = digits(value, 17 + o, 19 + o);
  if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return false;
  // Six-digit years reach the edge of what a Date holds (±275760-09-13): let Date decide there.
  return !wide || Number.isFinite(Date.parse(value));
}

/** The schema of an instant as the engine writes it (see `isInstant`). */
export const instantSchema = z.string().refine(isInstant, 'expected an instant such as 2026-03-02T01:00:00.000Z (UTC, milliseconds)');

/** A running deadline (办理时限) of an active state. */
export const stateDeadlineSchema = z.object({
  /** When it falls due (ISO 8601, UTC). */
  due: instantSchema,
  /** When its warning window opens (the task turns yellow), if it has one. */
  warnAt: instantSchema.optional(),
  /** Computed through a year without calendar data (weekends only): recompute when it is added. */
  provisional: z.boolean().optional(),
  /** The warning has fired (its effects ran). */
  warned: z.boolean().optional(),
  /** The deadline has passed and `onExpire` ran. */
  expired: z.boolean().optional(),
  /** How many times it was extended (延期). */
  extensions: z.number().int().min(0).optional(),
});

/** One branch of a forEach state: the unit's own position among the state's children. */
export const branchStateSchema = z.object({
  /** The child state the branch is in. */
  state: z.string().min(1),
  /** When it entered that child state. */
  entered: instantSchema,
  /** The data item the branch was opened for (a unit id, or an object naming one). */
  item: z.unknown(),
  /** The deadline of the child state the branch is in, when that state has one (per unit). */
  deadline: stateDeadlineSchema.optional(),
});

/** Who a task was claimed by or delegated to. */
export const taskAssigneeSchema = z.object({
  /** The user id that alone may act on the task now. */
  user: z.string().min(1),
  at: instantSchema,
  /** Who claimed or delegated it. */
  by: z.string().min(1),
});

/**
 * The open ballot of a state (票决): who may vote, who has voted, and the votes. An anonymous
 * ballot keeps its votes `sealed` — without their voters, sorted — so that nothing in the row
 * links a voter to a choice; a named one keeps `votes` by voter. Dropped once the state is left
 * (the tally is then in the data).
 */
export const storedBallotSchema = z.object({
  /** When the ballot opened (the state's entry; a re-entry opens a new ballot). */
  opened: instantSchema,
  /**
   * Random, drawn when the ballot opened: the audit events seal a hash of the row, and without
   * it the few possible sets of sealed votes could be tried one by one against those hashes.
   */
  salt: z.string().min(16),
  /** The voters, fixed when the ballot opened. */
  eligible: z.array(z.string().min(1)),
  /** Those who have voted, in the order of `eligible`. */
  voted: z.array(z.string().min(1)),
  /** With `items`: the items voted on, fixed when the ballot opened. */
  items: z.array(z.string().min(1)).optional(),
  /** Anonymous: the votes without their voters, in canonical order. */
  sealed: z.array(z.unknown()).optional(),
  /** Named: each voter's vote. */
  votes: ownRecordSchema(z.unknown()).optional(),
});

/**
 * An instance another one started (a `start` effect): its id and workflow, the version it runs on,
 * and the event of the starting instance that started it (`seq`, and `step`: that event's type).
 */
export const startedLinkSchema = z.object({
  id: z.string().min(1),
  workflow: z.string().min(1),
  version: z.number().int().min(1),
  seq: z.number().int().min(1),
  step: z.string().min(1),
});

/**
 * Where an instance started by a `start` effect comes from: the starting instance, its workflow
 * and version, and the event that started it (`seq`, and `step`: that event's type).
 */
export const linkOriginSchema = z.object({
  instance: z.string().min(1),
  workflow: z.string().min(1),
  version: z.number().int().min(1),
  seq: z.number().int().min(1),
  step: z.string().min(1),
});

/** The schema of a stored instance row: the state, the data and the row version used for optimistic concurrency. */
export const storedInstanceSchema = z.object({
  tenant: tenantIdSchema,
  id: z.string().min(1),
  definitionId: z.string().min(1),
  definitionVersion: z.number().int().min(1),
  state: stateValueSchema,
  data: ownRecordSchema(z.unknown()),
  status: z.enum(['active', 'done']),
  version: z.number().int().min(1),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  /** Hash of the newest audit event: the next event chains to it. */
  lastHash: z.string(),
  /** When each active state was entered (open tasks date from it; deadlines count from it). */
  entered: ownRecordSchema(instantSchema),
  /** The deadline of each active state that has one. */
  deadlines: ownRecordSchema(stateDeadlineSchema),
  /** The branches of each active forEach state, by unit (主办、会办 …). */
  branches: ownRecordSchema(ownRecordSchema(branchStateSchema)),
  /** Claimed or delegated tasks, by task key (`state`, or `state#unit` for a branch). */
  assignees: ownRecordSchema(taskAssigneeSchema),
  /** The holders of each participant role (role name → user ids, in order); absent or {} when none. */
  participants: ownRecordSchema(z.array(z.string().min(1))).optional(),
  /** The unit each data-bound unit role is bound to now (role name → unit id). */
  units: ownRecordSchema(z.string().min(1)).optional(),
  /** The open ballot of each active state that holds a vote (票决), by state name. */
  ballots: ownRecordSchema(storedBallotSchema).optional(),
  /** The instances this one started (`start` effects), oldest first; absent when none. */
  links: z.array(startedLinkSchema).optional(),
  /** For an instance a `start` effect started: where it comes from. */
  origin: linkOriginSchema.optional(),
});

/**
 * The schema of a stored audit event (and of the event as `Engine.events` shows it). Strict: a
 * field added to a stored event is reported, not dropped before the hash is checked.
 */
export const auditEventSchema = z.strictObject({
  seq: z.number().int().min(1),
  at: instantSchema,
  actor: actorSchema,
  /** The action taken (`start` for the creation of the instance). */
  type: z.string().min(1),
  /** For an action on one branch of a forEach state: that branch's unit. */
  branch: z.string().optional(),
  payload: z.unknown().optional(),
  from: stateValueSchema.nullable(),
  to: stateValueSchema,
  /**
   * The pointers of the definition's transitions the command took, in order: the alternative
   * chosen, an `onDone`, a deadline's `onExpire`/`onWarn`, or where the state enables the built-in
   * action taken. Absent when none was, and on events written before it was recorded.
   */
  transitions: z.array(z.string().min(1)).optional(),
  /** The states the command entered, forEach child states entered by a branch among them; absent when none. */
  entered: z.array(z.string().min(1)).optional(),
  prevHash: z.string(),
  /** SHA-256 of the instance row as this event left it (every field but `lastHash`). */
  instanceHash: z.string().min(1),
  /** The instances this event's `start` effects started, in effect order. */
  started: z.array(z.strictObject({ id: z.string().min(1), workflow: z.string().min(1), version: z.number().int().min(1) })).optional(),
  /** On the first event of an instance a `start` effect started: where it comes from. */
  origin: linkOriginSchema.strict().optional(),
  /** The id of the audit key whose HMAC `hash` is; absent when `hash` is plain SHA-256. */
  keyId: z.string().min(1).optional(),
  hash: z.string().min(1),
});

/** The schema of an open-task row (待办), replaced as a set for its instance by every command. */
export const storedTaskSchema = z.object({
  tenant: tenantIdSchema,
  instanceId: z.string(),
  definitionId: z.string(),
  definitionVersion: z.number().int(),
  state: z.string(),
  /** Roles that may act on the task whatever their unit. */
  roles: z.array(z.string()),
  /** For a branch task: the unit whose task it is. */
  unit: z.string().optional(),
  /** Unit-scoped roles that may act on the task only when the actor belongs to `unit`. */
  unitRoles: z.array(z.string()).optional(),
  /**
   * The users who act on the task as holders of a participant role (or as the person whose branch
   * it is): it is on their to-do lists, whatever their roles.
   */
  users: z.array(z.string()).optional(),
  /** The user the task was claimed by or delegated to: only they see and act on it. */
  assignee: z.string().optional(),
  actions: z.array(z.string()),
  createdAt: instantSchema,
  /** The nearest deadline of the task's state or the states containing it. */
  due: instantSchema.optional(),
  warnAt: instantSchema.optional(),
  /** That deadline was counted through a year without calendar data: recounted once the year is added. */
  provisional: z.boolean().optional(),
});

/** The schema of a pending timer: a deadline's warning or expiry, due at `dueAt`. Derived from the instance row. */
export const storedTimerSchema = z.object({
  /**
   * Stable id, unique within its tenant (stores key timers by tenant and id); the command that
   * fires the timer is recorded under an idempotency key derived from it.
   */
  id: z.string().min(1),
  tenant: tenantIdSchema,
  instanceId: z.string().min(1),
  state: z.string().min(1),
  /** For the deadline of a forEach child state: the branch (unit) it belongs to. */
  branch: z.string().min(1).optional(),
  kind: z.enum(['warn', 'expire']),
  dueAt: instantSchema,
});

/**
 * Whom an effect is for, resolved when its command is applied: the holders of participant roles
 * (user ids), the units of unit roles, and the other roles as roles. Absent on effects committed
 * before recipients were resolved.
 */
export const recipientsSchema = z.object({
  users: z.array(z.string()),
  units: z.array(z.string()),
  roles: z.array(z.string()),
});

// The message is kept as the definition wrote it (a title: a string or one per language); read back unchecked, as before.
const storedTitle = z.custom<Title>(() => true);

/** The schema of an effect requested by a transition, with its arguments evaluated at transition time. */
export const effectRequestSchema = z.union([
  z.object({
    kind: z.literal('notify'),
    roles: z.array(z.string()),
    message: storedTitle,
    recipients: recipientsSchema.optional(),
  }),
  z.object({
    kind: z.literal('call'),
    name: z.string(),
    args: ownRecordSchema(z.unknown()),
    roles: z.array(z.string()).optional(),
    recipients: recipientsSchema.optional(),
  }),
]);

/** The schema of an effect waiting in the outbox, delivered after its command committed. */
export const outboxEffectSchema = z.object({
  /**
   * Stable id, also the handler's idempotency key: `tenant/instance/seq/index`, each part with `%`
   * and `/` escaped (see `effectId`), so unique across tenants; stores key effects by tenant and id.
   */
  id: z.string().min(1),
  tenant: tenantIdSchema,
  instanceId: z.string().min(1),
  seq: z.number().int(),
  request: effectRequestSchema,
  /** `failed`: delivery was given up after too many attempts (kept for inspection, never retried). */
  status: z.enum(['pending', 'failed']),
  attempts: z.number().int().min(0),
  lastError: z.string().optional(),
  /**
   * Not delivered by `Store.claimEffects` before this instant: the lease of whoever is delivering
   * it, or the back-off after a failed attempt. Absent: deliverable at once.
   */
  availableAt: instantSchema.optional(),
});

/** The schema of the outcome of one delivery attempt, recorded by `Store.settleEffect`. */
export const effectOutcomeSchema = z.union([
  z.object({ delivered: z.literal(true) }),
  /** A failed attempt: retried from `retryAt`, or given up (status `failed`) without it. */
  z.object({ delivered: z.literal(false), error: z.string(), retryAt: instantSchema.optional() }),
]);

/** The schema of a published workflow definition, kept per tenant and version. */
export const storedDefinitionSchema = z.object({
  tenant: tenantIdSchema,
  id: z.string().min(1),
  version: z.number().int().min(1),
  /** SHA-256 of the definition's canonical JSON: the same id@version must keep the same content. */
  contentHash: z.string().min(1),
  definition: ownRecordSchema(z.unknown()),
  publishedAt: instantSchema,
});

/** One entry of {@link Store.listDefinitions}: a definition kept for a tenant, without its content. */
export const storedDefinitionVersionSchema = storedDefinitionSchema.pick({ id: true, version: true, publishedAt: true });
