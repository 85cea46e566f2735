import { leafStateNames, type StateValue } from '../compile/state-value.js';
import type { ActionSpec, CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { StateDeadline, StoredInstance, StoredTask } from '../store/store.js';
import { governingDeadline } from './deadlines.js';
import { ownValue } from '../own-keys.js';
import { taskKey } from './assignment-rules.js';

/**
 * Whether an action makes a to-do item: options offered in a state (撤回, extending a deadline,
 * claiming or delegating) do not put the task on anyone's list.
 */
function isToDo(action: ActionSpec): boolean {
  return action.builtin === undefined && !action.optional;
}

/** What a task shows of the deadline governing it: due, warning instant, and whether it is provisional. */
function deadlineFields(deadline: StateDeadline | undefined): Pick<StoredTask, 'due' | 'warnAt' | 'provisional'> {
  if (!deadline) return {};
  return {
    due: deadline.due,
    ...(deadline.warnAt === undefined ? {} : { warnAt: deadline.warnAt }),
    ...(deadline.provisional ? { provisional: true } : {}),
  };
}

/** The active state names from the top down to `leaf`. */
export function pathTo(compiled: CompiledWorkflow, leaf: string): readonly string[] {
  return compiled.index.states.get(leaf)?.path ?? [leaf];
}

/**
 * The open tasks of an instance in a state configuration: one per innermost active state that
 * offers actions, for the union of the roles of those actions.
 */
export function deriveTasks(
  compiled: CompiledWorkflow,
  instance: Pick<
    StoredInstance,
    'tenant' | 'id' | 'definitionId' | 'definitionVersion' | 'entered' | 'status' | 'createdAt' | 'deadlines' | 'branches' | 'assignees'
  >,
  state: StateValue,
): StoredTask[] {
  if (instance.status === 'done') return [];
  const deadlines = instance.deadlines;
  const tasks: StoredTask[] = [];
  // One task per open branch of each forEach state: the unit's own to-do item.
  for (const [forEach, branches] of Object.entries(instance.branches)) {
    const shared = governingDeadline(pathTo(compiled, forEach), deadlines);
    for (const [unit, branch] of Object.entries(branches)) {
      const deadline = branch.deadline && (!shared || branch.deadline.due < shared.due) ? branch.deadline : shared;
      const actions = compiled.actionsDeclaredOn(branch.state).filter(isToDo);
      if (actions.length === 0) continue;
      const assignee = ownValue(instance.assignees, taskKey(branch.state, unit));
      const allRoles = [...new Set(actions.flatMap((action) => action.roles))];
      tasks.push({
        tenant: instance.tenant,
        instanceId: instance.id,
        definitionId: instance.definitionId,
        definitionVersion: instance.definitionVersion,
        state: branch.state,
        roles: allRoles.filter((role) => !compiled.unitRoles.has(role)),
        unit,
        unitRoles: allRoles.filter((role) => compiled.unitRoles.has(role)),
        actions: actions.map((action) => action.event),
        ...(assignee ? { assignee: assignee.user } : {}),
        createdAt: branch.entered,
        ...deadlineFields(deadline),
      });
    }
  }
  for (const leaf of leafStateNames(state)) {
    const path = pathTo(compiled, leaf);
    const actions = compiled.actionsIn(path).filter(isToDo);
    if (actions.length === 0) continue;
    const roles = [...new Set(actions.flatMap((action) => action.roles))];
    const deadline = governingDeadline(path, deadlines);
    // Held by whoever claimed it or had it delegated: on the state itself or a state containing it.
    const assignee = [...path].reverse().map((name) => ownValue(instance.assignees, name)).find((held) => held !== undefined);
    tasks.push({
      tenant: instance.tenant,
      instanceId: instance.id,
      definitionId: instance.definitionId,
      definitionVersion: instance.definitionVersion,
      state: leaf,
      roles,
      actions: actions.map((action) => action.event),
      ...(assignee ? { assignee: assignee.user } : {}),
      createdAt: ownValue(instance.entered, leaf) ?? instance.createdAt,
      ...deadlineFields(deadline),
    });
  }
  return tasks;
}
