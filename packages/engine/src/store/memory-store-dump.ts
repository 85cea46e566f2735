import { StoreDataError, type Issue } from '../errors.js';
import { joinPointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import type { AuditEvent } from '../runtime/types.js';
import { isTenantId } from '../tenant-id.js';
import { pointerBeyondDepth } from './json-depth.js';
import { tupleKey } from './tuple-key.js';
import { STORED_JSON_MAX_DEPTH } from './row-schemas.js';
import {
  parseDefinitionRow,
  parseEffectRow,
  parseEventRow,
  parseInstanceRow,
  parseTaskRow,
  parseTimerRow,
} from './rows.js';
import type { OutboxEffect, StoredDefinition, StoredInstance, StoredTask, StoredTimer } from './store.js';

/**
 * Everything a memory store holds, as JSON: save it (e.g. to localStorage) and load it later.
 * Every table is a list of rows that name their own tenant and instance, so no key can disagree
 * with its row.
 */
export interface MemoryStoreDump {
  format: 'luzhi-memory-store@4';
  instances: StoredInstance[];
  /** Each instance's audit events, oldest first. */
  events: Array<{ tenant: string; instanceId: string; events: AuditEvent[] }>;
  /** The recorded results of commands sent with an idempotency key. */
  idempotency: Array<{ tenant: string; instanceId: string; key: string; result: unknown }>;
  /** Open tasks; an instance's tasks in their order, instances in the order they got them. */
  tasks: StoredTask[];
  timers: StoredTimer[];
  /** Outbox effects, oldest first. */
  outbox: OutboxEffect[];
  definitions: StoredDefinition[];
}

export const MEMORY_STORE_FORMAT = 'luzhi-memory-store@4';
/** Issues reported at most for one dump: the first ones say enough. */
const MAX_ISSUES = 100;
/** A dump's own nesting (tables, rows, event lists) on top of what its rows may hold. */
const DUMP_DEPTH = STORED_JSON_MAX_DEPTH + 4;

const issue = (pointer: string, code: string, zh: string, en: string): Issue => ({ pointer, code, message: text(zh, en) });
const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);


/**
 * Checks a memory-store dump before anything of it is used: its format, every row (as the engine
 * checks rows read back), tenant ids, rows given twice, and rows of instances the dump lacks.
 *
 * @throws StoreDataError listing every issue (up to 100), each with a pointer into the dump.
 */
export function parseMemoryStoreDump(dump: unknown): MemoryStoreDump {
  const where = 'memory-store dump';
  const tooDeep = pointerBeyondDepth(dump, DUMP_DEPTH);
  if (tooDeep !== undefined) {
    throw new StoreDataError(
      [issue(tooDeep, 'row.tooDeep', `嵌套超过 ${STORED_JSON_MAX_DEPTH} 层`, `nested deeper than ${STORED_JSON_MAX_DEPTH} levels`)],
      where,
      { kind: 'dump' },
    );
  }
  const issues: Issue[] = [];
  if (!isRecord(dump) || dump.format !== MEMORY_STORE_FORMAT) {
    throw new StoreDataError(
      [issue('/format', 'dump.format', `不是 ${MEMORY_STORE_FORMAT} 格式的存储导出`, `not a memory-store dump of format ${MEMORY_STORE_FORMAT}`)],
      where,
      { kind: 'dump' },
    );
  }
  const tables = ['instances', 'events', 'idempotency', 'tasks', 'timers', 'outbox', 'definitions'] as const;
  for (const table of tables) {
    if (!Array.isArray(dump[table])) issues.push(issue(`/${table}`, 'dump.table', '应为行的数组', 'expected an array of rows'));
  }
  const unknown = Object.keys(dump).filter((key) => key !== 'format' && !(tables as readonly string[]).includes(key));
  for (const key of unknown) issues.push(issue(joinPointer('', key), 'dump.unknownTable', '不认识的表', 'unknown table'));
  if (issues.length > 0) throw new StoreDataError(issues, where, { kind: 'dump' });

  const rows = <T>(table: (typeof tables)[number], parse: (row: unknown, at: string) => T): T[] =>
    (dump[table] as unknown[]).flatMap((row, index) => {
      const at = `/${table}/${index}`;
      try {
        return [parse(row, at)];
      } catch (error) {
        if (!(error instanceof StoreDataError)) throw error;
        issues.push(...error.issues.map((found) => ({ ...found, pointer: at + found.pointer })));
        return [];
      }
    });
  const instances = rows('instances', (row, at) => parseInstanceRow(row, at));
  const events = rows('events', (row, at) => parseEventList(row, at));
  const idempotency = rows('idempotency', (row, at) => parseIdempotencyRow(row, at));
  const tasks = rows('tasks', (row, at) => parseTaskRow(row, at));
  const timers = rows('timers', (row, at) => parseTimerRow(row, at));
  const outbox = rows('outbox', (row, at) => parseEffectRow(row, at));
  const definitions = rows('definitions', (row, at) => parseDefinitionRow(row, at));

  const known = new Set<string>();
  const once = (table: string, index: number, key: string, seen: Set<string>): void => {
    if (seen.has(key)) issues.push(issue(`/${table}/${index}`, 'dump.duplicate', '与前面的行重复', 'the same row is given twice'));
    seen.add(key);
  };
  const owned = (table: string, index: number, tenant: string, instanceId: string): void => {
    if (!known.has(tupleKey(tenant, instanceId))) {
      issues.push(issue(`/${table}/${index}`, 'dump.orphan', '所属的流程实例不在导出中', 'its instance is not in the dump'));
    }
  };
  instances.forEach((row, index) => once('instances', index, tupleKey(row.tenant, row.id), known));
  const seen = { events: new Set<string>(), idempotency: new Set<string>(), timers: new Set<string>(), outbox: new Set<string>(), definitions: new Set<string>() };
  events.forEach((row, index) => {
    once('events', index, tupleKey(row.tenant, row.instanceId), seen.events);
    owned('events', index, row.tenant, row.instanceId);
  });
  idempotency.forEach((row, index) => {
    once('idempotency', index, tupleKey(row.tenant, row.key), seen.idempotency);
    owned('idempotency', index, row.tenant, row.instanceId);
  });
  tasks.forEach((row, index) => owned('tasks', index, row.tenant, row.instanceId));
  timers.forEach((row, index) => {
    once('timers', index, tupleKey(row.tenant, row.id), seen.timers);
    owned('timers', index, row.tenant, row.instanceId);
  });
  outbox.forEach((row, index) => {
    once('outbox', index, tupleKey(row.tenant, row.id), seen.outbox);
    owned('outbox', index, row.tenant, row.instanceId);
  });
  definitions.forEach((row, index) => once('definitions', index, tupleKey(row.tenant, row.id, row.version), seen.definitions));
  if (issues.length > 0) throw new StoreDataError(issues.slice(0, MAX_ISSUES), where, { kind: 'dump' });
  return { format: MEMORY_STORE_FORMAT, instances, events, idempotency, tasks, timers, outbox, definitions };
}

function parseEventList(row: unknown, where: string): MemoryStoreDump['events'][number] {
  const { tenant, instanceId } = owner(row, where);
  const list = (row as Record<string, unknown>).events;
  if (!Array.isArray(list)) throw new StoreDataError([issue('/events', 'row.invalid_type', '应为事件数组', 'expected an array of events')], where);
  const issues: Issue[] = [];
  const events = list.flatMap((event, index) => {
    try {
      return [parseEventRow(event, where)];
    } catch (error) {
      if (!(error instanceof StoreDataError)) throw error;
      issues.push(...error.issues.map((found) => ({ ...found, pointer: `/events/${index}${found.pointer}` })));
      return [];
    }
  });
  if (issues.length > 0) throw new StoreDataError(issues, where);
  return { tenant, instanceId, events };
}

function parseIdempotencyRow(row: unknown, where: string): MemoryStoreDump['idempotency'][number] {
  const { tenant, instanceId } = owner(row, where);
  const { key, result } = row as Record<string, unknown>;
  if (typeof key !== 'string' || key.length === 0) {
    throw new StoreDataError([issue('/key', 'row.invalid_type', '应为非空字符串', 'expected a non-empty string')], where);
  }
  if (result === undefined) throw new StoreDataError([issue('/result', 'row.invalid_type', '缺少记录的结果', 'the recorded result is missing')], where);
  return { tenant, instanceId, key, result };
}

/** The tenant and instance a dump row of events or idempotency keys belongs to. */
function owner(row: unknown, where: string): { tenant: string; instanceId: string } {
  if (!isRecord(row)) throw new StoreDataError([issue('', 'row.invalid_type', '应为对象', 'expected an object')], where);
  const issues: Issue[] = [];
  if (!isTenantId(row.tenant)) issues.push(issue('/tenant', 'row.tenant', '不是合法的租户标识', 'not a well-formed tenant id'));
  if (typeof row.instanceId !== 'string' || row.instanceId.length === 0) {
    issues.push(issue('/instanceId', 'row.invalid_type', '应为非空字符串', 'expected a non-empty string'));
  }
  if (issues.length > 0) throw new StoreDataError(issues, where);
  return { tenant: row.tenant as string, instanceId: row.instanceId as string };
}
