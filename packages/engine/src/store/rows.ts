import { z } from 'zod';
import { StoreDataError, type StoreRowRef } from '../errors.js';
import { text } from '../localized-text.js';
import { PARSE_OPTIONS, zodIssues } from '../runtime/command-schema.js';
import { isTenantId } from '../tenant-id.js';
import { pointerBeyondDepth } from './json-depth.js';
import {
  auditEventSchema,
  isInstant,
  isRootStateValue,
  outboxEffectSchema,
  STORED_JSON_MAX_DEPTH,
  storedDefinitionSchema,
  storedDefinitionVersionSchema,
  storedInstanceSchema,
  storedTaskSchema,
  storedTimerSchema,
} from './row-schemas.js';
import type { AuditEvent } from '../runtime/types.js';
import type { Issue } from '../errors.js';
import type { InstanceRef, OutboxEffect, StoredDefinition, StoredDefinitionVersion, StoredInstance, StoredTask, StoredTimer } from './store.js';

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
  const result = schema.safeParse(row, PARSE_OPTIONS);
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
 * Accepts exactly what {@link storedInstanceSchema} accepts. The instance row is read on every command, so a well-formed row is recognized by direct checks;
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
  isInstanceRow(row) ? row : parseRow(storedInstanceSchema, row, where, ref);
/** Checks the row read for the instance `ref`, naming it in any error. @throws StoreDataError naming the field. */
export const readInstanceRow = (row: unknown, ref: InstanceRef): StoredInstance =>
  parseInstanceRow(row, `instance ${ref.tenant}/${ref.id}`, { kind: 'instance', tenant: ref.tenant, id: ref.id });
/** Checks an audit event row. @throws StoreDataError naming the field. */
export const parseEventRow = (row: unknown, where: string, ref?: StoreRowRef): AuditEvent => parseRow(auditEventSchema, row, where, ref);
/** Checks a task row. @throws StoreDataError naming the field. */
export const parseTaskRow = (row: unknown, where: string, ref?: StoreRowRef): StoredTask => parseRow(storedTaskSchema, row, where, ref);
/** Checks a timer row. @throws StoreDataError naming the field. */
export const parseTimerRow = (row: unknown, where: string, ref?: StoreRowRef): StoredTimer => parseRow(storedTimerSchema, row, where, ref);
/** Checks an outbox row. @throws StoreDataError naming the field. */
export const parseEffectRow = (row: unknown, where: string, ref?: StoreRowRef): OutboxEffect => parseRow(outboxEffectSchema, row, where, ref);
/** Checks a published-definition row. @throws StoreDataError naming the field. */
export const parseDefinitionRow = (row: unknown, where: string, ref?: StoreRowRef): StoredDefinition =>
  parseRow(storedDefinitionSchema, row, where, ref);
/** Checks what {@link Store.listDefinitions} returned. @throws StoreDataError naming the entry and field. */
export const parseDefinitionVersions = (rows: unknown, where: string): StoredDefinitionVersion[] =>
  parseRow(z.array(storedDefinitionVersionSchema), rows, where, undefined);
