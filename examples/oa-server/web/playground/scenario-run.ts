import {
  parseDefinitionText,
  runScenario,
  scenarioCoverage,
  text,
  type Issue,
  type MessageLanguage,
  type ScenarioCoverage,
  type ScenarioReport,
} from '@luzhi/engine';
import { PLAYGROUND_LIMITS, utf8Bytes } from './limits.js';
import { tooLargeIssue } from './check-source.js';
import { UI } from './messages.js';

/** A scenario run in the page: its report and coverage, or the issues that kept it from running. */
export type ScenarioOutcome = { report: ScenarioReport; coverage: ScenarioCoverage | undefined } | { issues: Issue[] };

/**
 * Runs scenario text against a valid definition in the browser with the engine's `runScenario`
 * (a memory store and a virtual clock), then measures what it reached. Text over the size limit,
 * text that is not JSON and a scenario over the step limit are refused before anything runs.
 */
export async function runScenarioText(definition: unknown, source: string, workflows: readonly unknown[], lang: MessageLanguage): Promise<ScenarioOutcome> {
  const bytes = utf8Bytes(source);
  if (bytes > PLAYGROUND_LIMITS.maxTextBytes) return { issues: [tooLargeIssue(bytes)] };
  const parsed = parseDefinitionText(source);
  if (parsed.value === undefined || parsed.issues.length > 0) {
    return { issues: parsed.issues.map((issue) => ({ ...issue, message: text(`${UI.scenarioNotJson['zh-CN']}：${issue.message['zh-CN']}`, `${UI.scenarioNotJson.en}: ${issue.message.en}`) })) };
  }
  const steps = stepCount(parsed.value);
  if (steps > PLAYGROUND_LIMITS.maxScenarioSteps) {
    return { issues: [{ pointer: '/steps', code: 'limit.scenarioSteps', message: UI.tooManySteps(steps, PLAYGROUND_LIMITS.maxScenarioSteps) }] };
  }
  const report = await runScenario(definition, parsed.value, { lang, workflows });
  const coverage = report.issues.length === 0 ? scenarioCoverage(definition, [report]) : undefined;
  return { report, coverage };
}

function stepCount(value: unknown): number {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'steps')) return 0;
  const steps = (value as { steps: unknown }).steps;
  return Array.isArray(steps) ? steps.length : 0;
}
