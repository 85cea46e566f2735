import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import { defineCheck, standaloneExpressionIssues } from './check.js';

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
      issues.push(...standaloneExpressionIssues(rule.when, pointer, COLOUR_ROOTS, { zh: '颜色规则', en: 'Colour rule' }));
    });
    return issues;
  },
});
