import calendarSchema from '../../schema/calendar.schema.json' with { type: 'json' };
import type { Issue } from '../errors.js';
import { text } from '../localized-text.js';
import { joinPointer, toPointer } from '../json-pointer.js';
import { createAjv, type ValidateFunction } from '../definition/ajv.js';
import { ajvErrorsToIssues } from '../definition/ajv-issues.js';
import { isWeekend, parseIsoDay, weekdayOfDay } from './civil-day.js';
import type { CalendarYearData } from './types.js';

/** The outcome of {@link validateCalendarData} and {@link validateCalendarFiles}. */
export interface CalendarValidation<T> {
  /** True when there is no issue. */
  valid: boolean;
  /** Every problem found, each at the JSON pointer of the offending value. */
  issues: Issue[];
  /** The input, typed, when it is valid. */
  data?: T;
}

let schemaValidator: ValidateFunction | undefined;

const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Validates one calendar file: first its structure against `schema/calendar.schema.json` (codes
 * `calendar.<keyword>`, e.g. `calendar.format` for `2026-02-30`), then, when the structure is
 * valid, its consistency:
 *
 * - `calendar.outsideYear`: a date not in the file's `year`;
 * - `calendar.rangeReversed`: a holiday whose `from` is after its `to`;
 * - `calendar.overlap`: two holidays sharing a day; `calendar.duplicate`: a working day listed twice;
 * - `calendar.conflict`: a day listed both as a holiday and as a working day;
 * - `calendar.workdayNotWeekend`: in a full-year file, a make-up working day on Monday–Friday
 *   (already a working day: most likely a typo). Overlays may list any day.
 *
 * Pointers are relative to the file. Never throws.
 */
export function validateCalendarData(input: unknown): CalendarValidation<CalendarYearData> {
  schemaValidator ??= createAjv().compile(calendarSchema);
  if (!schemaValidator(input)) {
    return { valid: false, issues: ajvErrorsToIssues(schemaValidator.errors, 'calendar') };
  }
  const data = input as CalendarYearData;
  const issues = consistencyIssues(data);
  return issues.length > 0 ? { valid: false, issues } : { valid: true, issues, data };
}

/**
 * Validates a list of calendar files as `createWorkCalendar` receives them. Each file is checked
 * with {@link validateCalendarData}, its pointers prefixed with its index in the list
 * (`/1/holidays/0/to`); then the full-year files must all name the same `region`
 * (`calendar.regionMismatch`). Never throws.
 */
export function validateCalendarFiles(input: unknown): CalendarValidation<CalendarYearData[]> {
  if (!Array.isArray(input)) {
    return {
      valid: false,
      issues: [
        {
          pointer: '',
          code: 'calendar.type',
          message: text('日历数据应为日历文件的数组', 'calendar data must be an array of calendar files'),
        },
      ],
    };
  }
  const issues: Issue[] = [];
  let firstFull: { index: number; region: string } | undefined;
  input.forEach((file: unknown, index) => {
    const result = validateCalendarData(file);
    for (const issue of result.issues) issues.push({ ...issue, pointer: toPointer([index]) + issue.pointer });
    const data = result.data;
    if (!data || data.overlay === true) return;
    if (!firstFull) {
      firstFull = { index, region: data.region };
    } else if (data.region !== firstFull.region) {
      const where = toPointer([firstFull.index, 'region']);
      issues.push({
        pointer: toPointer([index, 'region']),
        code: 'calendar.regionMismatch',
        message: text(
          `地区“${data.region}”与另一完整年度文件的地区“${firstFull.region}”（${where}）不一致；本地调整请设 "overlay": true`,
          `region "${data.region}" differs from "${firstFull.region}" of another full-year file (${where}); set "overlay": true for a local change`,
        ),
      });
    }
  });
  return issues.length > 0 ? { valid: false, issues } : { valid: true, issues, data: input as CalendarYearData[] };
}

function consistencyIssues(data: CalendarYearData): Issue[] {
  const issues: Issue[] = [];
  const holidayDays = new Map<number, { index: number; name: string }>();
  const inYear = (value: string, pointer: string): number | undefined => {
    const day = parseIsoDay(value);
    if (day === undefined) return undefined; // the schema's `format: date` reports it
    if (!value.startsWith(`${String(data.year).padStart(4, '0')}-`)) {
      issues.push({
        pointer,
        code: 'calendar.outsideYear',
        message: text(
          `日期 ${value} 不在本文件的年份 ${data.year} 内（跨年的假期请分别写入两年的文件）`,
          `date ${value} is outside the file's year ${data.year} (split a break that spans New Year across both years' files)`,
        ),
      });
      return undefined;
    }
    return day;
  };

  (data.holidays ?? []).forEach((holiday, index) => {
    const from = inYear(holiday.from, toPointer(['holidays', index, 'from']));
    const to = inYear(holiday.to, toPointer(['holidays', index, 'to']));
    if (from === undefined || to === undefined) return;
    if (from > to) {
      issues.push({
        pointer: toPointer(['holidays', index, 'to']),
        code: 'calendar.rangeReversed',
        message: text(
          `放假结束日 ${holiday.to} 早于开始日 ${holiday.from}`,
          `"to" (${holiday.to}) is before "from" (${holiday.from})`,
        ),
      });
      return;
    }
    for (let day = from; day <= to; day++) {
      const earlier = holidayDays.get(day);
      if (earlier) {
        const where = toPointer(['holidays', earlier.index]);
        issues.push({
          pointer: toPointer(['holidays', index]),
          code: 'calendar.overlap',
          message: text(
            `放假日期与 ${where}（${earlier.name}）重叠`,
            `the holiday overlaps ${where} (${earlier.name})`,
          ),
        });
        break;
      }
    }
    for (let day = from; day <= to; day++) holidayDays.set(day, { index, name: holiday.name });
  });

  const workdays = new Map<number, number>();
  (data.workdays ?? []).forEach((workday, index) => {
    const pointer = toPointer(['workdays', index, 'date']);
    const day = inYear(workday.date, pointer);
    if (day === undefined) return;
    const earlier = workdays.get(day);
    const holiday = holidayDays.get(day);
    if (earlier !== undefined) {
      const where = joinPointer('/workdays', earlier);
      issues.push({
        pointer,
        code: 'calendar.duplicate',
        message: text(`上班日 ${workday.date} 重复，已见于 ${where}`, `working day ${workday.date} is already listed at ${where}`),
      });
    } else if (holiday) {
      const where = toPointer(['holidays', holiday.index]);
      issues.push({
        pointer,
        code: 'calendar.conflict',
        message: text(
          `${workday.date} 同时列为放假（${where}，${holiday.name}）和上班日`,
          `${workday.date} is listed both as a holiday (${where}, ${holiday.name}) and as a working day`,
        ),
      });
    } else if (data.overlay !== true && !isWeekend(day)) {
      const weekday = weekdayOfDay(day);
      issues.push({
        pointer,
        code: 'calendar.workdayNotWeekend',
        message: text(
          `${workday.date} 是星期${WEEKDAYS_ZH[weekday]}，本就是工作日；完整年度文件中的调休上班日应为周六或周日（本地调整请设 "overlay": true）`,
          `${workday.date} is a ${WEEKDAYS_EN[weekday]}, already a working day; a make-up working day in a full-year file must be a Saturday or Sunday (set "overlay": true for a local change)`,
        ),
      });
    }
    workdays.set(day, index);
  });
  return issues;
}
