import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import type { IndexedState, StateIndex } from '../state-index.js';
import { defineCheck, issue } from './check.js';

/**
 * Whether a state can ever be done: a final state is; a compound state when it has a final child;
 * a parallel state when every region can be done; an atomic state never is.
 */
export function canBeDone(index: StateIndex, state: IndexedState): boolean {
  const children = state.children.flatMap((name) => index.states.get(name) ?? []);
  switch (state.kind) {
    case 'final':
      return true;
    case 'compound':
      return children.some((child) => child.kind === 'final');
    case 'parallel':
      return children.length > 0 && children.every((child) => canBeDone(index, child));
    default:
      return false;
  }
}

/**
 * `compound.noFinal`: a compound or parallel state with `onDone` that can never be done, so the
 * `onDone` never fires. Points where a final state is missing: the compound state's `states`, or
 * the parallel region that can never finish. (States with `forEach` are checked by the forEach
 * check, as `forEach.noFinal`.)
 */
export const completionCheck = defineCheck({
  name: 'completion of compound and parallel states',
  codes: ['compound.noFinal'],
  check: ({ index }) => {
    const issues: Issue[] = [];
    for (const state of index.states.values()) {
      if (state.node.onDone === undefined || state.node.forEach !== undefined || state.children.length === 0) continue;
      if (state.kind === 'compound' && !canBeDone(index, state)) {
        issues.push(
          issue(
            'compound.noFinal',
            joinPointer(state.pointer, 'states'),
            `复合状态“${state.name}”有 onDone，但没有终止子状态（"type": "final"），永远不会结束，onDone 永远不会触发；请添加一个终止子状态`,
            `Compound state "${state.name}" has "onDone" but no final child state ("type": "final"), so it is never done and onDone never fires; add a final child state`,
          ),
        );
      }
      if (state.kind === 'parallel') {
        for (const name of state.children) {
          const region = index.states.get(name);
          if (!region || canBeDone(index, region)) continue;
          issues.push(
            issue(
              'compound.noFinal',
              region.pointer,
              `并行状态“${state.name}”有 onDone，但其区域“${region.name}”永远不会结束（没有终止子状态），所以 onDone 永远不会触发；请在“${region.name}”中添加终止子状态`,
              `Parallel state "${state.name}" has "onDone", but its region "${region.name}" can never be done (it has no final child state), so onDone never fires; add a final child state to "${region.name}"`,
            ),
          );
        }
      }
    }
    return issues;
  },
});
