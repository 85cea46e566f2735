import { joinPointer } from '../../json-pointer.js';
import { defineCheck, describeTransition, didYouMean, issue } from './check.js';

/** `target.unknown`: every `to` (actions, `onDone`, `deadline.onExpire`) names a state of the definition. */
export const targetsCheck = defineCheck({
  name: 'transition targets',
  codes: ['target.unknown'],
  check: ({ index }) =>
    index.transitions.flatMap((transition) => {
      const to = transition.transition.to;
      if (to === undefined || index.states.has(to)) return [];
      const hint = didYouMean(to, index.states.keys());
      const from = describeTransition(transition);
      return [
        issue(
          'target.unknown',
          joinPointer(transition.pointer, 'to'),
          `${from.zh}的目标状态“${to}”不存在；to 应为本流程中某个状态的名称${hint.zh}`,
          `The target "${to}" of ${from.en} is not a state; "to" must name a state of this workflow${hint.en}`,
        ),
      ];
    }),
});
