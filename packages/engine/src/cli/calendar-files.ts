import { chinaMainlandCalendar } from '../calendar/china-mainland.js';
import { validateCalendarFiles } from '../calendar/validate.js';
import type { CalendarYearData } from '../calendar/types.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import { CalendarError, type Issue } from '../errors.js';
import type { CliContext } from './cli-context.js';
import { issueLine } from './output.js';
import { readDocument } from './read-document.js';

/** Calendar files given with `--calendar`, read and checked, and the official calendar extended with them. */
export interface CalendarFiles {
  calendar: WorkCalendar;
  /** Each file's path and its data, in the order given. */
  files: Array<{ file: string; data: CalendarYearData }>;
}

/**
 * Reads the `--calendar` files (a year's notice, a committee's own days) and extends the official
 * calendar with them. Returns null when a file is unreadable or invalid, or when the files clash
 * with the official calendar (another region, …), after printing every issue as
 * `FILE#/pointer: message` (or `{ ok: false, issues }` with `--json`).
 */
export async function readCalendarFiles(files: readonly string[], context: CliContext): Promise<CalendarFiles | null> {
  const documents = await Promise.all(files.map((file) => readDocument(file)));
  const found: Array<{ file: string } & Issue> = [];
  const data: unknown[] = [];
  documents.forEach((document, index) => {
    const file = files[index]!;
    const issues = document.value === undefined ? document.issues : validateCalendarFiles([document.value]).issues;
    // Each file is checked as the only item of a list: drop that list's index from the pointer.
    for (const issue of issues) found.push({ ...issue, file, pointer: issue.pointer.replace(/^\/0(?=\/|$)/, '') });
    data.push(document.value);
  });
  if (found.length === 0) {
    try {
      const calendar = chinaMainlandCalendar().extend(data as CalendarYearData[]);
      return { calendar, files: files.map((file, index) => ({ file, data: data[index] as CalendarYearData })) };
    } catch (error) {
      // Files valid one by one can still clash with the official calendar (another region, …).
      if (!(error instanceof CalendarError)) throw error;
      for (const issue of error.issues) found.push({ ...issue, file: files.join(', ') });
    }
  }
  if (context.json) context.out(JSON.stringify({ ok: false, issues: found }, null, 2));
  else for (const { file, ...issue } of found) context.out(issueLine(file, issue, context.lang));
  return null;
}
