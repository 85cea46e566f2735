import type { AnyMachineSnapshot } from 'xstate';
import { TransitionNotAllowedError } from '../errors.js';
import { titleText } from '../localized-text.js';
import { activeStateNames, formatStateValue, type StateValue } from '../compile/state-value.js';
import { closeBallot } from './ballots.js';
import { deadlineEvent, statesEntered } from '../compile/machine-config.js';
import { openBranchesOnly } from '../compile/for-each.js';
import type { BranchState, CompiledWorkflow, MachineContext } from '../compile/compiled-workflow.js';
import type { StateDeadline, StoredInstance, StoredTimer } from '../store/store.js';
import { assigneesStillOpen, checkAssignee } from './assignment-rules.js';
import { builtinAction } from '../builtins/actions/index.js';
import { checkBuiltinPayload } from '../builtins/actions/payload.js';
import { branchDeadlinesAfter, deadlinesAfter, recountProvisional, type RecountedDeadline } from './deadlines.js';
import { authorize, findAction, validatePayload } from './find-action.js';
import {
  afterEvent,
  enteredAfter,
  finish,
  nextEvent,
  SYSTEM_ACTOR,
  validateData,
  type AppliedCommand,
  type CommandEnvironment,
} from './step.js';
import { instanceInfo } from './view.js';
import { applyTransfer, TRANSFER_ROLE } from '../builtins/actions/transfer-role.js';
import { withStepLimit } from './step-limit.js';
import { machineTransition } from './machine-step.js';
import { pathTaken, type PathTaken } from './transitions-taken.js';
import type { Command } from './types.js';
import { ownValue, withOwn } from '../own-keys.js';

/**
 * The life of a command, as pure functions: start an instance, apply a command, fire a timer.
 * Each reads only what it is given and returns the rows to commit and the view to return.
 * (Starting lives beside `finish` in `step.ts`: a command's `start` effects start instances there.)
 */
export { applyStart } from './step.js';
/**
 * Applies a command to an instance: find the action, authorize, validate the payload, take the
 * transition with the machine's own pure `transition()` (see `machine-step.ts`), and describe
 * everything to write. This is a pure function: it reads no store, runs no effect, and leaves
 * `instance` untouched.
 *
 * @throws TransitionNotAllowedError, ForbiddenError or PayloadError; nothing is written then.
 */
export function applyCommand(
  compiled: CompiledWorkflow,
  stored: StoredInstance,
  command: Command,
  atDate: Date,
  environment: CommandEnvironment,
): AppliedCommand {
  // Every command, whatever it does, works on (and commits) deadlines recounted on today's calendar.
  const instance = recountProvisional(compiled, stored, environment.calendar).instance;
  if (command.type === TRANSFER_ROLE && compiled.participantRoles.size > 0) return applyTransfer(compiled, instance, command, atDate, environment);
  const found = findAction(compiled, instance, command);
  const { spec } = found;
  authorize(command.actor, found, compiled, instance);
  // Someone else's claimed or delegated task is theirs alone, built-in actions included.
  checkAssignee(compiled, instance, found, command.actor);
  const builtin = spec.builtin === undefined ? undefined : builtinAction(spec.builtin);
  if (builtin?.apply) return builtin.apply({ compiled, instance, found, command, atDate, environment });
  if (builtin) checkBuiltinPayload(builtin.form, compiled, spec, command.payload);
  else validatePayload(compiled, spec, command.payload);

  const at = atDate.toISOString();
  const context: MachineContext = { data: instance.data, now: at, instance: instanceInfo(instance), branches: instance.branches };
  const snapshot = compiled.machine.resolveState({ value: instance.state, context }) as AnyMachineSnapshot;
  const [next, actions] = withStepLimit(command.type, () =>
    machineTransition(compiled.machine, snapshot, {
      type: command.type,
      payload: command.payload,
      actor: command.actor,
      ...(found.branch ? { branch: found.branch } : {}),
    }),
  );
  // Not taken: XState hands back the same snapshot and nothing to do. (An action without `to`
  // that only runs effects also returns the same snapshot, but with its effects.)
  if (next === snapshot && actions.length === 0) {
    throw new TransitionNotAllowedError(command.type, formatStateValue(instance.state), 'guard', [], (spec.refusals ?? []).map(titleText));
  }
  const data = (next.context as MachineContext).data;
  if (data !== instance.data) validateData(compiled, data);

  const state = next.value as StateValue;
  const entered = enteredAfter(instance, state, at, statesEntered(actions));
  const event = nextEvent(instance, {
    at,
    actor: command.actor,
    type: command.type,
    branch: found.branch?.key,
    payload: command.payload,
    to: state,
    // A built-in action the statechart applies (加签、减签) is recorded where the state enables it.
    path: pathTaken(actions, instance.branches, (next.context as MachineContext).branches, builtin ? [spec.pointer] : []),
  });
  const updated = afterEvent(instance, event, {
    state,
    data,
    status: next.status === 'done' ? 'done' : 'active',
    entered,
    deadlines: entered === instance.entered ? instance.deadlines : deadlinesAfter(compiled, instance, state, entered, environment.calendar),
    branches: branchDeadlinesAfter(
      compiled,
      instance.branches,
      openBranchesOnly((next.context as MachineContext).branches, state),
      environment.calendar,
    ),
  });
  updated.assignees = assigneesStillOpen(updated);
  return finish(compiled, updated, instance.version, event, actions, command.actor, command.idempotencyKey, atDate, environment);
}

/**
 * Fires a deadline timer (the pure part of `engine.runDueTimers`): marks the warning given or the
 * deadline passed, takes the state's `onWarn`/`onExpire` (effects, and for `onExpire` with `to`
 * a move), and audits it as `deadlineWarning` / `deadlineExpired`. Returns undefined when the
 * timer has nothing left to do (its state was left, or the deadline moved). Provisional deadlines
 * are recounted first; when that moves the timer's instant, the recount is what gets committed.
 */
export function applyTimer(
  compiled: CompiledWorkflow,
  stored: StoredInstance,
  timer: StoredTimer,
  atDate: Date,
  environment: CommandEnvironment,
): AppliedCommand | undefined {
  // A provisional deadline is recounted before its timer fires: if the calendar now has the
  // missing year and the count moved, the timer is stale and the recount is committed instead.
  const recount = recountProvisional(compiled, stored, environment.calendar);
  const fired = fireTimer(compiled, recount.instance, timer, atDate, environment);
  if (fired || recount.moved.length === 0) return fired;
  return commitRecount(compiled, stored, recount.instance, recount.moved, atDate, environment);
}

/**
 * Commits deadlines recounted on the current calendar as an event of their own
 * (`deadlinesRecounted`, payload `{ deadlines: [{ state, branch?, from, due }] }`): the instance
 * stays where it is, and its timers follow the new instants.
 */
function commitRecount(
  compiled: CompiledWorkflow,
  stored: StoredInstance,
  recounted: StoredInstance,
  moved: readonly RecountedDeadline[],
  atDate: Date,
  environment: CommandEnvironment,
): AppliedCommand {
  const event = nextEvent(stored, {
    at: atDate.toISOString(),
    actor: SYSTEM_ACTOR,
    type: 'deadlinesRecounted',
    payload: { deadlines: moved.map((entry) => ({ ...entry })) },
    to: stored.state,
  });
  const updated = afterEvent(stored, event, { deadlines: recounted.deadlines, branches: recounted.branches });
  return finish(compiled, updated, stored.version, event, [], SYSTEM_ACTOR, undefined, atDate, environment);
}

/** Fires a timer on an instance whose deadlines are current; undefined when it has nothing to do. */
function fireTimer(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  timer: StoredTimer,
  atDate: Date,
  environment: CommandEnvironment,
): AppliedCommand | undefined {
  const forEach = timer.branch === undefined ? undefined : compiled.index.states.get(timer.state)?.parent;
  const branch = forEach === undefined ? undefined : ownValue(ownValue(instance.branches, forEach), timer.branch!);
  if (timer.branch !== undefined && branch?.state !== timer.state) return undefined;
  const deadline = timer.branch === undefined ? ownValue(instance.deadlines, timer.state) : branch?.deadline;
  if (instance.status === 'done' || !deadline) return undefined;
  if (timer.kind === 'warn' ? deadline.warned || deadline.warnAt !== timer.dueAt : deadline.expired || deadline.due !== timer.dueAt) {
    return undefined;
  }
  const at = atDate.toISOString();
  const marked = { ...deadline, ...(timer.kind === 'warn' ? { warned: true } : { expired: true }) };
  const node = compiled.index.states.get(timer.state)?.node.deadline;
  const handled = timer.kind === 'warn' ? node?.onWarn : node?.onExpire;
  let state = instance.state;
  let data = instance.data;
  let actions: ReadonlyArray<{ type: string; params?: unknown }> = [];
  let status: StoredInstance['status'] = instance.status;
  let branches = instance.branches;
  let path: PathTaken | undefined;
  if (handled) {
    const context: MachineContext = { data: instance.data, now: at, instance: instanceInfo(instance), branches: instance.branches };
    const snapshot = compiled.machine.resolveState({ value: instance.state, context }) as AnyMachineSnapshot;
    const type = deadlineEvent(timer.kind, timer.state);
    const [next, taken] = withStepLimit(type, () =>
      machineTransition(compiled.machine, snapshot, {
        type,
        ...(forEach !== undefined ? { branch: { forEach, key: timer.branch! } } : {}),
      }),
    );
    state = next.value as StateValue;
    data = (next.context as MachineContext).data;
    path = pathTaken(taken, instance.branches, (next.context as MachineContext).branches);
    branches = openBranchesOnly((next.context as MachineContext).branches, state);
    actions = taken;
    status = next.status === 'done' ? 'done' : 'active';
  }
  // The deadline of a ballot state closes its ballot: the tally is written and onDone taken.
  const ballot = timer.kind === 'expire' && timer.branch === undefined ? ownValue(instance.ballots, timer.state) : undefined;
  if (ballot && activeStateNames(state).includes(timer.state)) {
    const closed = closeBallot(compiled, { ...instance, state, data, branches }, timer.state, ballot, at);
    ({ state, data, status } = closed);
    branches = openBranchesOnly(closed.branches, state);
    actions = [...actions, ...closed.actions];
    path = pathTaken(actions, instance.branches, closed.branches);
  }
  const entered = enteredAfter(instance, state, at, statesEntered(actions));
  const moved = entered !== instance.entered;
  const kept = timer.branch === undefined ? withOwn<StateDeadline>(instance.deadlines, timer.state, marked) : instance.deadlines;
  if (forEach !== undefined) {
    // Mark the branch's deadline on the branch as it was before any move the expiry made.
    const before = withOwn(instance.branches, forEach, withOwn<BranchState>(ownValue(instance.branches, forEach), timer.branch!, { ...branch!, deadline: marked }));
    const after = ownValue(ownValue(branches, forEach), timer.branch!);
    branches =
      after && after.state === branch!.state && after.entered === branch!.entered
        ? withOwn(branches, forEach, withOwn<BranchState>(ownValue(branches, forEach), timer.branch!, { ...after, deadline: marked }))
        : branches;
    branches = branchDeadlinesAfter(compiled, before, branches, environment.calendar);
  }
  const event = nextEvent(instance, {
    at,
    actor: SYSTEM_ACTOR,
    type: timer.kind === 'warn' ? 'deadlineWarning' : 'deadlineExpired',
    branch: timer.branch,
    payload: { state: timer.state, due: deadline.due },
    to: state,
    path,
  });
  const updated = afterEvent(instance, event, {
    state,
    data,
    status,
    entered,
    deadlines: moved ? deadlinesAfter(compiled, { deadlines: kept, entered: instance.entered }, state, entered, environment.calendar) : kept,
    branches,
  });
  updated.assignees = assigneesStillOpen(updated);
  return finish(compiled, updated, instance.version, event, actions, SYSTEM_ACTOR, timer.id, atDate, environment);
}
