import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import { defineCheck, describeTransition, issue } from './check.js';

/**
 * The child states of a `forEach` state are the positions of its branches, not states an
 * instance enters as a whole, so:
 * - `target.insideForEach`: only a sibling child may move a branch into one of them (an action
 *   or `onExpire.to` of a child of the same forEach state). From anywhere else — another state,
 *   the forEach state itself, its `onDone`, a child of another forEach state — there is no branch
 *   to move: the transition must name the forEach state, and `forEach.start` chooses where each
 *   branch begins.
 * - `compile.notSupported`: a child with child states of its own, and `extend` on a child's
 *   deadline, which this engine cannot run (extend the forEach state's own deadline instead); and
 *   a forEach state as a region of a parallel state whose completion is awaited (an `onDone` on it
 *   or on a parallel state around it): its branches finishing does not finish the region, so the
 *   instance would wait forever. Inside a compound region, with an `onDone` to that region's final
 *   state, it works.
 */
export const forEachChildrenCheck = defineCheck({
  name: 'children of forEach states',
  codes: ['target.insideForEach', 'compile.notSupported'],
  check: ({ index }) => {
    const issues: Issue[] = [];
    // Whether a parallel state's completion matters: it has onDone, or it is a region of one that does.
    const awaited = (name: string): boolean => {
      const state = index.states.get(name);
      if (state === undefined) return false;
      if (state.node.onDone !== undefined) return true;
      const parent = state.parent === undefined ? undefined : index.states.get(state.parent);
      return parent?.kind === 'parallel' && awaited(parent.name);
    };
    const owner = (name: string): string | undefined => {
      const parent = index.states.get(name)?.parent;
      return parent !== undefined && index.states.get(parent)?.node.forEach !== undefined ? parent : undefined;
    };
    for (const transition of index.transitions) {
      const to = transition.transition.to;
      if (to === undefined) continue;
      const forEach = owner(to);
      // By pointer rather than by name: a duplicate state name (state.duplicate) must not hide or fake one.
      const children = joinPointer(index.states.get(forEach ?? '')?.pointer ?? '', 'states') + '/';
      if (forEach === undefined || transition.pointer.startsWith(children)) continue;
      const from = describeTransition(transition);
      issues.push(
        issue(
          'target.insideForEach',
          joinPointer(transition.pointer, 'to'),
          `${from.zh}的目标“${to}”是多分支状态“${forEach}”的子状态：只有“${forEach}”的其他子状态能把分支移到那里；请改为指向“${forEach}”（每个分支从 initial 或 forEach.start 选定的子状态开始）`,
          `The target "${to}" of ${from.en} is a child of the forEach state "${forEach}": only the other children of "${forEach}" can move a branch there; target "${forEach}" instead (each branch starts in its initial child, or the one forEach.start chooses)`,
        ),
      );
    }
    for (const state of index.states.values()) {
      const parallel = state.parent === undefined ? undefined : index.states.get(state.parent);
      if (state.node.forEach !== undefined && parallel?.kind === 'parallel' && awaited(parallel.name)) {
        issues.push(
          notSupported(
            joinPointer(state.pointer, 'forEach'),
            `多分支状态“${state.name}”作为并行状态“${parallel.name}”的区域（分支全部办结并不使该区域结束，onDone 永远不会触发；请把它放进一个复合区域，并用它的 onDone 进入该区域的终止状态）`,
            `the forEach state "${state.name}" as a region of the parallel state "${parallel.name}" (its branches finishing does not finish the region, so onDone would never fire; put it inside a compound region, with an onDone to that region's final state)`,
          ),
        );
      }
      const forEach = owner(state.name);
      if (forEach === undefined) continue;
      if (state.children.length > 0) {
        issues.push(
          notSupported(
            state.pointer,
            `多分支状态“${forEach}”的子状态“${state.name}”不能再有子状态`,
            `a child state of the forEach state "${forEach}" ("${state.name}") cannot have child states of its own`,
          ),
        );
      }
      if (state.node.deadline?.extend !== undefined) {
        issues.push(
          notSupported(
            joinPointer(state.pointer, 'deadline', 'extend'),
            `多分支子状态“${state.name}”的时限延期（请在“${forEach}”上设置延期）`,
            `extending the deadline of a forEach child state ("${state.name}"); put "extend" on "${forEach}"`,
          ),
        );
      }
    }
    return issues;
  },
});

function notSupported(pointer: string, zh: string, en: string): Issue {
  return issue('compile.notSupported', pointer, `本版本引擎尚不能执行：${zh}`, `This engine version cannot run this yet: ${en}`);
}
