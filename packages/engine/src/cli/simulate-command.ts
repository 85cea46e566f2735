import { readCalendarFiles } from './calendar-files.js';
import type { CliContext } from './cli-context.js';
import { loadWorkflow, type LoadedWorkflow } from './load-workflow.js';
import { readDocument } from './read-document.js';
import { text } from '../localized-text.js';
import { runScenario } from './run-scenario.js';
import { runScenarioEntries, type ScenarioEntry } from './run-scenarios.js';
import { createScenarioPrinter } from './scenario-output.js';
import type { ScenarioIssue, ScenarioReport } from './scenario-report.js';

/** Options of {@link simulateCommand}, from the command line. */
export interface SimulateOptions {
  /** `--calendar FILE`: calendar files added to the bundled one. */
  calendarFiles?: readonly string[];
  /** `--coverage`: also report what none of the scenarios reached. */
  coverage?: boolean;
  /** `--presets DIR`: the presets folder `@luzhi/presets/…` references resolve in. */
  presetsRoot?: string | undefined;
  /** `--with FILE`: the other workflows served beside the definition, for its `start` effects. */
  workflowFiles?: readonly string[];
}

/**
 * `luzhi simulate DEFINITION SCENARIO... [--with OTHER]...`: reads the files (duplicate keys are
 * issues; the definition and the `--with` workflows may be overlays) and runs each scenario in
 * turn on a fresh store — the `--with` workflows served beside the definition, for the instances
 * its `start` effects start — printing each step, then a summary line when there are several;
 * with `coverage`, what none of them reached. `--json` prints the report instead: one scenario's
 * report as it is, or for several scenarios (or with `coverage`) all of them with the coverage.
 * Returns the exit status: 0 when every step of every scenario passed (and, with `coverage`,
 * nothing counted was left unreached), 1 otherwise.
 */
export async function simulateCommand(
  definitionFile: string,
  scenarioFiles: readonly string[],
  context: CliContext,
  { calendarFiles = [], coverage = false, presetsRoot, workflowFiles = [] }: SimulateOptions = {},
): Promise<number> {
  const extended = calendarFiles.length === 0 ? undefined : await readCalendarFiles(calendarFiles, context);
  if (extended === null) return 1;
  const calendar = extended?.calendar;
  const [definition, workflows, scenarios] = await Promise.all([
    loadWorkflow(definitionFile, { presetsRoot }),
    Promise.all(workflowFiles.map((file) => loadWorkflow(file, { presetsRoot }))),
    Promise.all(scenarioFiles.map((file) => readDocument(file))),
  ]);
  const definitionIssues = [
    ...readIssues(definition, 'definition'),
    ...workflows.flatMap((workflow, index) => readIssues(workflow, 'workflow', index)),
  ];
  const scenarioIssues = (index: number): ScenarioIssue[] => scenarios[index]!.issues.map((issue) => ({ ...issue, document: 'scenario' as const }));
  const out = context.json ? {} : { out: context.out };
  const shared = {
    lang: context.lang,
    workflows: workflows.map((workflow) => workflow.value),
    ...(calendar === undefined ? {} : { calendar }),
    ...out,
  };
  const fileOf = (issue: ScenarioIssue, scenarioFile: string | undefined) =>
    issue.document === 'definition' ? definitionFile : issue.document === 'workflow' ? workflowFiles[issue.workflow ?? 0] : scenarioFile;
  const withFiles = (issues: readonly ScenarioIssue[], scenarioFile: string | undefined) =>
    issues.map(({ document, ...issue }) => ({ document, file: fileOf({ document, ...issue }, scenarioFile), ...issue }));

  if (scenarioFiles.length === 1 && !coverage) {
    const files = { definition: definitionFile, scenario: scenarioFiles[0]!, workflows: workflowFiles };
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
    else createScenarioPrinter({ out: context.out, lang: context.lang, names: { definition: definitionFile, workflows: workflowFiles } }).issues(definitionIssues);
    return 1;
  }
  const entries: ScenarioEntry[] = scenarios.map((scenario, index) =>
    scenario.issues.length > 0 ? { issues: scenarioIssues(index) } : { scenario: scenario.value },
  );
  const result = await runScenarioEntries(definition.value, entries, {
    ...shared,
    names: { definition: definitionFile, scenarios: scenarioFiles, workflows: workflowFiles },
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
 * The issues of reading a workflow file that the scenario run would not report itself: for a
 * plain workflow file, reading it (the run validates it); for an overlay, resolving and validating
 * it, a problem in a base shown at the overlay's `/extends` with the base's file and pointer.
 * `document` says which file it is: the definition, or the `index`th `--with` workflow.
 */
function readIssues(loaded: LoadedWorkflow, document: 'definition' | 'workflow', index = 0): ScenarioIssue[] {
  const overlay = loaded.sources.length > 1 || loaded.value === undefined;
  return loaded.issues
    .filter((issue) => overlay || /^(json|file)\./.test(issue.code))
    .map(({ file: _file, base, definitionPointer: _at, ...issue }) => ({
      ...issue,
      ...(base === undefined
        ? {}
        : { message: text(`${base.file}#${base.pointer}：${issue.message['zh-CN']}`, `${base.file}#${base.pointer}: ${issue.message.en}`) }),
      document,
      ...(document === 'workflow' ? { workflow: index } : {}),
    }));
}
