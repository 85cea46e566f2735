/**
 * Calendar days in China Standard Time. Committees work in UTC+8 all year (China has no daylight
 * saving time), so a day is a fixed 24-hour span starting at 16:00 UTC of the previous UTC day.
 * Internally a day is a *day number*: whole days since 1970-01-01 in UTC+8.
 */

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

/** The offset of China Standard Time from UTC, in milliseconds (UTC+8, no DST). */
export const CST_OFFSET_MS = 8 * 3_600_000;

/** The first and last years the calendar computes with (outside them: `RangeError`). */
export const MIN_YEAR = 1900;
/** @see MIN_YEAR */
export const MAX_YEAR = 9999;

/**
 * A calendar day as the API accepts it: an instant (`Date`, read in UTC+8) or the day itself
 * written `YYYY-MM-DD`.
 */
export type CalendarDay = Date | string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of the UTC+8 calendar day `year-month-day` (month 1–12); no range check. */
export function dayNumberOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** The day number of a `YYYY-MM-DD` string, or `undefined` if it is not a real date. */
export function parseIsoDay(text: string): number | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const number = dayNumberOf(year, month, day);
  return formatDayNumber(number) === text ? number : undefined;
}

/** The UTC+8 day number of an instant. */
export function dayOfInstant(instant: Date): number {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid Date / 无效的时间');
  return Math.floor((time + CST_OFFSET_MS) / DAY_MS);
}

/** The day number of a {@link CalendarDay}; throws `RangeError` for anything else. */
export function toDayNumber(day: CalendarDay): number {
  if (day instanceof Date) return dayOfInstant(day);
  const number = typeof day === 'string' ? parseIsoDay(day) : undefined;
  if (number === undefined) {
    throw new RangeError(`Not a calendar day (expected YYYY-MM-DD or a Date): ${String(day)} / 不是有效日期`);
  }
  return number;
}

/** Writes a day number as `YYYY-MM-DD`. */
export function formatDayNumber(day: number): string {
  const date = new Date(day * DAY_MS);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${dayOfMonth}`;
}

/** The year a day number falls in. */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** The day of the week of a day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** True for Saturday and Sunday. */
export function isWeekend(day: number): boolean {
  const weekday = weekdayOfDay(day);
  return weekday === 0 || weekday === 6;
}

/** The instant a day begins: 00:00 UTC+8. The end of day `d` is the start of day `d + 1`. */
export function startOfDay(day: number): Date {
  return new Date(day * DAY_MS - CST_OFFSET_MS);
}
