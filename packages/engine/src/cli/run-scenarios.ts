import { compile } from '../compile/compile.js';
import { DefinitionError } from '../errors.js';
import { runScenario, type RunScenarioOptions } from './run-scenario.js';
import { scenarioCoverage, type ScenarioCoverage } from './scenario-coverage.js';
import { createCoveragePrinter } from './scenario-coverage-output.js';
import { createScenarioPrinter } from './scenario-output.js';
import type { ScenarioIssue, ScenarioReport } from './scenario-report.js';

/** Options of {@link runScenarios}. */
export interface RunScenariosOptions extends Omit<RunScenarioOptions, 'names'> {
  /** How the documents are named in the output: the definition, and each scenario in the order given (e.g. file paths). */
  names?: { definition?: string; scenarios?: readonly (string | undefined)[]; workflows?: readonly string[] };
  /** Also report what none of the scenarios reached ({@link scenarioCoverage}); anything unreached fails the run. */
  coverage?: boolean;
}

/** The outcome of {@link runScenarios}. */
export interface ScenariosReport {
  /** Every scenario passed, and with `coverage`, nothing counted was left unreached. */
  ok: boolean;
  /** Problems in the definition; when there are any, no scenario ran. */
  issues: ScenarioIssue[];
  /** One report per scenario, in the order given. */
  reports: ScenarioReport[];
  passed: number;
  failed: number;
  /** With `coverage` and a valid definition: what the scenarios together left unreached. */
  coverage?: ScenarioCoverage;
}

/** A scenario to run, or the issues that kept it from being read (a file that is not JSON). */
export type ScenarioEntry = { scenario: unknown } | { issues: ScenarioIssue[] };

/**
 * Runs several scenarios of one workflow in turn, each with {@link runScenario} on a store and a
 * clock of its own, then prints a summary line (and with `coverage`, what none of them reached).
 * The definition is checked once: when it is invalid its issues are reported and no scenario runs.
 * Never throws for bad input: everything is in the report.
 */
export async function runScenarios(
  definition: unknown,
  scenarios: readonly unknown[],
  options: RunScenariosOptions = {},
): Promise<ScenariosReport> {
  return runScenarioEntries(definition, scenarios.map((scenario) => ({ scenario })), options);
}

/** {@link runScenarios} over entries some of which could not be read (the command line's files). */
export async function runScenarioEntries(
  definition: unknown,
  entries: readonly ScenarioEntry[],
  options: RunScenariosOptions = {},
): Promise<ScenariosReport> {
  const out = options.out ?? (() => {});
  const lang = options.lang ?? 'zh-CN';
  const names = options.names ?? {};
  const definitionName = names.definition;
  const printer = (index: number) =>
    createScenarioPrinter({
      ...options,
      names: { ...(definitionName === undefined ? {} : { definition: definitionName }), ...documentNames(names, index) },
    });
  try {
    compile(definition);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    const issues = error.issues.map((issue) => ({ ...issue, document: 'definition' as const }));
    printer(0).issues(issues);
    return { ok: false, issues, reports: [], passed: 0, failed: entries.length };
  }
  const coverageOut = createCoveragePrinter({ out, lang });
  const reports: ScenarioReport[] = [];
  for (const [index, entry] of entries.entries()) {
    if (entries.length > 1) coverageOut.scenarioHeading(index, entries.length, names.scenarios?.[index]);
    if ('issues' in entry) {
      printer(index).issues(entry.issues);
      reports.push({ ok: false, issues: entry.issues, steps: [], totalSteps: 0 });
      continue;
    }
    const { names: _names, coverage: _coverage, ...runOptions } = options;
    reports.push(
      await runScenario(definition, entry.scenario, {
        ...runOptions,
        names: { ...(definitionName === undefined ? {} : { definition: definitionName }), ...documentNames(names, index) },
      }),
    );
  }
  const passed = reports.filter((report) => report.ok).length;
  const failed = reports.length - passed;
  coverageOut.summary(passed, failed);
  const coverage = options.coverage ? scenarioCoverage(definition, reports) : undefined;
  if (coverage !== undefined) coverageOut.coverage(coverage, reports.length);
  return {
    ok: failed === 0 && (coverage === undefined || coverage.uncovered.length === 0),
    issues: [],
    reports,
    passed,
    failed,
    ...(coverage === undefined ? {} : { coverage }),
  };
}

function documentNames(names: NonNullable<RunScenariosOptions['names']>, index: number): { scenario?: string; workflows?: readonly string[] } {
  const name = names.scenarios?.[index];
  return { ...(name === undefined ? {} : { scenario: name }), ...(names.workflows === undefined ? {} : { workflows: names.workflows }) };
}
