import type { Issue } from '../../errors.js';
import type { IndexedTransition } from '../state-index.js';
import { defineCheck, describeTransition, issue } from './check.js';

/**
 * `transition.shadowed`: alternatives are tried in order and the first whose `when` holds is
 * taken, so an alternative after one without `when` can never be taken.
 */
export const shadowedCheck = defineCheck({
  name: 'shadowed alternatives',
  codes: ['transition.shadowed'],
  check: ({ index }) => {
    const lists = new Map<string, IndexedTransition[]>();
    for (const transition of index.transitions) {
      if (transition.alternative === undefined) continue;
      const listPointer = transition.pointer.slice(0, transition.pointer.lastIndexOf('/'));
      const list = lists.get(listPointer) ?? [];
      list.push(transition);
      lists.set(listPointer, list);
    }
    const issues: Issue[] = [];
    for (const list of lists.values()) {
      const open = list.find((transition) => (transition.transition as { when?: string }).when === undefined);
      if (!open || open.alternative === undefined) continue;
      const position = open.alternative + 1;
      for (const shadowed of list.filter((transition) => (transition.alternative ?? 0) > (open.alternative ?? 0))) {
        const where = describeTransition(shadowed);
        issues.push(
          issue(
            'transition.shadowed',
            shadowed.pointer,
            `${where.zh}永远不会被选中：备选按顺序尝试，第 ${position} 个备选没有 when 条件，总会先被选中；请把无条件的备选放在最后，或为它加上 when`,
            `${where.en.charAt(0).toUpperCase() + where.en.slice(1)} can never be taken: alternatives are tried in order and alternative ${position} has no "when", so it is always taken first; put the unconditional alternative last, or give it a "when"`,
          ),
        );
      }
    }
    return issues;
  },
});
