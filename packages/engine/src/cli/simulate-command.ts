import { readCalendarFiles } from './calendar-files.js';
import type { CliContext } from './cli-context.js';
import { readDocument } from './read-document.js';
import { runScenario } from './run-scenario.js';
import { createScenarioPrinter } from './scenario-output.js';
import type { ScenarioIssue, ScenarioReport } from './scenario-report.js';

/**
 * `luzhi simulate DEFINITION SCENARIO [--with OTHER]...`: reads the files (duplicate keys are
 * issues), runs the scenario with {@link runScenario} — the `--with` workflows served beside the
 * definition, for the instances its `start` effects start — and prints each step, or the report
 * as JSON with `--json`. Returns the exit status: 0 when every step passed, 1 otherwise.
 */
export async function simulateCommand(
  definitionFile: string,
  scenarioFile: string,
  context: CliContext,
  calendarFiles: readonly string[] = [],
  workflowFiles: readonly string[] = [],
): Promise<number> {
  const extended = calendarFiles.length === 0 ? undefined : await readCalendarFiles(calendarFiles, context);
  if (extended === null) return 1;
  const calendar = extended?.calendar;
  const files = { definition: definitionFile, scenario: scenarioFile, workflows: workflowFiles };
  const [definition, scenario, ...workflows] = await Promise.all([
    readDocument(definitionFile),
    readDocument(scenarioFile),
    ...workflowFiles.map((file) => readDocument(file)),
  ]);
  const readIssues: ScenarioIssue[] = [
    ...definition!.issues.map((issue) => ({ ...issue, document: 'definition' as const })),
    ...scenario!.issues.map((issue) => ({ ...issue, document: 'scenario' as const })),
    ...workflows.flatMap((read, workflow) => read.issues.map((issue) => ({ ...issue, document: 'workflow' as const, workflow }))),
  ];
  let report: ScenarioReport;
  if (readIssues.length > 0) {
    report = { ok: false, issues: readIssues, steps: [], totalSteps: 0 };
    if (!context.json) createScenarioPrinter({ out: context.out, lang: context.lang, names: files }).issues(readIssues);
  } else {
    report = await runScenario(definition!.value, scenario!.value, {
      lang: context.lang,
      names: files,
      workflows: workflows.map((read) => read.value),
      ...(calendar === undefined ? {} : { calendar }),
      ...(context.json ? {} : { out: context.out }),
    });
  }
  if (context.json) {
    const fileOf = (issue: ScenarioIssue) => (issue.document === 'workflow' ? workflowFiles[issue.workflow ?? 0] : files[issue.document]);
    const issues = report.issues.map(({ document, ...issue }) => ({ document, file: fileOf({ document, ...issue }), ...issue }));
    context.out(JSON.stringify({ ...report, issues }, null, 2));
  }
  return report.ok ? 0 : 1;
}
