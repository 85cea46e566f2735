import { addDuration, parseIsoDuration, type IsoDuration } from '../runtime/duration.js';
import { CST_OFFSET_MS } from './civil-day.js';
import type { DueResult, WarnResult } from './types.js';
import type { WorkCalendar } from './work-calendar.js';

/** A deadline string of the workflow language (`within`, `warnBefore`), parsed. */
export type Deadline =
  /** `15WD`: working days (工作日) on the committee calendar. */
  | { kind: 'workingDays'; days: number }
  /** `P3M`, `P15D`, `PT4H`: an ISO 8601 duration in calendar time. */
  | { kind: 'duration'; duration: IsoDuration };

const WORKING_DAYS = /^(\d{1,5})WD$/;

/** Whether a parsed deadline is zero long (`0WD`, `P0D`): no deadline a committee can mean. */
export function isZeroDeadline(deadline: Deadline): boolean {
  if (deadline.kind === 'workingDays') return deadline.days === 0;
  return Object.values(deadline.duration).every((part) => part === 0);
}

/**
 * Parses a deadline string: working days (`15WD`, up to 99999) or an ISO 8601 duration (`P3M`,
 * `P15D`, `PT4H`, `P1DT12H`). Returns `undefined` for anything else.
 */
export function parseDeadline(text: string): Deadline | undefined {
  const workingDays = WORKING_DAYS.exec(text);
  if (workingDays) return { kind: 'workingDays', days: Number(workingDays[1]) };
  const duration = parseIsoDuration(text);
  return duration ? { kind: 'duration', duration } : undefined;
}

function parseOrThrow(text: string): Deadline {
  const deadline = parseDeadline(text);
  if (!deadline) {
    throw new RangeError(
      `Not a deadline: "${text}" (expected an ISO 8601 duration such as P3M, or working days such as 15WD) / 不是有效的时限：“${text}”（应为 P3M 这样的 ISO 8601 时长或 15WD 这样的工作日数）`,
    );
  }
  return deadline;
}

/**
 * When a deadline (办理时限) counted from `start` falls due.
 *
 * - `nWD`: n working days on `calendar`, counted from the day after `start`'s day (UTC+8); the
 *   start day never counts. Due at the end of the n-th working day (24:00 UTC+8 = 00:00 of the
 *   next day). 15WD after Tuesday 2026-02-10 → end of Monday 2026-03-09.
 * - ISO 8601 durations: calendar time, holidays included (`P3M` from 31 January → 30 April, same
 *   time of day; `PT4H` → four hours later), never provisional.
 *
 * `provisional` is true when the count went through a year the calendar has no full file for.
 *
 * @throws RangeError for a string that is neither form, or an invalid `start`.
 */
export function computeDue(start: Date, within: string, calendar: WorkCalendar): DueResult {
  if (Number.isNaN(start.getTime())) throw new RangeError('Invalid start Date / 无效的开始时间');
  const deadline = parseOrThrow(within);
  if (deadline.kind === 'duration') return { due: addDuration(start, within), provisional: false };
  const { due, provisional } = calendar.addWorkingDays(start, deadline.days);
  return { due, provisional };
}

/**
 * The instant a deadline enters its warning window (预警), given when it falls `due`.
 *
 * - `nWD`: the start (00:00 UTC+8) of the n-th working day counted backwards from the due day,
 *   the due day included when it is a working day. The due day is the day the deadline ends: for a
 *   due at 24:00 (as `computeDue` gives for working days), the day just ending. So with 3WD and a
 *   due at the end of Monday 2026-03-09, the warning starts Thursday 2026-03-05 00:00: from then,
 *   three working days remain (03-05, 03-06, 03-09). `0WD` gives `due` itself.
 * - ISO 8601 durations: `due` minus the duration in calendar time (months clamp to the month's
 *   end, mirroring `addDuration`).
 *
 * The result may lie before the deadline's start when the window is longer than the deadline;
 * the host decides whether to warn at once.
 *
 * @throws RangeError for a string that is neither form, or an invalid `due`.
 */
export function warnAt(due: Date, warnBefore: string, calendar: WorkCalendar): WarnResult {
  if (Number.isNaN(due.getTime())) throw new RangeError('Invalid due Date / 无效的到期时间');
  const deadline = parseOrThrow(warnBefore);
  if (deadline.kind === 'duration') return { at: subtractDuration(due, warnBefore), provisional: false };
  if (deadline.days === 0) return { at: new Date(due), provisional: false };
  const window = calendar.lastWorkingDays(new Date(due.getTime() - 1), deadline.days);
  return { at: window.start, provisional: window.provisional };
}

/**
 * Subtracts an ISO 8601 duration from an instant: the mirror of `addDuration`. The time part is
 * taken off first, then years, months (clamped to the month's last day) and days, in UTC+8.
 *
 * @throws RangeError when `duration` is not an ISO 8601 duration.
 */
export function subtractDuration(instant: Date, duration: string): Date {
  const parsed = parseIsoDuration(duration);
  if (!parsed) throw new RangeError(`Not an ISO 8601 duration: ${duration}`);
  const timeMs = ((parsed.hours * 60 + parsed.minutes) * 60 + parsed.seconds) * 1000;
  const local = new Date(instant.getTime() + CST_OFFSET_MS - timeMs);
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCFullYear(local.getUTCFullYear() - parsed.years);
  local.setUTCMonth(local.getUTCMonth() - parsed.months);
  const lastDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  local.setUTCDate(Math.min(day, lastDay) - parsed.weeks * 7 - parsed.days);
  return new Date(local.getTime() - CST_OFFSET_MS);
}
