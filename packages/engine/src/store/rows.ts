import { z } from 'zod';
import { StoreDataError, type StoreRowRef } from '../errors.js';
import { text } from '../localized-text.js';
import { zodIssues, actorSchema } from '../runtime/command-schema.js';
import { isTenantId, tenantIdSchema } from '../tenant-id.js';
import { pointerBeyondDepth } from './json-depth.js';
import { ownRecordSchema } from '../own-record-schema.js';
import type { StateValue } from '../compile/state-value.js';
import type { AuditEvent } from '../runtime/types.js';
import type { Issue } from '../errors.js';
import type { InstanceRef, OutboxEffect, StoredDefinition, StoredInstance, StoredTask, StoredTimer } from './store.js';

/** How deep state values may nest: far beyond any definition (whose nesting is limited too). */
const STATE_VALUE_MAX_DEPTH = 64;

/** A state name, or an object of state values: checked by a plain recursive walk (hot path), depth-limited. */
function isStateValue(value: unknown, depth = 0): value is StateValue {
  if (typeof value === 'string') return value.length > 0;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || depth >= STATE_VALUE_MAX_DEPTH) return false;
  // An empty object is a plain state standing as a region of a parallel state.
  for (const child of Object.values(value)) if (!isStateValue(child, depth + 1)) return false;
  return true;
}
/** An instance's whole state: a name, or a non-empty object. */
const isRootStateValue = (value: unknown): value is StateValue =>
  isStateValue(value) && (typeof value === 'string' || Object.keys(value).length > 0);
const stateValueSchema = z.custom<StateValue>(isRootStateValue, {
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

const isoTime = z.string().refine(isInstant, 'expected an instant such as 2026-03-02T01:00:00.000Z (UTC, milliseconds)');

const deadlineRow = z.object({
  due: isoTime,
  warnAt: isoTime.optional(),
  provisional: z.boolean().optional(),
  warned: z.boolean().optional(),
  expired: z.boolean().optional(),
  extensions: z.number().int().min(0).optional(),
});

/** The schema of a stored instance row: what {@link isInstanceRow} recognizes quickly, written once for the slow path. */
export const instanceRow = z.object({
  tenant: tenantIdSchema,
  id: z.string().min(1),
  definitionId: z.string().min(1),
  definitionVersion: z.number().int().min(1),
  state: stateValueSchema,
  data: ownRecordSchema(z.unknown()),
  status: z.enum(['active', 'done']),
  version: z.number().int().min(1),
  createdAt: isoTime,
  updatedAt: isoTime,
  lastHash: z.string(),
  entered: ownRecordSchema(isoTime),
  deadlines: ownRecordSchema(deadlineRow),
  branches: ownRecordSchema(
    ownRecordSchema(z.object({ state: z.string().min(1), entered: isoTime, item: z.unknown(), deadline: deadlineRow.optional() })),
  ),
  assignees: ownRecordSchema(z.object({ user: z.string().min(1), at: isoTime, by: z.string().min(1) })),
  participants: ownRecordSchema(z.array(z.string().min(1))).optional(),
  units: ownRecordSchema(z.string().min(1)).optional(),
});

// Strict: a field added to a stored event is reported, not dropped before the hash is checked.
const eventRow = z.strictObject({
  seq: z.number().int().min(1),
  at: isoTime,
  actor: actorSchema,
  type: z.string().min(1),
  branch: z.string().optional(),
  payload: z.unknown().optional(),
  from: stateValueSchema.nullable(),
  to: stateValueSchema,
  prevHash: z.string(),
  instanceHash: z.string().min(1),
  keyId: z.string().min(1).optional(),
  hash: z.string().min(1),
});

const taskRow = z.object({
  tenant: tenantIdSchema,
  instanceId: z.string(),
  definitionId: z.string(),
  definitionVersion: z.number().int(),
  state: z.string(),
  roles: z.array(z.string()),
  unit: z.string().optional(),
  unitRoles: z.array(z.string()).optional(),
  users: z.array(z.string()).optional(),
  assignee: z.string().optional(),
  actions: z.array(z.string()),
  createdAt: isoTime,
  due: isoTime.optional(),
  warnAt: isoTime.optional(),
  provisional: z.boolean().optional(),
});

const timerRow = z.object({
  id: z.string().min(1),
  tenant: tenantIdSchema,
  instanceId: z.string().min(1),
  state: z.string().min(1),
  branch: z.string().min(1).optional(),
  kind: z.enum(['warn', 'expire']),
  dueAt: isoTime,
});

const recipientsRow = z.object({ users: z.array(z.string()), units: z.array(z.string()), roles: z.array(z.string()) });

const effectRow = z.object({
  id: z.string().min(1),
  tenant: tenantIdSchema,
  instanceId: z.string().min(1),
  seq: z.number().int(),
  request: z.union([
    z.object({ kind: z.literal('notify'), roles: z.array(z.string()), message: z.unknown(), recipients: recipientsRow.optional() }),
    z.object({
      kind: z.literal('call'),
      name: z.string(),
      args: ownRecordSchema(z.unknown()),
      roles: z.array(z.string()).optional(),
      recipients: recipientsRow.optional(),
    }),
  ]),
  status: z.enum(['pending', 'failed']),
  attempts: z.number().int().min(0),
  lastError: z.string().optional(),
  availableAt: isoTime.optional(),
});

const definitionRow = z.object({
  tenant: tenantIdSchema,
  id: z.string().min(1),
  version: z.number().int().min(1),
  contentHash: z.string().min(1),
  definition: ownRecordSchema(z.unknown()),
  publishedAt: isoTime,
});

/** The issue of a row nested too deep, or undefined. Checked first: the other checks recurse. */
function depthIssue(row: unknown): Issue | undefined {
  const pointer = pointerBeyondDepth(row, STORED_JSON_MAX_DEPTH);
  if (pointer === undefined) return undefined;
  return {
    pointer,
    code: 'row.tooDeep',
    message: text(
      `嵌套超过 ${STORED_JSON_MAX_DEPTH} 层`,
      `nested deeper than ${STORED_JSON_MAX_DEPTH} levels`,
    ),
  };
}

function parseRow<T>(schema: z.ZodType<unknown>, row: unknown, where: string, ref: StoreRowRef | undefined): T {
  const tooDeep = depthIssue(row);
  if (tooDeep !== undefined) throw new StoreDataError([tooDeep], where, ref);
  const result = schema.safeParse(row);
  if (!result.success) throw new StoreDataError(zodIssues(result.error, 'row'), where, ref);
  return result.data as T;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isName = (value: unknown): boolean => typeof value === 'string' && value.length > 0;
// Safe integers only, as zod's `int()`.
const isCount = (value: unknown, min: number): boolean => Number.isSafeInteger(value) && (value as number) >= min;

const optional = (value: unknown, test: (value: unknown) => boolean): boolean => value === undefined || test(value);
const isBoolean = (value: unknown): boolean => typeof value === 'boolean';


function isBranch(value: unknown): boolean {
  return (
    isRecord(value) && isString(value.state) && value.state.length > 0 && isInstant(value.entered) && Object.hasOwn(value, 'item') &&
    pointerBeyondDepth(value.item, STORED_JSON_MAX_DEPTH - 3) === undefined &&
    optional(value.deadline, isDeadline)
  );
}

function isDeadline(value: unknown): boolean {
  return (
    isRecord(value) && isInstant(value.due) &&
    optional(value.warnAt, isInstant) && optional(value.provisional, isBoolean) &&
    optional(value.warned, isBoolean) && optional(value.expired, isBoolean) &&
    optional(value.extensions, (count) => isCount(count, 0))
  );
}

/**
 * The instance row is read on every command, so a well-formed row is recognized by direct checks;
 * only a row that fails them goes through zod, which then says exactly what is wrong.
 */
export function isInstanceRow(row: unknown): row is StoredInstance {
  if (!isRecord(row)) return false;
  const { tenant, id, definitionId, definitionVersion, state, data, status, version, createdAt, updatedAt, lastHash, entered } = row;
  return (
    isTenantId(tenant) &&
    isString(id) && id.length > 0 &&
    isString(definitionId) && definitionId.length > 0 &&
    isCount(definitionVersion, 1) &&
    isRootStateValue(state) &&
    isRecord(data) && pointerBeyondDepth(data, STORED_JSON_MAX_DEPTH - 1) === undefined &&
    (status === 'active' || status === 'done') &&
    isCount(version, 1) &&
    isInstant(createdAt) &&
    isInstant(updatedAt) &&
    isString(lastHash) &&
    isRecord(entered) && Object.values(entered).every(isInstant) &&
    isRecord(row.deadlines) && Object.values(row.deadlines).every(isDeadline) &&
    isRecord(row.branches) &&
    Object.values(row.branches).every((units) => isRecord(units) && Object.values(units).every(isBranch)) &&
    isRecord(row.assignees) &&
    Object.values(row.assignees).every((assignee) => isRecord(assignee) && isString(assignee.user) && assignee.user.length > 0 && isInstant(assignee.at) && isString(assignee.by) && assignee.by.length > 0) &&
    optional(row.participants, (holders) => isRecord(holders) && Object.values(holders).every((users) => Array.isArray(users) && users.every(isName))) &&
    optional(row.units, (units) => isRecord(units) && Object.values(units).every(isName))
  );
}


/** Checks an instance row read back from a store. @throws StoreDataError naming the field. */
export const parseInstanceRow = (row: unknown, where: string, ref?: StoreRowRef): StoredInstance =>
  isInstanceRow(row) ? row : parseRow(instanceRow, row, where, ref);
/** Checks the row read for the instance `ref`, naming it in any error. @throws StoreDataError naming the field. */
export const readInstanceRow = (row: unknown, ref: InstanceRef): StoredInstance =>
  parseInstanceRow(row, `instance ${ref.tenant}/${ref.id}`, { kind: 'instance', tenant: ref.tenant, id: ref.id });
/** Checks an audit event row. @throws StoreDataError naming the field. */
export const parseEventRow = (row: unknown, where: string, ref?: StoreRowRef): AuditEvent => parseRow(eventRow, row, where, ref);
/** Checks a task row. @throws StoreDataError naming the field. */
export const parseTaskRow = (row: unknown, where: string, ref?: StoreRowRef): StoredTask => parseRow(taskRow, row, where, ref);
/** Checks a timer row. @throws StoreDataError naming the field. */
export const parseTimerRow = (row: unknown, where: string, ref?: StoreRowRef): StoredTimer => parseRow(timerRow, row, where, ref);
/** Checks an outbox row. @throws StoreDataError naming the field. */
export const parseEffectRow = (row: unknown, where: string, ref?: StoreRowRef): OutboxEffect => parseRow(effectRow, row, where, ref);
/** Checks a published-definition row. @throws StoreDataError naming the field. */
export const parseDefinitionRow = (row: unknown, where: string, ref?: StoreRowRef): StoredDefinition =>
  parseRow(definitionRow, row, where, ref);
