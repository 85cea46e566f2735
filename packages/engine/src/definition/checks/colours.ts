import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import { compileExpression } from '../expressions/index.js';
import { defineCheck, issue, listNames } from './check.js';

/** The names a colour rule may read: the instance and the task being coloured. */
export const COLOUR_ROOTS: readonly string[] = ['data', 'instance', 'now', 'task'];

/**
 * Colour rules (`colours`, 三色管理): each `when` must compile and read only `data`, `instance`,
 * `now` and `task` (`expression.syntax`, `expression.forbidden`, `expression.unknownFunction`,
 * `expression.unknownRoot`).
 */
export const coloursCheck = defineCheck({
  name: 'colour rules',
  codes: ['expression.syntax', 'expression.forbidden', 'expression.unknownFunction', 'expression.unknownRoot'],
  check: ({ definition }) => {
    const issues: Issue[] = [];
    (definition.colours ?? []).forEach((rule, position) => {
      const pointer = joinPointer('/colours', position, 'when');
      const result = compileExpression(rule.when);
      if (!result.ok) {
        issues.push(
          issue(result.code, pointer, `颜色规则“${rule.when}”有误：${result.message['zh-CN']}`, `Colour rule "${rule.when}" is invalid: ${result.message.en}`),
        );
        return;
      }
      const allowed = listNames(COLOUR_ROOTS);
      for (const reference of result.expression.references) {
        if (COLOUR_ROOTS.includes(reference.root)) continue;
        issues.push(
          issue(
            'expression.unknownRoot',
            pointer,
            `颜色规则“${rule.when}”不能读取“${reference.root}”；可用：${allowed.zh}`,
            `Colour rule "${rule.when}" cannot read "${reference.root}"; available: ${allowed.en}`,
          ),
        );
      }
    });
    return issues;
  },
});
