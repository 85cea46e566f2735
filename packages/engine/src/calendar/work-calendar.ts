import { CalendarError } from '../errors.js';
import { text } from '../localized-text.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  formatDayNumber,
  startOfDay,
  toDayNumber,
  weekdayOfDay,
  yearOfDay,
  type CalendarDay,
} from './civil-day.js';
import type { CalendarYearData, DayInfo, WorkingDayCount, WorkingDayResult, WorkingDayWindow } from './types.js';
import { validateCalendarFiles } from './validate.js';
import { buildYearTable, nthWorkingIndex, workingBefore, type YearTable } from './year-table.js';

/** Options of {@link createWorkCalendar}. */
export interface WorkCalendarOptions {
  /**
   * What to do with a day in a year that no full-year file covers:
   *
   * - `'provisional'` (default): count only weekends as days off there (plus any overlay for that
   *   year) and mark every result that counted through such a year `provisional: true`, so the host
   *   can recompute it once the year's notice is added;
   * - `'throw'`: refuse with a {@link CalendarError} of code `calendar.yearMissing`.
   */
  missingYear?: 'provisional' | 'throw';
}

/**
 * A working calendar (工作日历) in China Standard Time: which days are working days, and counting
 * in working days. Working days are counted from the day *after* the start day, which never counts;
 * a deadline of n working days falls due at the end (24:00 UTC+8) of the n-th one.
 */
export interface WorkCalendar {
  /** The region of the full-year files (`cn`), or `undefined` when there are none. */
  readonly region: string | undefined;
  /** The years a full-year file covers, ascending. Results within them are never provisional. */
  readonly years: readonly number[];
  /** The files the calendar was built from, in the order given. */
  readonly data: readonly CalendarYearData[];
  /** The options it was built with. */
  readonly options: Readonly<WorkCalendarOptions>;
  /** True when a full-year file covers `year`. */
  hasYear(year: number): boolean;
  /** Whether the day (UTC+8) is a working day. */
  isWorkingDay(day: CalendarDay): boolean;
  /** What the calendar says about a day: working or not, why, and the holiday's name. */
  describeDay(day: CalendarDay): DayInfo;
  /**
   * The n-th working day after `start`'s day (n ≥ 0, an integer). The start day never counts, even
   * when it is a working day; when it is a holiday, counting simply begins with the next working
   * day. `n = 0` gives the start day itself. `due` is the end of the resulting day.
   */
  addWorkingDays(start: CalendarDay, n: number): WorkingDayResult;
  /**
   * The first day of the last `n` working days (n ≥ 1) ending with `end`'s day, which counts when
   * it is a working day: working days counted backwards. Used for warning windows.
   */
  lastWorkingDays(end: CalendarDay, n: number): WorkingDayWindow;
  /**
   * Working days after `a`'s day up to and including `b`'s day; negative when `b` is before `a`.
   * So `workingDaysBetween(s, addWorkingDays(s, n).date).days === n`.
   */
  workingDaysBetween(a: CalendarDay, b: CalendarDay): WorkingDayCount;
  /** A new calendar with more files after these (a new year's notice, a local overlay). */
  extend(more: readonly CalendarYearData[], options?: WorkCalendarOptions): WorkCalendar;
}

/**
 * Builds a working calendar from calendar files (`schema/calendar.schema.json`): any number of
 * full-year files and local overlays, validated first.
 *
 * Per year: a full-year file replaces any earlier full-year file for the same year (a corrected
 * notice); overlays for the year then apply on top of it in the order given, a later listing of a
 * day replacing an earlier one — whatever their position relative to the full file. A year with
 * only overlays stays provisional.
 *
 * @throws CalendarError (`calendar.invalid`) listing every problem, each with a pointer such as
 *   `/1/holidays/0/to` (file 1, its first holiday, `to`) and what was expected.
 */
export function createWorkCalendar(
  years: readonly CalendarYearData[],
  options: WorkCalendarOptions = {},
): WorkCalendar {
  const validation = validateCalendarFiles(years);
  if (!validation.valid) throw new CalendarError(validation.issues);
  const files: readonly CalendarYearData[] = Object.freeze([...years]);
  const settings: Readonly<WorkCalendarOptions> = Object.freeze({ ...options });

  const fullByYear = new Map<number, CalendarYearData>();
  const overlaysByYear = new Map<number, CalendarYearData[]>();
  for (const file of files) {
    if (file.overlay === true) {
      const list = overlaysByYear.get(file.year) ?? [];
      list.push(file);
      overlaysByYear.set(file.year, list);
    } else {
      fullByYear.set(file.year, file);
    }
  }

  const tables = new Map<number, YearTable>();
  for (const year of new Set([...fullByYear.keys(), ...overlaysByYear.keys()])) {
    tables.set(year, buildYearTable(year, fullByYear.get(year), overlaysByYear.get(year) ?? []));
  }
  const coveredYears = Object.freeze([...fullByYear.keys()].sort((a, b) => a - b));
  const region = files.find((file) => file.overlay !== true)?.region;

  let recent: YearTable | undefined;
  /** The table of the year containing `day`, built on first use for a year without data. */
  function tableForDay(day: number): YearTable {
    if (recent && day >= recent.first && day < recent.first + recent.length) return recent;
    const year = yearOfDay(day);
    let table = tables.get(year);
    if (!table) {
      if (year < MIN_YEAR || year > MAX_YEAR) {
        throw new RangeError(`The working calendar covers ${MIN_YEAR}–${MAX_YEAR}, not ${year} / 工作日历只支持 ${MIN_YEAR}–${MAX_YEAR} 年`);
      }
      if (settings.missingYear === 'throw') throw missingYearError(year);
      table = buildYearTable(year, undefined, []);
      tables.set(year, table);
    }
    if (!table.complete && settings.missingYear === 'throw') throw missingYearError(year);
    recent = table;
    return table;
  }

  const calendar: WorkCalendar = {
    region,
    years: coveredYears,
    data: files,
    options: settings,
    hasYear: (year) => fullByYear.has(year),

    isWorkingDay(day) {
      const number = toDayNumber(day);
      const table = tableForDay(number);
      return table.working[number - table.first] === 1;
    },

    describeDay(day) {
      const number = toDayNumber(day);
      const table = tableForDay(number);
      const index = number - table.first;
      const mark = table.marks.get(index);
      const weekday = weekdayOfDay(number);
      const info: DayInfo = {
        date: formatDayNumber(number),
        weekday,
        working: table.working[index] === 1,
        kind: mark ? mark.kind : weekday === 0 || weekday === 6 ? 'weekend' : 'weekday',
        provisional: !table.complete,
      };
      if (mark) info.name = mark.name;
      return info;
    },

    addWorkingDays(start, n) {
      checkCount(n, 0);
      const startDay = toDayNumber(start);
      if (n === 0) return dayResult(startDay, false);
      let day = startDay + 1;
      let remaining = n;
      let provisional = false;
      for (;;) {
        const table = tableForDay(day);
        if (!table.complete) provisional = true;
        const done = workingBefore(table, day - table.first);
        const available = workingBefore(table, table.length) - done;
        if (remaining <= available) return dayResult(table.first + nthWorkingIndex(table, done + remaining), provisional);
        remaining -= available;
        day = table.first + table.length;
      }
    },

    lastWorkingDays(end, n) {
      checkCount(n, 1);
      let day = toDayNumber(end);
      let remaining = n;
      let provisional = false;
      for (;;) {
        const table = tableForDay(day);
        if (!table.complete) provisional = true;
        const available = workingBefore(table, day - table.first + 1);
        if (remaining <= available) {
          const first = table.first + nthWorkingIndex(table, available - remaining + 1);
          return { date: formatDayNumber(first), start: startOfDay(first), provisional };
        }
        remaining -= available;
        day = table.first - 1;
      }
    },

    workingDaysBetween(a, b) {
      const dayA = toDayNumber(a);
      const dayB = toDayNumber(b);
      const sign = dayB >= dayA ? 1 : -1;
      // Working days in (low, high].
      let day = Math.min(dayA, dayB) + 1;
      const high = Math.max(dayA, dayB);
      let days = 0;
      let provisional = false;
      while (day <= high) {
        const table = tableForDay(day);
        if (!table.complete) provisional = true;
        const last = Math.min(high, table.first + table.length - 1);
        days += workingBefore(table, last - table.first + 1) - workingBefore(table, day - table.first);
        day = last + 1;
      }
      return { days: sign * days, provisional };
    },

    extend(more, extendOptions) {
      return createWorkCalendar([...files, ...more], extendOptions ?? settings);
    },
  };
  return Object.freeze(calendar);
}

function dayResult(day: number, provisional: boolean): WorkingDayResult {
  return { date: formatDayNumber(day), due: startOfDay(day + 1), provisional };
}

function checkCount(n: number, minimum: number): void {
  if (!Number.isSafeInteger(n) || n < minimum) {
    throw new RangeError(`The number of working days must be an integer ≥ ${minimum}, not ${n} / 工作日数应为不小于 ${minimum} 的整数`);
  }
}

function missingYearError(year: number): CalendarError {
  return new CalendarError(
    [
      {
        pointer: '',
        code: 'calendar.yearMissing',
        message: text(
          `没有 ${year} 年的工作日历数据：请加入该年的节假日安排文件`,
          `No working calendar data for ${year}: add that year's holiday file`,
        ),
      },
    ],
    'calendar.yearMissing',
  );
}
