/**
 * The whitelist of functions an expression may call, by bare name only (`len(x)`, never
 * `payload.len(x)`). A Map rather than an object, so no inherited name can ever be found.
 */
import { dayOfInstant, formatDayNumber, parseIsoDay } from '../../calendar/civil-day.js';
import { deepEqual, isMember, isPlainObject, readMember } from './values.js';

/** A function of the language: its accepted argument counts, its usage line and its body. */
export interface ExpressionFunction {
  /** Fewest arguments accepted. */
  readonly minArgs: number;
  /** Most arguments accepted (`Infinity` for variadic functions). */
  readonly maxArgs: number;
  /** How it is called, for messages: `contains(list, x)`. */
  readonly usage: string;
  readonly call: (args: readonly unknown[]) => unknown;
}

/** Whether a list item is an object whose own `field` equals `value` (deep equality). */
function fieldEquals(item: unknown, field: unknown, value: unknown): boolean {
  return typeof field === 'string' && isPlainObject(item) && deepEqual(readMember(item, field), value);
}

function onString(transform: (value: string) => string): ExpressionFunction['call'] {
  return ([value]) => (typeof value === 'string' ? transform(value) : undefined);
}

/** The callable functions, by name. */
export const FUNCTIONS: ReadonlyMap<string, ExpressionFunction> = new Map<string, ExpressionFunction>([
  [
    'len',
    {
      minArgs: 1,
      maxArgs: 1,
      usage: 'len(x)',
      call: ([value]) => {
        if (typeof value === 'string' || Array.isArray(value)) return value.length;
        if (isPlainObject(value)) return Object.keys(value).length;
        return 0;
      },
    },
  ],
  ['contains', { minArgs: 2, maxArgs: 2, usage: 'contains(list, x)', call: ([list, item]) => isMember(item, list) }],
  ['lower', { minArgs: 1, maxArgs: 1, usage: 'lower(s)', call: onString((value) => value.toLowerCase()) }],
  ['upper', { minArgs: 1, maxArgs: 1, usage: 'upper(s)', call: onString((value) => value.toUpperCase()) }],
  ['trim', { minArgs: 1, maxArgs: 1, usage: 'trim(s)', call: onString((value) => value.trim()) }],
  [
    'count',
    {
      minArgs: 3,
      maxArgs: 3,
      usage: 'count(list, field, value)',
      call: ([list, field, value]) => (Array.isArray(list) ? list.filter((item) => fieldEquals(item, field, value)).length : 0),
    },
  ],
  [
    'concat',
    {
      minArgs: 1,
      maxArgs: Infinity,
      usage: 'concat(list, …)',
      call: (lists) => (lists.every(Array.isArray) ? lists.flat(1) : undefined),
    },
  ],
  [
    'where',
    {
      minArgs: 3,
      maxArgs: 3,
      usage: 'where(list, field, value)',
      call: ([list, field, value]) => (Array.isArray(list) ? list.filter((item) => fieldEquals(item, field, value)) : []),
    },
  ],
  ['day', { minArgs: 1, maxArgs: 1, usage: 'day(t)', call: ([value]) => calendarDay(value) }],
  [
    'coalesce',
    {
      minArgs: 1,
      maxArgs: Infinity,
      usage: 'coalesce(a, b, …)',
      call: (args) => args.find((value) => value !== null && value !== undefined),
    },
  ],
]);

/** An ISO 8601 date-time with a zone (`Z` or `±hh:mm`), such as `now`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The committee's calendar day (UTC+8, as deadlines count days) of an instant, as `YYYY-MM-DD`;
 * a `YYYY-MM-DD` day stays itself; anything else is `undefined`. So `payload.date <= day(now)`
 * compares days as the committee lives them, not UTC dates.
 */
function calendarDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (parseIsoDay(value) !== undefined) return value;
  if (!INSTANT.test(value)) return undefined;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : formatDayNumber(dayOfInstant(instant));
}
