import { chinaMainlandCalendarData } from '../calendar/china-mainland.js';
import { dayOfInstant, formatDayNumber, parseIsoDay, yearOfDay } from '../calendar/civil-day.js';
import type { CalendarYearData } from '../calendar/types.js';
import { text, type LocalizedText } from '../localized-text.js';
import { readCalendarFiles } from './calendar-files.js';
import { EXIT, type CliContext } from './cli-context.js';
import { printable } from './output.js';

/** One year the calendar has files for. */
export interface CalendarYearReport {
  year: number;
  /** A full-year file covers it: results counted through it are never provisional. */
  complete: boolean;
  /** Its files: shipped with the engine (`bundled`), or given with `--calendar` (`file`, its path). */
  files: Array<{ bundled: boolean; file?: string; source: string; overlay: boolean }>;
}

/** A year `calendar check` warns about. */
export interface CalendarYearWarning {
  year: number;
  code: 'calendar.currentYearMissing' | 'calendar.nextYearMissing';
  message: LocalizedText;
}

/** What `luzhi calendar check` reports (its `--json` output). */
export interface CalendarCheckReport {
  /** True when the current and the next year both have full-year data. */
  ok: boolean;
  /** Today in China Standard Time (UTC+8), `YYYY-MM-DD`. */
  today: string;
  years: CalendarYearReport[];
  warnings: CalendarYearWarning[];
}

/**
 * Which years the bundled calendar and the given files cover, and a warning for the current and
 * the next year (counted from `today`, `YYYY-MM-DD`) when no full-year file covers them.
 */
export function checkCalendarYears(files: ReadonlyArray<{ file: string; data: CalendarYearData }>, today: string): CalendarCheckReport {
  const all = [...chinaMainlandCalendarData.map((data) => ({ file: undefined, data })), ...files];
  const byYear = new Map<number, CalendarYearReport>();
  for (const { file, data } of all) {
    const entry = byYear.get(data.year) ?? { year: data.year, complete: false, files: [] };
    entry.complete ||= data.overlay !== true;
    entry.files.push({ bundled: file === undefined, ...(file === undefined ? {} : { file }), source: data.source, overlay: data.overlay === true });
    byYear.set(data.year, entry);
  }
  const year = yearOfDay(parseIsoDay(today)!);
  const warnings: CalendarYearWarning[] = [];
  const missing = (candidate: number) => byYear.get(candidate)?.complete !== true;
  if (missing(year)) {
    warnings.push({
      year,
      code: 'calendar.currentYearMissing',
      message: text(
        `今年（${year} 年）没有完整的日历数据：计入该年的工作日时限只跳过周末，标记为暂定（provisional）`,
        `this year (${year}) has no full-year calendar data: working-day deadlines counted into it skip weekends only and are marked provisional`,
      ),
    });
  }
  if (missing(year + 1)) {
    warnings.push({
      year: year + 1,
      code: 'calendar.nextYearMissing',
      message: text(
        `明年（${year + 1} 年）没有完整的日历数据：计入该年的工作日时限只跳过周末，标记为暂定（provisional）`,
        `next year (${year + 1}) has no full-year calendar data: working-day deadlines counted into it skip weekends only and are marked provisional`,
      ),
    });
  }
  const years = [...byYear.values()].sort((a, b) => a.year - b.year);
  return { ok: warnings.length === 0, today, years, warnings };
}

/** Today in China Standard Time, `YYYY-MM-DD`. */
export function todayInChina(now: Date): string {
  return formatDayNumber(dayOfInstant(now));
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(value: string): boolean {
  return parseIsoDay(value) !== undefined;
}

/**
 * `luzhi calendar check`: lists the years with calendar data (bundled, and the `--calendar`
 * files) and warns when the current or the next year has none. Returns the exit status: 0 both
 * years have data, 1 a file is unreadable or invalid, 3 a year is missing ({@link EXIT}).
 */
export async function calendarCheckCommand(calendarFiles: readonly string[], today: string, context: CliContext): Promise<number> {
  const read = await readCalendarFiles(calendarFiles, context);
  if (read === null) return EXIT.failed;
  const report = checkCalendarYears(read.files, today);
  const status = report.ok ? EXIT.ok : EXIT.yearMissing;
  if (context.json) {
    context.out(JSON.stringify(report, null, 2));
    return status;
  }
  const say = (message: LocalizedText) => message[context.lang];
  context.out(say(text(`日历数据（今天 ${today}，北京时间）：`, `Calendar data (today ${today}, China Standard Time):`)));
  for (const entry of report.years) {
    const kind = entry.complete ? text('完整', 'full year') : text('仅本地调整（暂定）', 'overlay only (provisional)');
    context.out(`  ${entry.year}  ${say(kind)}`);
    for (const file of entry.files) {
      const where = file.file === undefined ? say(text('内置', 'bundled')) : printable(file.file);
      const overlay = file.overlay ? say(text('（本地调整）', ' (overlay)')) : '';
      context.out(`        ${where}${overlay}${say(text('：', ': '))}${printable(file.source)}`);
    }
  }
  for (const warning of report.warnings) context.out(`⚠ ${say(warning.message)}`);
  if (report.ok) {
    const year = Number(today.slice(0, 4));
    context.out(say(text(`✓ 今年（${year} 年）和明年（${year + 1} 年）都有日历数据`, `✓ this year (${year}) and next year (${year + 1}) both have calendar data`)));
  } else {
    context.out(
      say(
        text(
          '国务院办公厅公布放假安排后，把该年的日历文件交给引擎（--calendar 或 chinaMainlandCalendar().extend()），暂定的时限会重新计算：见 docs/calendar.md',
          "Once the State Council publishes the year's schedule, give the engine that year's calendar file (--calendar or chinaMainlandCalendar().extend()) and provisional deadlines are recounted: see docs/calendar.md",
        ),
      ),
    );
  }
  return status;
}
