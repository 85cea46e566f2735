import scenarioSchema from '../../schema/scenario.schema.json' with { type: 'json' };
import type { Issue } from '../errors.js';
import { getAtPointer, parsePointer } from '../json-pointer.js';
import { text, type LocalizedText } from '../localized-text.js';

/** A rewrite of the schema issues found at some places of a scenario into plainer words. */
interface MessageRule {
  code: string;
  pointer: RegExp;
  /** The new message, or `null` to drop the issue (another issue says it better). */
  message(found: { value: unknown; key: string }): LocalizedText | null;
}

const { properties: top, $defs: defs } = scenarioSchema;

/** Where each object of the format is, and the properties it allows. */
const OBJECTS: Array<[RegExp, readonly string[]]> = [
  [/^\/[^/]+$/, Object.keys(top)],
  [/\/actor\/[^/]+$/, Object.keys(defs.actor.properties)],
  [/^\/start\/[^/]+$/, Object.keys(top.start.properties)],
  [/^\/steps\/\d+\/[^/]+$/, Object.keys(defs.step.properties)],
  [/^\/steps\/\d+\/expect\/[^/]+$/, Object.keys(defs.expectation.properties)],
  [/^\/steps\/\d+\/expect\/tasks\/\d+\/[^/]+$/, Object.keys(defs.task.properties)],
];

const RULES: MessageRule[] = [
  {
    // A bad key of `expect.data` is reported by `propertyNames` below, with the key itself.
    code: 'scenario.pattern',
    pointer: /^\/steps\/\d+\/expect\/data$/,
    message: () => null,
  },
  {
    code: 'scenario.propertyNames',
    pointer: /^\/steps\/\d+\/expect\/data\//,
    message: ({ key }) =>
      text(
        `“${key}”不是 JSON 指针：数据路径以“/”开头，如“/replyClass”（“~”只能写作 ~0 或 ~1）`,
        `"${key}" is not a JSON pointer: a data path starts with "/", e.g. "/replyClass" ("~" only as ~0 or ~1)`,
      ),
  },
  {
    code: 'scenario.pattern',
    pointer: /\/advance$/,
    message: ({ value }) =>
      text(
        `“${String(value)}”不是 ISO 8601 时长：应写作 P20D（20 天）、P3M（3 个月）、PT4H（4 小时）等`,
        `"${String(value)}" is not an ISO 8601 duration: write P20D (20 days), P3M (3 months), PT4H (4 hours), …`,
      ),
  },
  {
    code: 'scenario.format',
    pointer: /^\/clock$/,
    message: ({ value }) =>
      text(
        `“${String(value)}”不是带时区的日期时间：应写作 2026-02-10T09:00:00+08:00`,
        `"${String(value)}" is not a date-time with a time zone: write 2026-02-10T09:00:00+08:00`,
      ),
  },
  {
    code: 'scenario.pattern',
    pointer: /\/send$/,
    message: ({ value }) =>
      text(
        `“${String(value)}”不是动作名：动作名以英文字母开头，只含字母、数字、“_”和“-”，如 submit`,
        `"${String(value)}" is not an action name: it starts with a letter and has only letters, digits, "_" and "-", e.g. submit`,
      ),
  },
  {
    code: 'scenario.pattern',
    pointer: /\/expect\/state$/,
    message: ({ value }) =>
      text(
        `“${String(value)}”不是状态路径：用“.”连接状态名，如 handling 或 handling.working`,
        `"${String(value)}" is not a state path: join state names with ".", e.g. handling or handling.working`,
      ),
  },
];

/**
 * Rewrites the schema issues of a scenario where a plainer message helps: what a duration or an
 * action name looks like, which properties an object allows, how a data pointer is written.
 */
export function plainScenarioIssues(document: unknown, issues: readonly Issue[]): Issue[] {
  return issues.flatMap((found) => {
    const tokens = parsePointer(found.pointer) ?? [];
    const context = { value: getAtPointer(document, tokens), key: tokens[tokens.length - 1] ?? '' };
    if (found.code === 'scenario.additionalProperties') {
      const allowed = OBJECTS.find(([pattern]) => pattern.test(found.pointer))?.[1];
      if (allowed === undefined) return [found];
      return [
        {
          ...found,
          message: text(
            `${found.message['zh-CN']}；可用的属性：${allowed.join('、')}`,
            `${found.message.en}; expected one of: ${allowed.join(', ')}`,
          ),
        },
      ];
    }
    const rule = RULES.find((candidate) => candidate.code === found.code && candidate.pointer.test(found.pointer));
    if (rule === undefined) return [found];
    const message = rule.message(context);
    return message === null ? [] : [{ ...found, message }];
  });
}
