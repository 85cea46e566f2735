import { z } from 'zod';
import { PayloadError, type Issue } from '../errors.js';
import { joinPointer, parsePointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import { storableString } from '../storable-text.js';
import { MAX_COUNT_LIMIT, MAX_QUERY_LIMIT, MAX_QUERY_TERMS } from '../store/instance-query.js';
import { isInstant } from '../store/row-schemas.js';
import { instanceIdSchema, PARSE_OPTIONS, zodIssues } from './command-schema.js';
import type { StoredInstanceQuery } from '../store/store.js';
import type { InstanceQuery } from './types.js';

/** How many instances a page holds when the query does not say. */
export const DEFAULT_QUERY_LIMIT = 50;
/** How many matches `total` counts when the query does not say: past it, the page says `totalCapped`. */
export const DEFAULT_COUNT_LIMIT = 10_000;
/** The longest cursor accepted: far more than any cursor this engine writes. */
const MAX_CURSOR_LENGTH = 1_000;

const instantInput = z.iso.datetime({ offset: true });
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The shape of an {@link InstanceQuery}: `where` and `after` are checked beside it (their keys and text are data). */
const instanceQuerySchema = z.strictObject({
  definition: instanceIdSchema.optional(),
  version: z.number().int().min(1).max(2_147_483_647).optional(),
  state: z.union([storableString.min(1), z.array(storableString.min(1)).min(1).max(MAX_QUERY_TERMS)]).optional(),
  status: z.enum(['active', 'done']).optional(),
  participant: storableString.min(1).optional(),
  unit: storableString.min(1).optional(),
  where: z.custom<Record<string, unknown>>(isObject, { message: 'expected an object of JSON pointers and values' }).optional(),
  createdFrom: instantInput.optional(),
  createdTo: instantInput.optional(),
  limit: z.number().int().min(1).max(MAX_QUERY_LIMIT).optional(),
  countLimit: z.number().int().min(1).max(MAX_COUNT_LIMIT).optional(),
  after: z.string().max(MAX_CURSOR_LENGTH).optional(),
});

const issue = (pointer: string, code: string, zh: string, en: string): Issue => ({ pointer, code, message: text(zh, en) });

/** The `where` entries as the store takes them, or the issues of the pointers that are not pointers. */
function whereEntries(where: Record<string, unknown>, issues: Issue[]): Array<{ pointer: string; value: unknown }> {
  const entries = Object.entries(where);
  if (entries.length > MAX_QUERY_TERMS) {
    issues.push(issue('/where', 'query.tooManyTerms', `where 最多 ${MAX_QUERY_TERMS} 项`, `"where" takes at most ${MAX_QUERY_TERMS} entries`));
  }
  for (const [pointer] of entries) {
    if (parsePointer(pointer) !== undefined) continue;
    issues.push(
      issue(
        joinPointer('/where', pointer),
        'query.pointerInvalid',
        `“${pointer}”不是 JSON 指针：应以 / 开头，~ 后只能是 0 或 1（如 /title）`,
        `"${pointer}" is not a JSON pointer: it starts with / and has ~ only before 0 or 1 (e.g. /title)`,
      ),
    );
  }
  return entries.map(([pointer, value]) => ({ pointer, value }));
}

/** A cursor as this engine writes it: base64url of the JSON `[createdAt, id]` of the last row of a page. */
export function encodeCursor(createdAt: string, id: string): string {
  const bytes = new TextEncoder().encode(JSON.stringify([createdAt, id]));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The position a cursor names, or undefined when it is not a cursor this engine wrote. */
function decodeCursor(cursor: string): { createdAt: string; id: string } | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let position: unknown;
  try {
    const binary = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
    position = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
  } catch {
    return undefined;
  }
  if (!Array.isArray(position) || position.length !== 2) return undefined;
  const [createdAt, id] = position as unknown[];
  if (!isInstant(createdAt) || !instanceIdSchema.safeParse(id).success) return undefined;
  return { createdAt, id: id as string };
}

/**
 * Checks an instance query (already measured and copied to JSON) and turns it into the store's
 * form: instants normalized to UTC, the cursor decoded, one row more than the page asked for (so
 * that the engine knows whether another page follows).
 * @throws PayloadError('command') with pointers into the query.
 */
export function parseInstanceQuery(input: unknown): { query: StoredInstanceQuery; limit: number } {
  const result = instanceQuerySchema.safeParse(input, PARSE_OPTIONS);
  if (!result.success) throw new PayloadError(zodIssues(result.error, 'query'), 'command');
  const given = result.data as InstanceQuery;
  const issues: Issue[] = [];
  const where = given.where === undefined ? undefined : whereEntries(given.where, issues);
  const after = given.after === undefined ? undefined : decodeCursor(given.after);
  if (given.after !== undefined && after === undefined) {
    issues.push(issue('/after', 'query.cursorInvalid', '游标无效：请使用上一页结果中的 next', 'Invalid cursor: pass the "next" of the previous page'));
  }
  if (issues.length > 0) throw new PayloadError(issues, 'command');
  const limit = given.limit ?? DEFAULT_QUERY_LIMIT;
  const utc = (instant: string | undefined): string | undefined => (instant === undefined ? undefined : new Date(instant).toISOString());
  const query: StoredInstanceQuery = {
    limit: limit + 1,
    countLimit: given.countLimit ?? DEFAULT_COUNT_LIMIT,
    ...(given.definition === undefined ? {} : { definitionId: given.definition }),
    ...(given.version === undefined ? {} : { definitionVersion: given.version }),
    ...(given.state === undefined ? {} : { states: typeof given.state === 'string' ? [given.state] : given.state }),
    ...(given.status === undefined ? {} : { status: given.status }),
    ...(given.participant === undefined ? {} : { participant: given.participant }),
    ...(given.unit === undefined ? {} : { unit: given.unit }),
    ...(where === undefined ? {} : { where }),
    ...(given.createdFrom === undefined ? {} : { createdFrom: utc(given.createdFrom) }),
    ...(given.createdTo === undefined ? {} : { createdTo: utc(given.createdTo) }),
    ...(after === undefined ? {} : { after }),
  };
  return { query, limit };
}
