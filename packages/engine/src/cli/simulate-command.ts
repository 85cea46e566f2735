import { chinaMainlandCalendar } from '../calendar/china-mainland.js';
import { validateCalendarFiles } from '../calendar/validate.js';
import type { CalendarYearData } from '../calendar/types.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { CliContext } from './cli-context.js';
import { issueLine } from './output.js';
import { CalendarError, type Issue } from '../errors.js';
import { readDocument } from './read-document.js';
import { runScenario } from './run-scenario.js';
import { createScenarioPrinter } from './scenario-output.js';
import type { ScenarioIssue, ScenarioReport } from './scenario-report.js';

/**
 * The official calendar extended with the given files (a year's notice, a committee's own days);
 * undefined when there are none, null when a file is unreadable or invalid (its issues printed).
 */
async function readCalendars(files: readonly string[], context: CliContext): Promise<WorkCalendar | undefined | null> {
  if (files.length === 0) return undefined;
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
      return chinaMainlandCalendar().extend(data as CalendarYearData[]);
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

/**
 * `luzhi simulate DEFINITION SCENARIO`: reads both files (duplicate keys are issues), runs the
 * scenario with {@link runScenario} and prints each step, or the report as JSON with `--json`.
 * Returns the exit status: 0 when every step passed, 1 otherwise.
 */
export async function simulateCommand(
  definitionFile: string,
  scenarioFile: string,
  context: CliContext,
  calendarFiles: readonly string[] = [],
): Promise<number> {
  const calendar = await readCalendars(calendarFiles, context);
  if (calendar === null) return 1;
  const files = { definition: definitionFile, scenario: scenarioFile };
  const [definition, scenario] = await Promise.all([readDocument(definitionFile), readDocument(scenarioFile)]);
  const readIssues: ScenarioIssue[] = [
    ...definition.issues.map((issue) => ({ ...issue, document: 'definition' as const })),
    ...scenario.issues.map((issue) => ({ ...issue, document: 'scenario' as const })),
  ];
  let report: ScenarioReport;
  if (readIssues.length > 0) {
    report = { ok: false, issues: readIssues, steps: [], totalSteps: 0 };
    if (!context.json) createScenarioPrinter({ out: context.out, lang: context.lang, names: files }).issues(readIssues);
  } else {
    report = await runScenario(definition.value, scenario.value, {
      lang: context.lang,
      names: files,
      ...(calendar === undefined ? {} : { calendar }),
      ...(context.json ? {} : { out: context.out }),
    });
  }
  if (context.json) {
    const issues = report.issues.map(({ document, ...issue }) => ({ document, file: files[document], ...issue }));
    context.out(JSON.stringify({ ...report, issues }, null, 2));
  }
  return report.ok ? 0 : 1;
}
