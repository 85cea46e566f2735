import { leafStateNames, type StateValue } from '../compile/state-value.js';
import type { ActionSpec, CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { StateDeadline, StoredInstance, StoredTask } from '../store/store.js';
import { governingDeadline } from './deadlines.js';
import { ownValue } from '../own-keys.js';
import { taskKey } from './assignment-rules.js';
import { holdersOf } from './participants.js';
import { forEachRoleOf } from './role-holding.js';
import { CAST_VOTE } from './ballots.js';

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
    'tenant' | 'id' | 'definitionId' | 'definitionVersion' | 'entered' | 'status' | 'createdAt' | 'deadlines' | 'branches' | 'assignees' | 'participants' | 'units' | 'ballots'
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
      const perPerson = forEachRoleOf(compiled, forEach);
      const users = new Set<string>();
      for (const role of allRoles) {
        if (!compiled.participantRoles.has(role)) continue;
        for (const user of role === perPerson ? [unit] : holdersOf(instance, role)) users.add(user);
      }
      tasks.push({
        tenant: instance.tenant,
        instanceId: instance.id,
        definitionId: instance.definitionId,
        definitionVersion: instance.definitionVersion,
        state: branch.state,
        roles: allRoles.filter((role) => !compiled.unitRoles.has(role) && !compiled.participantRoles.has(role)),
        unit,
        unitRoles: allRoles.filter((role) => compiled.unitRoles.has(role)),
        ...(users.size > 0 ? { users: [...users] } : {}),
        actions: actions.map((action) => action.event),
        ...(assignee ? { assignee: assignee.user } : {}),
        createdAt: branch.entered,
        ...deadlineFields(deadline),
      });
    }
  }
  for (const leaf of leafStateNames(state)) {
    const path = pathTo(compiled, leaf);
    const { events, roles } = leafToDo(compiled, leaf, path);
    if (events.length === 0) continue;
    const deadline = governingDeadline(path, deadlines);
    // Held by whoever claimed it or had it delegated: on the state itself or a state containing it.
    const assignee = [...path].reverse().map((name) => ownValue(instance.assignees, name)).find((held) => held !== undefined);
    const base = {
      tenant: instance.tenant,
      instanceId: instance.id,
      definitionId: instance.definitionId,
      definitionVersion: instance.definitionVersion,
      state: leaf,
      actions: [...events],
      ...(assignee ? { assignee: assignee.user } : {}),
      createdAt: ownValue(instance.entered, leaf) ?? instance.createdAt,
      ...deadlineFields(deadline),
    };
    const audiences = stateAudiences(compiled, instance, roles);
    for (const audience of audiences) tasks.push({ ...base, ...audience });
  }
  tasks.push(...ballotTasks(compiled, instance, state));
  return tasks;
}

/** What a leaf state's task lists, fixed by the definition: its to-do actions' events and their roles. */
interface LeafToDo {
  readonly events: readonly string[];
  readonly roles: readonly string[];
}

const leafToDos = new WeakMap<CompiledWorkflow, Map<string, LeafToDo>>();

/** The {@link LeafToDo} of `leaf` (whose path from the root is `path`), worked out once per definition. */
function leafToDo(compiled: CompiledWorkflow, leaf: string, path: readonly string[]): LeafToDo {
  let byLeaf = leafToDos.get(compiled);
  if (byLeaf === undefined) leafToDos.set(compiled, (byLeaf = new Map()));
  let found = byLeaf.get(leaf);
  if (found === undefined) {
    const actions = compiled.actionsIn(path).filter(isToDo);
    // Frozen: every command reads them; each task row gets a copy of its own.
    found = Object.freeze({
      events: Object.freeze(actions.map((action) => action.event)),
      roles: Object.freeze([...new Set(actions.flatMap((action) => action.roles))]),
    });
    byLeaf.set(leaf, found);
  }
  return found;
}

/**
 * The to-do item of each open ballot: voting, on the lists of the voters who have not voted yet
 * (none once everyone has). It says nothing of how anyone voted.
 */
function ballotTasks(
  compiled: CompiledWorkflow,
  instance: Pick<StoredInstance, 'tenant' | 'id' | 'definitionId' | 'definitionVersion' | 'entered' | 'createdAt' | 'deadlines' | 'ballots'>,
  state: StateValue,
): StoredTask[] {
  const tasks: StoredTask[] = [];
  for (const leaf of leafStateNames(state)) {
    const ballot = ownValue(instance.ballots, leaf);
    if (!ballot) continue;
    const pending = ballot.eligible.filter((voter) => !ballot.voted.includes(voter));
    if (pending.length === 0) continue;
    tasks.push({
      tenant: instance.tenant,
      instanceId: instance.id,
      definitionId: instance.definitionId,
      definitionVersion: instance.definitionVersion,
      state: leaf,
      roles: [],
      users: pending,
      actions: [CAST_VOTE],
      createdAt: ownValue(instance.entered, leaf) ?? instance.createdAt,
      ...deadlineFields(governingDeadline(pathTo(compiled, leaf), instance.deadlines)),
    });
  }
  return tasks;
}

type Audience = Pick<StoredTask, 'roles' | 'users' | 'unit' | 'unitRoles'>;

/**
 * Who a task outside forEach branches is for: its roles; the holders of its participant roles (by
 * user id); its data-bound unit roles within the unit the data names (unbound ones reach no one).
 * A task row has one unit, so roles bound to different units give one row per further unit.
 */
function stateAudiences(
  compiled: CompiledWorkflow,
  instance: Pick<StoredInstance, 'participants' | 'units'>,
  roles: readonly string[],
): Audience[] {
  const users = new Set<string>();
  const plain: string[] = [];
  const byUnit = new Map<string, string[]>();
  for (const role of roles) {
    if (compiled.participantRoles.has(role)) {
      for (const user of holdersOf(instance, role)) users.add(user);
    } else if (compiled.boundUnitRoles.has(role)) {
      const unit = ownValue(instance.units, role);
      if (unit !== undefined) byUnit.set(unit, [...(byUnit.get(unit) ?? []), role]);
    } else {
      plain.push(role);
    }
  }
  const [first, ...others] = [...byUnit];
  return [
    {
      roles: plain,
      ...(users.size > 0 ? { users: [...users] } : {}),
      ...(first === undefined ? {} : { unit: first[0], unitRoles: first[1] }),
    },
    ...others.map(([unit, unitRoles]) => ({ roles: [], unit, unitRoles })),
  ];
}
