import { z } from 'zod';
import { StoreDataError } from '../errors.js';
import { zodIssues, actorSchema } from '../runtime/command-schema.js';
import type { StateValue } from '../compile/state-value.js';
import type { AuditEvent } from '../runtime/types.js';
import type { OutboxEffect, StoredDefinition, StoredInstance, StoredTask, StoredTimer } from './store.js';

/** A state name, or an object of state values: checked by a plain recursive walk (hot path). */
function isStateValue(value: unknown): value is StateValue {
  if (typeof value === 'string') return value.length > 0;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  // An empty object is a plain state standing as a region of a parallel state.
  return Object.values(value).every(isStateValue);
}
/** An instance's whole state: a name, or a non-empty object. */
const isRootStateValue = (value: unknown): value is StateValue =>
  isStateValue(value) && (typeof value === 'string' || Object.keys(value).length > 0);
const stateValueSchema = z.custom<StateValue>(isRootStateValue, {
  message: 'expected a state name or an object of nested state values',
});
const isoTime = z.string().min(1);

const deadlineRow = z.object({
  due: isoTime,
  warnAt: isoTime.optional(),
  provisional: z.boolean().optional(),
  warned: z.boolean().optional(),
  expired: z.boolean().optional(),
  extensions: z.number().int().min(0).optional(),
});

const instanceRow = z.object({
  tenant: z.string().min(1),
  id: z.string().min(1),
  definitionId: z.string().min(1),
  definitionVersion: z.number().int().min(1),
  state: stateValueSchema,
  data: z.record(z.string(), z.unknown()),
  status: z.enum(['active', 'done']),
  version: z.number().int().min(1),
  createdAt: isoTime,
  updatedAt: isoTime,
  lastHash: z.string(),
  entered: z.record(z.string(), z.string()),
  deadlines: z.record(z.string(), deadlineRow),
  branches: z.record(
    z.string(),
    z.record(z.string(), z.object({ state: z.string().min(1), entered: isoTime, item: z.unknown(), deadline: deadlineRow.optional() })),
  ),
  assignees: z.record(z.string(), z.object({ user: z.string().min(1), at: isoTime, by: z.string().min(1) })),
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
  tenant: z.string(),
  instanceId: z.string(),
  definitionId: z.string(),
  definitionVersion: z.number().int(),
  state: z.string(),
  roles: z.array(z.string()),
  unit: z.string().optional(),
  unitRoles: z.array(z.string()).optional(),
  assignee: z.string().optional(),
  actions: z.array(z.string()),
  createdAt: isoTime,
  due: isoTime.optional(),
  warnAt: isoTime.optional(),
});

const timerRow = z.object({
  id: z.string().min(1),
  tenant: z.string().min(1),
  instanceId: z.string().min(1),
  state: z.string().min(1),
  branch: z.string().min(1).optional(),
  kind: z.enum(['warn', 'expire']),
  dueAt: isoTime,
});

const effectRow = z.object({
  id: z.string(),
  tenant: z.string(),
  instanceId: z.string(),
  seq: z.number().int(),
  request: z.union([
    z.object({ kind: z.literal('notify'), roles: z.array(z.string()), message: z.unknown() }),
    z.object({ kind: z.literal('call'), name: z.string(), args: z.record(z.string(), z.unknown()) }),
  ]),
  status: z.enum(['pending', 'failed']),
  attempts: z.number().int().min(0),
  lastError: z.string().optional(),
  availableAt: isoTime.optional(),
});

const definitionRow = z.object({
  tenant: z.string().min(1),
  id: z.string().min(1),
  version: z.number().int().min(1),
  contentHash: z.string().min(1),
  definition: z.record(z.string(), z.unknown()),
  publishedAt: isoTime,
});

function parseRow<T>(schema: z.ZodType<unknown>, row: unknown, where: string): T {
  const result = schema.safeParse(row);
  if (!result.success) throw new StoreDataError(zodIssues(result.error, 'row'), where);
  return result.data as T;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isCount = (value: unknown, min: number): boolean => Number.isInteger(value) && (value as number) >= min;

const optional = (value: unknown, test: (value: unknown) => boolean): boolean => value === undefined || test(value);
const isBoolean = (value: unknown): boolean => typeof value === 'boolean';

function isBranch(value: unknown): boolean {
  return (
    isRecord(value) && isString(value.state) && value.state.length > 0 && isString(value.entered) && 'item' in value &&
    optional(value.deadline, isDeadline)
  );
}

function isDeadline(value: unknown): boolean {
  return (
    isRecord(value) && isString(value.due) && value.due.length > 0 &&
    optional(value.warnAt, isString) && optional(value.provisional, isBoolean) &&
    optional(value.warned, isBoolean) && optional(value.expired, isBoolean) &&
    optional(value.extensions, (count) => isCount(count, 0))
  );
}

/**
 * The instance row is read on every command, so a well-formed row is recognized by direct checks;
 * only a row that fails them goes through zod, which then says exactly what is wrong.
 */
function isInstanceRow(row: unknown): row is StoredInstance {
  if (!isRecord(row)) return false;
  const { tenant, id, definitionId, definitionVersion, state, data, status, version, createdAt, updatedAt, lastHash, entered } = row;
  return (
    isString(tenant) && tenant.length > 0 &&
    isString(id) && id.length > 0 &&
    isString(definitionId) && definitionId.length > 0 &&
    isCount(definitionVersion, 1) &&
    isRootStateValue(state) &&
    isRecord(data) &&
    (status === 'active' || status === 'done') &&
    isCount(version, 1) &&
    isString(createdAt) && createdAt.length > 0 &&
    isString(updatedAt) && updatedAt.length > 0 &&
    isString(lastHash) &&
    isRecord(entered) && Object.values(entered).every(isString) &&
    isRecord(row.deadlines) && Object.values(row.deadlines).every(isDeadline) &&
    isRecord(row.branches) &&
    Object.values(row.branches).every((units) => isRecord(units) && Object.values(units).every(isBranch)) &&
    isRecord(row.assignees) &&
    Object.values(row.assignees).every((assignee) => isRecord(assignee) && isString(assignee.user) && isString(assignee.at) && isString(assignee.by))
  );
}


/** Checks an instance row read back from a store. @throws StoreDataError naming the field. */
export const parseInstanceRow = (row: unknown, where: string): StoredInstance =>
  isInstanceRow(row) ? row : parseRow(instanceRow, row, where);
/** Checks an audit event row. @throws StoreDataError naming the field. */
export const parseEventRow = (row: unknown, where: string): AuditEvent => parseRow(eventRow, row, where);
/** Checks a task row. @throws StoreDataError naming the field. */
export const parseTaskRow = (row: unknown, where: string): StoredTask => parseRow(taskRow, row, where);
/** Checks a timer row. @throws StoreDataError naming the field. */
export const parseTimerRow = (row: unknown, where: string): StoredTimer => parseRow(timerRow, row, where);
/** Checks an outbox row. @throws StoreDataError naming the field. */
export const parseEffectRow = (row: unknown, where: string): OutboxEffect => parseRow(effectRow, row, where);
/** Checks a published-definition row. @throws StoreDataError naming the field. */
export const parseDefinitionRow = (row: unknown, where: string): StoredDefinition => parseRow(definitionRow, row, where);
