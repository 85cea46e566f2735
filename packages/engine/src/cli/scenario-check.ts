import scenarioSchema from '../../schema/scenario.schema.json' with { type: 'json' };
import { createAjv, type ValidateFunction } from '../definition/ajv.js';
import { ajvErrorsToIssues } from '../definition/ajv-issues.js';
import type { Issue } from '../errors.js';
import { joinPointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import type { ScenarioStep } from './scenario.js';
import { plainScenarioIssues } from './scenario-messages.js';

let compiled: ValidateFunction | undefined;

/** The scenario schema's validator, compiled on first use with the project's ajv settings. */
function scenarioValidator(): ValidateFunction {
  compiled ??= createAjv().compile(scenarioSchema as object);
  return compiled;
}

/** The step fields that only make sense together with `send` (`actor` alone makes a look step). */
const SEND_FIELDS = ['payload', 'expectedVersion', 'idempotencyKey'] as const;

/**
 * Checks a scenario: first against `schema/scenario.schema.json`, then the rules between fields
 * of a step that the schema does not express (a `send` needs an `actor`; `send` and `advance`
 * exclude each other; `expect.error` needs a command or a look; `actor` without `send` is a look). Every issue has a JSON pointer into the
 * scenario and a message in Chinese and English. An empty list means the scenario can run.
 */
export function checkScenario(input: unknown): Issue[] {
  const validate = scenarioValidator();
  const issues = validate(input) ? [] : plainScenarioIssues(input, ajvErrorsToIssues(validate.errors, 'scenario'));
  // The rules between fields are checked even when the schema found issues: all are reported at once.
  const clock = (input as { clock?: unknown } | null)?.clock;
  if (
    typeof clock === 'string' &&
    !issues.some((found) => found.pointer === '/clock') &&
    Number.isNaN(Date.parse(clock))
  ) {
    issues.push({
      pointer: '/clock',
      code: 'scenario.clock',
      message: text(`“${clock}”不是一个有效的时刻`, `"${clock}" is not a valid instant`),
    });
  }
  const steps = (input as { steps?: unknown } | null)?.steps;
  if (Array.isArray(steps)) issues.push(...steps.flatMap(stepIssues));
  return issues.sort((a, b) => stepOf(a.pointer) - stepOf(b.pointer));
}

/** The step an issue is in (-1 outside the steps): issues are listed step by step. */
function stepOf(pointer: string): number {
  const match = /^\/steps\/(\d+)(?:\/|$)/.exec(pointer);
  return match ? Number(match[1]) : -1;
}

/** The rules between the fields of one step. */
function stepIssues(value: unknown, index: number): Issue[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const step = value as ScenarioStep;
  const issues: Issue[] = [];
  const at = joinPointer('/steps', index);
  const has = (key: string) => Object.hasOwn(step, key);
  if (has('send') && !has('actor')) {
    issues.push({
      pointer: at,
      code: 'scenario.step.actorMissing',
      message: text(
        `第 ${index + 1} 步发送“${String(step.send)}”，但没有写明操作人 actor`,
        `step ${index + 1} sends "${String(step.send)}" but gives no "actor"`,
      ),
    });
  }
  if (has('send') && has('advance')) {
    issues.push({
      pointer: joinPointer(at, 'advance'),
      code: 'scenario.step.sendAndAdvance',
      message: text(
        `一步只能做一件事：“send”和“advance”请分成两步`,
        `a step does one thing: put "send" and "advance" in separate steps`,
      ),
    });
  }
  if (!has('send')) {
    const looks = has('actor') && !has('advance');
    if (has('actor') && has('advance')) {
      issues.push({
        pointer: joinPointer(at, 'actor'),
        code: 'scenario.step.withoutSend',
        message: text(
          `“actor”只能与“send”一起使用，或单独用于以此人身份查看实例`,
          `"actor" is used with "send", or alone to look at the instance as that person`,
        ),
      });
    }
    for (const key of SEND_FIELDS.filter(has)) {
      issues.push({
        pointer: joinPointer(at, key),
        code: 'scenario.step.withoutSend',
        message: text(`“${key}”只能与“send”一起使用`, `"${key}" is only used together with "send"`),
      });
    }
    if (!looks && step.expect !== null && typeof step.expect === 'object' && Object.hasOwn(step.expect, 'error')) {
      issues.push({
        pointer: joinPointer(at, 'expect', 'error'),
        code: 'scenario.step.errorWithoutSend',
        message: text(
          `只有发送命令（send）或以某人身份查看（只写 actor）的步骤才能预期错误`,
          `only a step that sends a command ("send") or looks as a person ("actor" alone) can expect an error`,
        ),
      });
    }
    if (!has('advance') && !has('expect')) {
      issues.push({
        pointer: at,
        code: 'scenario.step.empty',
        message: text(
          `这一步什么也不做：应有“send”、“advance”或“expect”`,
          `this step does nothing: give "send", "advance" or "expect"`,
        ),
      });
    }
  }
  return issues;
}
