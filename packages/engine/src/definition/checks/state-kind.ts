import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import { defineCheck, issue } from './check.js';

const NOT_IN_FINAL = ['initial', 'states', 'on', 'onDone', 'forEach', 'deadline'] as const;

/**
 * What each kind of state may hold:
 * - `final.invalid`: a final state ends its parent (or the workflow) and has nothing after it, so
 *   no `on`, `states`, `initial`, `onDone`, `forEach` or `deadline` (one issue per such key);
 * - `onDone.atomic`: only a compound or parallel state can be done;
 * - `state.kindConflict`: an explicit `type` that contradicts the state's children
 *   (`"atomic"` with `states`; `"compound"` or `"parallel"` without).
 */
export const stateKindCheck = defineCheck({
  name: 'state kinds',
  codes: ['final.invalid', 'onDone.atomic', 'state.kindConflict'],
  check: ({ index }) => {
    const issues: Issue[] = [];
    for (const state of index.states.values()) {
      const { node, name } = state;
      if (state.kind === 'final') {
        for (const key of NOT_IN_FINAL) {
          if (node[key] === undefined) continue;
          issues.push(
            issue(
              'final.invalid',
              joinPointer(state.pointer, key),
              `终止状态“${name}”不能有 ${key}：终止状态表示流程（或上级状态）到此结束，不能再有动作、子状态、onDone、forEach 或时限；请删除 ${key}，或去掉 "type": "final"`,
              `Final state "${name}" cannot have "${key}": a final state ends the workflow (or its parent state), so it has no actions, child states, onDone, forEach or deadline; remove "${key}", or drop "type": "final"`,
            ),
          );
        }
        continue;
      }
      const hasChildren = state.children.length > 0;
      if (node.type === 'atomic' && hasChildren) {
        issues.push(
          issue(
            'state.kindConflict',
            joinPointer(state.pointer, 'type'),
            `状态“${name}”声明为 "atomic"（原子状态），却有子状态（states）；有子状态的应为 "compound" 或 "parallel"，或删除 type 使用默认值`,
            `State "${name}" is declared "atomic" but has child states ("states"); a state with children is "compound" or "parallel" (or omit "type" for the default)`,
          ),
        );
      } else if ((node.type === 'compound' || node.type === 'parallel') && !hasChildren) {
        issues.push(
          issue(
            'state.kindConflict',
            joinPointer(state.pointer, 'type'),
            `状态“${name}”声明为 "${node.type}"，却没有子状态（states）；请添加子状态，或删除 type（无子状态即为原子状态）`,
            `State "${name}" is declared "${node.type}" but has no child states ("states"); add child states, or omit "type" (a state without children is atomic)`,
          ),
        );
      }
      if (state.kind === 'atomic' && node.onDone !== undefined && node.ballot === undefined) {
        issues.push(
          issue(
            'onDone.atomic',
            joinPointer(state.pointer, 'onDone'),
            `原子状态“${name}”不能有 onDone：onDone 只在复合状态到达终止子状态、或并行状态所有区域都结束时触发；请改用 on 中的动作，或为它添加子状态`,
            `Atomic state "${name}" cannot have "onDone": onDone fires only when a compound state reaches a final child, or every region of a parallel state is done; use an action in "on", or give it child states`,
          ),
        );
      }
    }
    return issues;
  },
});
