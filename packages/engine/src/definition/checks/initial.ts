import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import { defineCheck, didYouMean, issue, listNames } from './check.js';

/**
 * `initial.unknown`: the definition's `initial` must name a top-level state, and a state's
 * `initial` one of its own child states. `initial.missing`: a compound state needs an `initial`.
 */
export const initialCheck = defineCheck({
  name: 'initial states',
  codes: ['initial.unknown', 'initial.missing'],
  check: ({ definition, index }) => {
    const issues: Issue[] = [];
    const unknown = (pointer: string, name: string, owner: { zh: string; en: string }, children: readonly string[]): void => {
      const expected = listNames(children);
      const hint = didYouMean(name, children);
      issues.push(
        issue(
          'initial.unknown',
          pointer,
          `初始状态“${name}”不是${owner.zh}的直接子状态；应为其中之一：${expected.zh}${hint.zh}`,
          `Initial state "${name}" is not a direct child state of ${owner.en}; expected one of ${expected.en}${hint.en}`,
        ),
      );
    };

    const topLevel = Object.keys(definition.states);
    if (!topLevel.includes(definition.initial)) {
      unknown('/initial', definition.initial, { zh: '流程顶层', en: 'the workflow (top level)' }, topLevel);
    }
    for (const state of index.states.values()) {
      if (state.kind === 'final') continue; // final.invalid reports any `initial` there
      const initial = state.node.initial;
      if (initial !== undefined && !state.children.includes(initial)) {
        unknown(joinPointer(state.pointer, 'initial'), initial, { zh: `状态“${state.name}”`, en: `state "${state.name}"` }, state.children);
      }
      if (state.kind === 'compound' && initial === undefined && state.children.length > 0) {
        const children = listNames(state.children);
        issues.push(
          issue(
            'initial.missing',
            state.pointer,
            `复合状态“${state.name}”缺少 initial：请指明进入时的第一个子状态（${children.zh} 之一）`,
            `Compound state "${state.name}" has no "initial": name the child state it starts in (one of ${children.en})`,
          ),
        );
      }
    }
    return issues;
  },
});
