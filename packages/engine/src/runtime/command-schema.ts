import { z } from 'zod';
import { zhCN } from 'zod/v4/locales';
import { PayloadError, type Issue } from '../errors.js';
import { toPointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import { capIssues, commandSizeIssues, type CommandLimits } from './command-limits.js';
import { storableString, unstorableString, UNSTORABLE_MESSAGES } from '../storable-text.js';
import { toJsonValue } from './json-value.js';
import { ownRecordSchema } from '../own-record-schema.js';
import type { Command, SendManyOptions, StartCommand, TaskQuery } from './types.js';

const name = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/);
/** An instance id: 1 to 200 characters that every store can keep. */
export const instanceIdSchema = storableString.min(1).max(200);

/** The shape of an {@link Actor}. */
export const actorSchema = z.strictObject({
  id: storableString.min(1),
  roles: z.array(storableString.min(1)).readonly(),
  /** The unit (承办单位) the actor belongs to, for unit-scoped roles. */
  unit: storableString.min(1).optional(),
  /** Display name for timelines; not used for decisions. */
  name: storableString.optional(),
});

/** The shape of a {@link Command}: unknown keys are refused, so a misspelt option is not ignored. */
export const commandSchema = z.strictObject({
  type: name,
  actor: actorSchema,
  payload: z.unknown().optional(),
  /** For an action of a forEach child state: the branch (unit) to act on. Defaults to the actor's unit. */
  branch: storableString.min(1).optional(),
  /** Retrying a command with the same key returns the first result and changes nothing. */
  idempotencyKey: storableString.min(1).max(200).optional(),
  /** Refuse the command with a ConcurrencyError unless the instance is at this version. */
  expectedVersion: z.number().int().min(0).optional(),
});

/** The shape of a {@link StartCommand}. */
export const startCommandSchema = z.strictObject({
  actor: actorSchema,
  /** Initial instance data, validated against the definition's data schema. */
  data: ownRecordSchema(z.unknown()).optional(),
  /** The instance id; generated when omitted (derived from `idempotencyKey` when that is given). */
  id: instanceIdSchema.optional(),
  /** Definition version; the newest registered one when omitted. */
  version: z.number().int().min(1).optional(),
  idempotencyKey: storableString.min(1).max(200).optional(),
});

/** The shape of a {@link TaskQuery}. */
export const taskQuerySchema = z.strictObject({
  actor: actorSchema,
  definition: storableString.optional(),
  state: storableString.optional(),
  /** Only overdue tasks (true), or only tasks not overdue (false). */
  overdue: z.boolean().optional(),
  /** Only tasks inside their warning window and not yet overdue. */
  dueSoon: z.boolean().optional(),
  /** Oldest first (default), or soonest due first. */
  sort: z.enum(['created', 'due']).optional(),
  limit: z.number().int().min(1).optional(),
});

/** zod's own Chinese messages: the same facts as its English ones (expected, received, bounds). */
const chineseMessage = zhCN().localeError;

/**
 * Options for `safeParse` whose issues {@link zodIssues} turns into messages: the issues keep the
 * input, so the Chinese message can name the type received as the English one does.
 */
export const PARSE_OPTIONS = { reportInput: true } as const;

/**
 * Converts zod issues into bilingual {@link Issue}s with JSON pointers: codes `<prefix>.<zod code>`,
 * the English message zod's, the Chinese one from zod's Chinese locale. Parse with
 * {@link PARSE_OPTIONS}.
 */
export function zodIssues(error: z.ZodError, prefix: string): Issue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((step) => (typeof step === 'symbol' ? String(step) : step));
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      return {
        pointer: toPointer(path),
        code: `${prefix}.unrecognizedKeys`,
        message: text(`不认识的字段：${keys}`, `unrecognized field(s): ${keys}`),
      };
    }
    const storable = issue.code === 'custom' ? (issue.params as { storable?: keyof typeof UNSTORABLE_MESSAGES } | undefined)?.storable : undefined;
    if (storable !== undefined) return { pointer: toPointer(path), code: `${prefix}.${storable}`, message: UNSTORABLE_MESSAGES[storable] };
    return {
      pointer: toPointer(path),
      code: `${prefix}.${issue.code}`,
      message: text(chineseText(issue), issue.message),
    };
  });
}

/** The Chinese message of a zod issue, or a general one when the locale has none for it. */
function chineseText(issue: z.core.$ZodIssue): string {
  const message = chineseMessage(issue as never);
  const found = typeof message === 'string' ? message : message?.message;
  return found === undefined || found === '' ? '字段不符合要求' : found;
}

function parseWith<T>(schema: z.ZodType<T>, input: unknown, subject: 'command' | 'options'): T {
  const result = schema.safeParse(input, PARSE_OPTIONS);
  if (!result.success) throw new PayloadError(zodIssues(result.error, subject), subject);
  return result.data;
}

const COMMAND_KEYS = new Set(['type', 'actor', 'payload', 'branch', 'idempotencyKey', 'expectedVersion']);
const ACTOR_KEYS = new Set(['id', 'roles', 'unit', 'name']);
const NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const optionalString = (value: unknown, min: number, max = Infinity): boolean =>
  value === undefined || (typeof value === 'string' && value.length >= min && value.length <= max);

function isActor(value: unknown): boolean {
  if (!isObject(value)) return false;
  for (const key of Object.keys(value)) if (!ACTOR_KEYS.has(key)) return false;
  const { id, roles, unit, name } = value;
  return (
    typeof id === 'string' && id.length > 0 &&
    Array.isArray(roles) && roles.every((role) => typeof role === 'string' && role.length > 0) &&
    optionalString(unit, 1) && optionalString(name, 0)
  );
}

/**
 * Accepts exactly what {@link commandSchema} accepts, by direct checks: the envelope of every
 * command, as {@link checkedJson} leaves it (plain JSON objects, so own keys are all the keys).
 */
export function isCommand(value: unknown): value is Command {
  if (!isObject(value)) return false;
  for (const key of Object.keys(value)) if (!COMMAND_KEYS.has(key)) return false;
  const { type, actor, branch, idempotencyKey, expectedVersion } = value;
  return (
    typeof type === 'string' && NAME.test(type) &&
    isActor(actor) &&
    optionalString(branch, 1) &&
    optionalString(idempotencyKey, 1, 200) &&
    (expectedVersion === undefined || (Number.isSafeInteger(expectedVersion) && (expectedVersion as number) >= 0))
  );
}

const START_KEYS = new Set(['actor', 'data', 'id', 'version', 'idempotencyKey']);

/**
 * Whether `value` is a well-formed start command: exactly what {@link startCommandSchema} accepts,
 * for a value already copied to JSON within the command limits (which refuse unstorable strings).
 */
export function isStartCommand(value: unknown): value is StartCommand {
  if (!isObject(value)) return false;
  for (const key of Object.keys(value)) if (!START_KEYS.has(key)) return false;
  const { actor, data, id, version, idempotencyKey } = value;
  return (
    isActor(actor) &&
    (data === undefined || isObject(data)) &&
    optionalString(id, 1, 200) &&
    (version === undefined || (Number.isSafeInteger(version) && (version as number) >= 1)) &&
    optionalString(idempotencyKey, 1, 200)
  );
}

/**
 * Validates a command envelope. A well-formed one is recognized by direct checks; anything else
 * goes through zod, which says exactly what is wrong.
 * @throws PayloadError with pointers into the command.
 */
export const parseCommand = (input: unknown): Command =>
  isCommand(input) ? input : parseWith(commandSchema, input, 'command');
/**
 * Validates a start command, recognized by direct checks when well-formed (as {@link parseCommand}).
 * @throws PayloadError with pointers into the command.
 */
export const parseStartCommand = (input: unknown): StartCommand =>
  isStartCommand(input) ? input : parseWith(startCommandSchema, input, 'command');
/** Validates a task query. @throws PayloadError with pointers into the query. */
export const parseTaskQuery = (input: unknown): TaskQuery => parseWith(taskQuerySchema, input, 'command');
/**
 * Measures a command against the engine's limits and copies it to plain JSON: the first step of
 * every command, before any schema or store sees it.
 * @throws PayloadError('command') for a command over a limit, with a string no store can keep
 * (NUL, a lone surrogate), or that JSON cannot represent; pointers into the command.
 */
export function checkedJson<T>(input: T, limits: CommandLimits): T {
  const issues = commandSizeIssues(input, limits);
  if (issues.length > 0) throw new PayloadError(issues, 'command');
  return toJsonValue(input);
}

/**
 * Validates an id given beside a command (`send(instanceId, …)`, `start(definitionId, …)`).
 * @throws PayloadError('command') pointing at `/<field>`.
 */
export function parseId(input: unknown, field: 'instanceId' | 'definitionId'): string {
  // What instanceIdSchema accepts, checked directly; zod only says what is wrong with the rest.
  if (typeof input === 'string' && input.length >= 1 && input.length <= 200 && unstorableString(input) === undefined) return input;
  const result = instanceIdSchema.safeParse(input, PARSE_OPTIONS);
  if (!result.success) throw new PayloadError(zodIssues(result.error, 'command').map((found) => ({ ...found, pointer: `/${field}` })), 'command');
  return result.data;
}

/**
 * Runs `work`; a PayloadError it throws with more than `max` issues is thrown again with the
 * first ones and an `issues.truncated` issue (see {@link capIssues}).
 */
export async function withIssueCap<T>(max: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PayloadError && error.issues.length > max) throw new PayloadError(capIssues(error.issues, max), error.subject);
    throw error;
  }
}

/** Validates options objects with a given schema. @throws PayloadError('options'). */
export const parseOptions = <T>(schema: z.ZodType<T>, input: unknown): T => parseWith(schema, input, 'options');

/** The envelope of an {@link Engine.sendMany} batch: an array (each item is checked on its own). */
export const batchSchema = z.array(z.unknown());

/** The shape of one item of a batch: a {@link Command} with the `instanceId` it is for. */
export const batchItemSchema = z.strictObject({ instanceId: instanceIdSchema, ...commandSchema.shape });

/** The shape of {@link SendManyOptions}. */
export const sendManyOptionsSchema = z.strictObject({
  /** How many instances are worked on at the same time (a positive integer; 8 by default). */
  concurrency: z.number().int().min(1).optional(),
});

/**
 * Validates a batch envelope.
 * @throws PayloadError('command') with the pointer `''` when it is not an array.
 */
export const parseBatch = (input: unknown): unknown[] => parseWith(batchSchema, input, 'command');

/**
 * Validates one batch item (already copied to JSON) and splits it into instance id and command.
 * @throws PayloadError('command') with pointers relative to the item.
 */
export function parseBatchItem(input: unknown): { instanceId: string; command: Command } {
  if (isObject(input)) {
    const { instanceId, ...command } = input;
    if (typeof instanceId === 'string' && instanceId.length > 0 && instanceId.length <= 200 && isCommand(command)) return { instanceId, command };
  }
  const { instanceId, ...command } = parseWith(batchItemSchema, input, 'command');
  return { instanceId, command: command as Command };
}

/** Validates the options of `sendMany`. @throws PayloadError('options'). */
export const parseSendManyOptions = (input: unknown): SendManyOptions =>
  parseWith(sendManyOptionsSchema, input ?? {}, 'options');
