import { readCalendarFiles } from './calendar-files.js';
import type { CliContext } from './cli-context.js';
import { loadWorkflow, type LoadedWorkflow } from './load-workflow.js';
import { readDocument } from './read-document.js';
import { text } from '../localized-text.js';
import { runScenario } from './run-scenario.js';
import { runScenarioEntries, type ScenarioEntry } from './run-scenarios.js';
import { createScenarioPrinter } from './scenario-output.js';
import type { ScenarioIssue, ScenarioReport } from './scenario-report.js';

/**
 * `luzhi simulate DEFINITION SCENARIO...`: reads the files (duplicate keys are issues) and runs
 * each scenario in turn on a fresh store, printing each step, then a summary line when there are
 * several; with `coverage`, what none of them reached. `--json` prints the report instead: one
 * scenario's report as it is, or for several scenarios (or with `coverage`) all of them with the
 * coverage. Returns the exit status: 0 when every step of every scenario passed (and, with
 * `coverage`, nothing counted was left unreached), 1 otherwise.
 */
export async function simulateCommand(
  definitionFile: string,
  scenarioFiles: readonly string[],
  context: CliContext,
  calendarFiles: readonly string[] = [],
  coverage = false,
  presetsRoot?: string,
): Promise<number> {
  const extended = calendarFiles.length === 0 ? undefined : await readCalendarFiles(calendarFiles, context);
  if (extended === null) return 1;
  const calendar = extended?.calendar;
  const [definition, ...scenarios] = await Promise.all([
    loadWorkflow(definitionFile, { presetsRoot }),
    ...scenarioFiles.map((file) => readDocument(file)),
  ]);
  const definitionIssues = readIssues(definition);
  const scenarioIssues = (index: number): ScenarioIssue[] => scenarios[index]!.issues.map((issue) => ({ ...issue, document: 'scenario' as const }));
  const out = context.json ? {} : { out: context.out };
  const shared = { lang: context.lang, ...(calendar === undefined ? {} : { calendar }), ...out };
  const withFiles = (issues: readonly ScenarioIssue[], scenarioFile: string | undefined) =>
    issues.map(({ document, ...issue }) => ({ document, file: document === 'definition' ? definitionFile : scenarioFile, ...issue }));

  if (scenarioFiles.length === 1 && !coverage) {
    const files = { definition: definitionFile, scenario: scenarioFiles[0]! };
    const readIssues = [...definitionIssues, ...scenarioIssues(0)];
    let report: ScenarioReport;
    if (readIssues.length > 0) {
      report = { ok: false, issues: readIssues, steps: [], totalSteps: 0 };
      if (!context.json) createScenarioPrinter({ out: context.out, lang: context.lang, names: files }).issues(readIssues);
    } else {
      report = await runScenario(definition.value, scenarios[0]!.value, { ...shared, names: files });
    }
    if (context.json) context.out(JSON.stringify({ ...report, issues: withFiles(report.issues, files.scenario) }, null, 2));
    return report.ok ? 0 : 1;
  }

  if (definitionIssues.length > 0) {
    if (context.json) context.out(JSON.stringify({ ok: false, issues: withFiles(definitionIssues, undefined), scenarios: [], passed: 0, failed: scenarioFiles.length }, null, 2));
    else createScenarioPrinter({ out: context.out, lang: context.lang, names: { definition: definitionFile } }).issues(definitionIssues);
    return 1;
  }
  const entries: ScenarioEntry[] = scenarios.map((scenario, index) =>
    scenario.issues.length > 0 ? { issues: scenarioIssues(index) } : { scenario: scenario.value },
  );
  const result = await runScenarioEntries(definition.value, entries, {
    ...shared,
    names: { definition: definitionFile, scenarios: scenarioFiles },
    coverage,
  });
  if (context.json) {
    context.out(
      JSON.stringify(
        {
          ok: result.ok,
          issues: withFiles(result.issues, undefined),
          scenarios: result.reports.map((report, index) => ({
            file: scenarioFiles[index],
            ...report,
            issues: withFiles(report.issues, scenarioFiles[index]),
          })),
          passed: result.passed,
          failed: result.failed,
          ...(result.coverage === undefined ? {} : { coverage: result.coverage }),
        },
        null,
        2,
      ),
    );
  }
  return result.ok ? 0 : 1;
}

/**
 * The issues of reading the definition file that the scenario run would not report itself: for a
 * plain workflow file, reading it (the run validates it); for an overlay, resolving and validating
 * it, a problem in a base shown at the overlay's `/extends` with the base's file and pointer.
 */
function readIssues(loaded: LoadedWorkflow): ScenarioIssue[] {
  const overlay = loaded.sources.length > 1 || loaded.value === undefined;
  return loaded.issues
    .filter((issue) => overlay || /^(json|file)\./.test(issue.code))
    .map(({ file: _file, base, definitionPointer: _at, ...issue }) => ({
      ...issue,
      ...(base === undefined
        ? {}
        : { message: text(`${base.file}#${base.pointer}：${issue.message['zh-CN']}`, `${base.file}#${base.pointer}: ${issue.message.en}`) }),
      document: 'definition' as const,
    }));
}
