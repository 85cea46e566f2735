import { activeStateNames } from '../compile/state-value.js';
import type { ActionSpec, CompiledWorkflow, InstanceInfo } from '../compile/compiled-workflow.js';
import type { StoredInstance, StoredTask } from '../store/store.js';
import { assignmentAllows } from './assignment-rules.js';
import { colourOf, timingAt, worseColour } from './deadlines.js';
import { branchActions } from './find-action.js';
import { mayTake } from './role-holding.js';
import { deriveTasks } from './tasks.js';
import { ballotOf, CAST_VOTE, quorumOf } from './ballots.js';
import { ownValue } from '../own-keys.js';
import type { Actor, ActionView, Colour, InstanceView } from './types.js';

export function instanceInfo(instance: Pick<StoredInstance, 'tenant' | 'id' | 'definitionId' | 'definitionVersion'>): InstanceInfo {
  return {
    id: instance.id,
    tenant: instance.tenant,
    definition: instance.definitionId,
    version: instance.definitionVersion,
  };
}

/** The API view of an instance row at `now`, with the actions `actor` may take now. */
export function toView(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  actor: Actor | undefined,
  now: Date,
  tasks: readonly StoredTask[] = deriveTasks(compiled, instance, instance.state),
): InstanceView {
  const at = now.toISOString();
  let colour: Colour | undefined;
  let overdue = false;
  for (const task of tasks) {
    const timing = timingAt(task.due, task.warnAt, at);
    overdue ||= timing.overdue;
    const taskColour = colourOf(compiled.colourRules, timing, { data: instance.data, instance: instanceInfo(instance), now: at, state: task.state });
    colour = colour === undefined ? taskColour : worseColour(colour, taskColour);
  }
  const activeStates = activeStateNames(instance.state);
  const actions: ActionView[] =
    actor && instance.status === 'active'
      ? [
          ...compiled
            .actionsIn(activeStates)
            .filter((spec) => mayTake(compiled, instance, actor, spec) && assignmentAllows(compiled, instance, spec, actor))
            .filter((spec) => spec.builtin !== CAST_VOTE || mayVote(compiled, instance, spec.state, actor.id))
            .map((spec) => actionView(spec)),
          ...branchActions(compiled, instance)
            .filter(({ spec, forEach, key }) => mayTake(compiled, instance, actor, spec, { forEach, key }) && assignmentAllows(compiled, instance, spec, actor, key))
            .map(({ spec, key }) => ({ ...actionView(spec), branch: key })),
        ]
      : [];
  return {
    id: instance.id,
    tenant: instance.tenant,
    definition: { id: instance.definitionId, version: instance.definitionVersion },
    state: instance.state,
    activeStates,
    status: instance.status,
    data: instance.data,
    version: instance.version,
    createdAt: instance.createdAt,
    updatedAt: instance.updatedAt,
    actions,
    deadlines: deadlineViews(compiled, instance, at),
    branches: Object.fromEntries(
      Object.entries(instance.branches).map(([forEach, units]) => [
        forEach,
        Object.entries(units).map(([key, branch]) => ({ key, state: branch.state, entered: branch.entered, item: branch.item })),
      ]),
    ),
    participants: instance.participants ?? {},
    units: instance.units ?? {},
    ...(instance.ballots === undefined ? {} : { ballots: ballotViews(compiled, instance, actor) }),
    colour,
    overdue,
    ...(instance.links === undefined ? {} : { links: instance.links.map((link) => ({ ...link })) }),
    ...(instance.origin === undefined ? {} : { origin: { ...instance.origin } }),
  };
}

/** Whether `voter` may vote now in the ballot of `state`: a voter who has not voted, or may vote again. */
function mayVote(compiled: CompiledWorkflow, instance: StoredInstance, state: string, voter: string): boolean {
  const ballot = ownValue(instance.ballots, state);
  if (!ballot?.eligible.includes(voter)) return false;
  return !ballot.voted.includes(voter) || ballotOf(compiled, state)?.revote === true;
}

/** What the view shows of each open ballot: counts, whether the viewer has voted, and for a named ballot the votes. */
function ballotViews(compiled: CompiledWorkflow, instance: StoredInstance, actor: Actor | undefined): NonNullable<InstanceView['ballots']> {
  return Object.fromEntries(
    Object.entries(instance.ballots ?? {}).map(([state, ballot]) => {
      const declared = ballotOf(compiled, state);
      const voter = actor !== undefined && ballot.eligible.includes(actor.id);
      return [
        state,
        {
          eligible: ballot.eligible.length,
          cast: ballot.voted.length,
          quorum: declared ? quorumOf(declared, ballot.eligible.length) : 0,
          anonymous: ballot.sealed !== undefined,
          ...(ballot.items === undefined ? {} : { items: [...ballot.items] }),
          ...(voter ? { hasVoted: ballot.voted.includes(actor.id) } : {}),
          ...(ballot.votes === undefined ? {} : { votes: { ...ballot.votes } }),
        },
      ];
    }),
  );
}

function deadlineViews(compiled: CompiledWorkflow, instance: StoredInstance, now: string): InstanceView['deadlines'] {
  return Object.fromEntries(
    Object.entries(instance.deadlines).map(([state, deadline]) => {
      const timing = timingAt(deadline.due, deadline.warnAt, now);
      const colour = colourOf(compiled.colourRules, timing, { data: instance.data, instance: instanceInfo(instance), now, state });
      return [
        state,
        {
          due: deadline.due,
          ...(deadline.warnAt === undefined ? {} : { warnAt: deadline.warnAt }),
          overdue: timing.overdue,
          dueSoon: timing.dueSoon,
          colour,
          extensions: deadline.extensions ?? 0,
          ...(deadline.provisional ? { provisional: true } : {}),
        },
      ];
    }),
  );
}

/** What a view shows of an action: enough for a host (or `<luzhi-task-panel>`) to offer it and render its form. */
function actionView(spec: ActionSpec): ActionView {
  return {
    event: spec.event,
    title: spec.title,
    form: spec.form,
    state: spec.state,
    roles: spec.roles,
    ...(spec.fields === undefined ? {} : { fields: spec.fields }),
  };
}
