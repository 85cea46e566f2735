import { z } from 'zod';
import { ownRecordSchema } from '../own-record-schema.js';
import { instantSchema, linkOriginSchema, startedLinkSchema, stateValueSchema } from '../store/row-schemas.js';
import type { FieldPermissions, Title } from '../definition/workflow-definition.generated.js';
import type { MigrationReport } from './migrate.js';

/**
 * The shapes the engine shows its host (views, pages, results, errors), each written once as a zod
 * schema; the types of `types.ts` are inferred from them. Optional fields are optional keys, so a
 * view sent as JSON (where `undefined` disappears) still parses.
 */

/** A title as a definition writes it: a string, or one string per locale. */
export const titleSchema: z.ZodType<Title> = z.union([z.string(), ownRecordSchema(z.string())]);

/** A definition's field permissions: field pointer → `hidden`, `readonly` or `required`. */
export const fieldPermissionsSchema: z.ZodType<FieldPermissions> = ownRecordSchema(z.enum(['hidden', 'readonly', 'required']));

/** The colour of an open task or deadline (三色管理): on time, due soon, overdue. */
export const colourSchema = z.enum(['green', 'yellow', 'red']);

/** A message in both languages the project speaks. */
export const localizedTextSchema = z.object({ 'zh-CN': z.string(), en: z.string() });

/** One issue of an error: where (a JSON pointer), a stable code, and what is wrong in both languages. */
export const issueSchema = z.object({
  /** JSON pointer into the document the issue is about ('' is the whole document). */
  pointer: z.string(),
  /** A stable, machine-readable code such as `target.unknown` or `payload.required`. */
  code: z.string(),
  /** What is wrong and what was expected, in Chinese and English. */
  message: localizedTextSchema,
});

/** An action the viewing actor may take now. */
export const actionViewSchema = z.object({
  event: z.string(),
  title: titleSchema.optional(),
  form: z.string().optional(),
  /** The form fields this action hides, shows read-only or requires (`fields` in the definition). */
  fields: fieldPermissionsSchema.optional(),
  /** The state offering the action. */
  state: z.string(),
  roles: z.array(z.string()).readonly(),
  /** For an action on one branch of a forEach state: that branch's unit. */
  branch: z.string().optional(),
});

/** A running deadline as the API shows it. */
export const deadlineViewSchema = z.object({
  due: instantSchema,
  warnAt: instantSchema.optional(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  colour: colourSchema,
  /** How many times it was extended (延期). */
  extensions: z.number().int().min(0),
  /** Counted through a year without calendar data: recomputed when the year is added. */
  provisional: z.boolean().optional(),
});

/** One branch of a forEach state as the API shows it. */
export const branchViewSchema = z.object({ key: z.string(), state: z.string(), entered: instantSchema, item: z.unknown() });

/**
 * The open ballot of a state as the API shows it (票决): how many may vote and how many have; an
 * anonymous ballot shows no more, a named one also each voter's vote.
 */
export const ballotViewSchema = z.object({
  eligible: z.number().int().min(0),
  cast: z.number().int().min(0),
  quorum: z.number().int().min(0),
  anonymous: z.boolean(),
  /** With `items`: the items voted on, fixed when the ballot opened. */
  items: z.array(z.string()).readonly().optional(),
  /** Whether the viewing actor, a voter, has voted already (absent for anyone else). */
  hasVoted: z.boolean().optional(),
  /** A named ballot: each voter's vote so far. */
  votes: ownRecordSchema(z.unknown()).optional(),
});

/** An instance as the API shows it. */
export const instanceViewSchema = z.object({
  id: z.string(),
  tenant: z.string(),
  definition: z.object({ id: z.string(), version: z.number().int().min(1) }),
  /** The active state configuration: a name, or nested objects for compound/parallel states. */
  state: stateValueSchema,
  /** Every active state name, outermost first. */
  activeStates: z.array(z.string()).readonly(),
  status: z.enum(['active', 'done']),
  data: ownRecordSchema(z.unknown()),
  /** Incremented by every accepted command; the `expectedVersion` of the next one. */
  version: z.number().int().min(1),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  /** The actions the viewing actor may take now (empty when no actor was given). */
  actions: z.array(actionViewSchema).readonly(),
  /** The running deadline of each active state that has one, as it stands now. */
  deadlines: ownRecordSchema(deadlineViewSchema).readonly(),
  /** The branches of each active forEach state (one per unit), in the order they were opened. */
  branches: ownRecordSchema(z.array(branchViewSchema).readonly()).readonly(),
  /** The holders of each participant role (role name → user ids); {} when there are none. */
  participants: ownRecordSchema(z.array(z.string()).readonly()).readonly(),
  /** The unit each data-bound unit role is bound to (role name → unit); {} when there are none. */
  units: ownRecordSchema(z.string()).readonly(),
  /** The open ballot of each active state that holds a vote; absent when there is none. */
  ballots: ownRecordSchema(ballotViewSchema).optional(),
  /** The worst colour among the open tasks (三色), or absent when there is none. */
  colour: colourSchema.optional(),
  /** Whether any open task is overdue. */
  overdue: z.boolean(),
  /**
   * The instances this one started (`start` effects), oldest first: their id, workflow and version
   * and the event that started them (`seq`, `step`); absent when none. Never their data: each
   * is read, with its own visibility, through `get`.
   */
  links: z.array(startedLinkSchema).readonly().optional(),
  /** For an instance a `start` effect started: the instance, workflow, version and event it comes from. */
  origin: linkOriginSchema.optional(),
});

/** An open task (待办): an instance waiting in a state for someone in one of `roles`. */
export const taskSchema = z.object({
  tenant: z.string(),
  instanceId: z.string(),
  definition: z.object({ id: z.string(), version: z.number().int().min(1) }),
  /** The state the task belongs to (an innermost active state). */
  state: z.string(),
  stateTitle: titleSchema.optional(),
  roles: z.array(z.string()).readonly(),
  /** For unit-scoped work, the unit whose task this is. */
  unit: z.string().optional(),
  /** Who claimed the task or had it delegated to them; only they see it then. */
  assignee: z.string().optional(),
  /** The actions that complete or move the task. */
  actions: z.array(z.string()).readonly(),
  /** When the instance entered the state. */
  createdAt: instantSchema,
  /** The deadline governing the task (its state's or a containing state's), if any. */
  due: instantSchema.optional(),
  warnAt: instantSchema.optional(),
  /** That deadline was counted through a year without calendar data: recounted once the year is added. */
  provisional: z.boolean().optional(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  colour: colourSchema,
});

/** One page of an instance query. */
export const instancePageSchema = z.object({
  /** The instances of the page, oldest first (views without an actor: `actions` is empty). */
  items: z.array(instanceViewSchema),
  /** How many instances match the query, whatever the page, counted up to the query's `countLimit` (10,000 by default). */
  total: z.number().int().min(0),
  /** Present when more instances match than were counted: `total` is then a lower bound. */
  totalCapped: z.literal(true).optional(),
  /** The cursor of the next page (`after`); absent on the last page. */
  next: z.string().optional(),
});

/** A refused command's error as plain JSON: what `LuzhiError#toJSON()` gives, `issues` included. */
export const errorJsonSchema = z.object({
  name: z.string(),
  /** Stable code, e.g. `actor.forbidden`, `payload.invalid`, `instance.notFound`. */
  code: z.string(),
  message: z.string(),
  messages: localizedTextSchema,
  /** For payload and command errors: one issue per field, with JSON pointers. */
  issues: z.array(issueSchema).readonly().optional(),
});

/**
 * The outcome of one command of a batch, at the command's place in the batch: the new view, or
 * the error that refused it (the instance then unchanged). `instanceId` is `''` for an item that
 * did not name one.
 */
export const batchResultSchema = z.discriminatedUnion('ok', [
  z.object({ instanceId: z.string(), ok: z.literal(true), view: instanceViewSchema }),
  z.object({ instanceId: z.string(), ok: z.literal(false), error: errorJsonSchema }),
]);

/** Why a history failed verification (see `HistoryFailure`). */
export const historyFailureSchema = z.enum(['column', 'sequence', 'chain', 'key', 'hash', 'anchor', 'state', 'instance']);

/** Result of `Engine.verifyHistory`; `seq` is the first event found wrong. */
export const historyVerificationSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), events: z.number().int().min(0) }),
  z.object({ ok: z.literal(false), events: z.number().int().min(0), seq: z.number().int(), reason: historyFailureSchema }),
]);

/** What became of one instance in a migration: moved (or, in a dry run, movable), or refused with its issues. */
export const migrationResultSchema = z.discriminatedUnion('ok', [
  z.object({ id: z.string(), ok: z.literal(true), from: stateValueSchema, to: stateValueSchema }),
  z.object({ id: z.string(), ok: z.literal(false), issues: z.array(issueSchema) }),
]);

/** What `engine.migrate` did (or, in a dry run, would do), instance by instance: a {@link MigrationReport}. */
export const migrationReportSchema = z.object({
  id: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  dryRun: z.boolean(),
  results: z.array(migrationResultSchema),
  totals: z.object({ instances: z.number().int(), migrated: z.number().int(), refused: z.number().int() }),
}) satisfies z.ZodType<MigrationReport>;
