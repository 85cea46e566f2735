import { dayNumberOf, isWeekend, parseIsoDay } from './civil-day.js';
import type { CalendarYearData } from './types.js';

/** A day listed in a calendar file. */
export interface DayMark {
  /** `holiday`: a day off; `makeup`: a working day. */
  kind: 'holiday' | 'makeup';
  /** Its name in the file. */
  name: string;
}

/**
 * One year, precomputed once: a working-day flag per day and a running count, so that counting
 * and searching working days inside the year take no allocation and at most a binary search.
 */
export interface YearTable {
  /** The calendar year. */
  readonly year: number;
  /** The day number of 1 January. */
  readonly first: number;
  /** 365 or 366. */
  readonly length: number;
  /** `working[i]` is 1 when day `first + i` is a working day. */
  readonly working: Uint8Array;
  /** `before[i]` = working days among days `first … first + i - 1`; `before[length]` is the year's total. */
  readonly before: Uint16Array;
  /** Listed days, by index in the year. */
  readonly marks: ReadonlyMap<number, DayMark>;
  /** False when no full-year file covers the year: only weekends (and overlays) are known. */
  readonly complete: boolean;
}

/**
 * Builds a year's table: weekends off, then the full-year file (if any), then each overlay in
 * order, a later listing of a day replacing an earlier one.
 */
export function buildYearTable(
  year: number,
  full: CalendarYearData | undefined,
  overlays: readonly CalendarYearData[],
): YearTable {
  const first = dayNumberOf(year, 1, 1);
  const length = dayNumberOf(year + 1, 1, 1) - first;
  const marks = new Map<number, DayMark>();
  for (const file of full ? [full, ...overlays] : overlays) {
    for (const holiday of file.holidays ?? []) {
      const from = parseIsoDay(holiday.from);
      const to = parseIsoDay(holiday.to);
      if (from === undefined || to === undefined) continue; // validated before
      for (let day = from; day <= to; day++) marks.set(day - first, { kind: 'holiday', name: holiday.name });
    }
    for (const workday of file.workdays ?? []) {
      const day = parseIsoDay(workday.date);
      if (day !== undefined) marks.set(day - first, { kind: 'makeup', name: workday.name });
    }
  }
  const working = new Uint8Array(length);
  const before = new Uint16Array(length + 1);
  for (let index = 0; index < length; index++) {
    const mark = marks.get(index);
    const isWorking = mark ? mark.kind === 'makeup' : !isWeekend(first + index);
    working[index] = isWorking ? 1 : 0;
    before[index + 1] = (before[index] ?? 0) + (isWorking ? 1 : 0);
  }
  return { year, first, length, working, before, marks, complete: full !== undefined };
}

/** Working days of the table among the days before index `index` (0 … length). */
export function workingBefore(table: YearTable, index: number): number {
  return table.before[index] ?? 0;
}

/**
 * The index in the year of its `count`-th working day (1-based; `1 ≤ count ≤` the year's total):
 * the smallest `k` with `before[k] ≥ count`, minus one. A binary search.
 */
export function nthWorkingIndex(table: YearTable, count: number): number {
  let low = 1;
  let high = table.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (workingBefore(table, middle) >= count) high = middle;
    else low = middle + 1;
  }
  return low - 1;
}
