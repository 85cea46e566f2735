import { readCalendarFiles } from './calendar-files.js';
import type { CliContext } from './cli-context.js';
import { loadWorkflow } from './load-workflow.js';
import { readDocument } from './read-document.js';
import { text } from '../localized-text.js';
import { runScenario } from './run-scenario.js';
import { createScenarioPrinter } from './scenario-output.js';
import type { ScenarioIssue, ScenarioReport } from './scenario-report.js';

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
  presetsRoot?: string,
): Promise<number> {
  const extended = calendarFiles.length === 0 ? undefined : await readCalendarFiles(calendarFiles, context);
  if (extended === null) return 1;
  const calendar = extended?.calendar;
  const files = { definition: definitionFile, scenario: scenarioFile };
  const [definition, scenario] = await Promise.all([loadWorkflow(definitionFile, { presetsRoot }), readDocument(scenarioFile)]);
  const readIssues: ScenarioIssue[] = [
    // A problem in a base is shown at the overlay's /extends, naming the base file and pointer.
    ...(definition.sources.length > 1 || definition.value === undefined ? definition.issues : definition.issues.filter((issue) => /^(json|file)\./.test(issue.code))).map(({ file: _file, base, definitionPointer: _at, ...issue }) => ({
      ...issue,
      ...(base === undefined
        ? {}
        : { message: text(`${base.file}#${base.pointer}：${issue.message['zh-CN']}`, `${base.file}#${base.pointer}: ${issue.message.en}`) }),
      document: 'definition' as const,
    })),
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
