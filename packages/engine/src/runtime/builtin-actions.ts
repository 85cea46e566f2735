import { ajvErrorsToIssues } from '../definition/ajv-issues.js';
import { createAjv } from '../definition/ajv.js';
import { ForbiddenError, PayloadError } from '../errors.js';
import { text } from '../localized-text.js';
import { computeDue, isZeroDeadline, parseDeadline, warnAt } from '../calendar/deadline.js';
import type { ActionSpec, CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { StateDeadline, StoredInstance } from '../store/store.js';
import { taskKey } from './assignment-rules.js';
import { validatePayload, type FoundAction } from './find-action.js';
import { afterEvent, finish, nextEvent, type AppliedCommand, type CommandEnvironment } from './step.js';
import type { Command } from './types.js';
import { ownValue, withOwn } from '../own-keys.js';

const extensionValidator = createAjv().compile({
  type: 'object',
  required: ['by', 'reason'],
  properties: { by: { type: 'string', minLength: 2 }, reason: { type: 'string', minLength: 2 } },
  additionalProperties: false,
});

/**
 * Extends the deadline of the state offering `extendDeadline` (延期): moves it by `payload.by`
 * from its current due instant, within the definition's `max` and `times`, and audits the reason.
 * @throws PayloadError for a malformed request, a duration over `max`, or no extensions left.
 */
export function applyExtension(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  spec: ActionSpec,
  command: Command,
  atDate: Date,
  environment: CommandEnvironment,
): AppliedCommand {
  if (!extensionValidator(command.payload ?? {})) {
    throw new PayloadError(ajvErrorsToIssues(extensionValidator.errors, 'payload'));
  }
  const { by, reason } = command.payload as { by: string; reason: string };
  const rule = compiled.index.states.get(spec.state)!.node.deadline!;
  const deadline = ownValue(instance.deadlines, spec.state)!;
  const refuse = (pointer: string, code: string, zh: string, en: string): never => {
    throw new PayloadError([{ pointer, code, message: text(zh, en) }]);
  };
  const requested = parseDeadline(by);
  if (!requested || isZeroDeadline(requested)) {
    refuse('/by', 'payload.duration', `“${by}”不是有效的时长（如 P1M、P15D 或 10WD）`, `"${by}" is not a duration (such as P1M, P15D or 10WD)`);
  }
  const times = rule.extend?.times ?? 1;
  if ((deadline.extensions ?? 0) >= times) {
    refuse('', 'payload.noExtensionLeft', `该时限已延期 ${times} 次，不能再延期`, `This deadline was already extended ${times} time(s)`);
  }
  // A working-day deadline falls due at 24:00 of its last day: count further working days from
  // that day, not from the next one (which the due instant, 00:00, already belongs to).
  const from = (duration: string) =>
    new Date(Date.parse(deadline.due) - (parseDeadline(duration)?.kind === 'workingDays' ? 1 : 0));
  const due = computeDue(from(by), by, environment.calendar);
  // Compare instants, not units: P1M against a P10D maximum, or 10WD across a holiday, both work.
  if (rule.extend?.max !== undefined && due.due > computeDue(from(rule.extend.max), rule.extend.max, environment.calendar).due) {
    refuse('/by', 'payload.extensionTooLong', `延期不能超过 ${rule.extend.max}`, `An extension cannot exceed ${rule.extend.max}`);
  }
  const warn = rule.warnBefore === undefined ? undefined : warnAt(due.due, rule.warnBefore, environment.calendar);
  const extended: StateDeadline = {
    due: due.due.toISOString(),
    ...(warn ? { warnAt: warn.at.toISOString() } : {}),
    ...(deadline.provisional || due.provisional || warn?.provisional ? { provisional: true } : {}),
    extensions: (deadline.extensions ?? 0) + 1,
  };
  const at = atDate.toISOString();
  const event = nextEvent(instance, {
    at,
    actor: command.actor,
    type: spec.event,
    payload: { state: spec.state, by, reason, from: deadline.due, due: extended.due },
    to: instance.state,
  });
  const updated = afterEvent(instance, event, { deadlines: { ...instance.deadlines, [spec.state]: extended } });
  return finish(compiled, updated, instance.version, event, [], command.actor, command.idempotencyKey, atDate, environment);
}

const delegationValidator = createAjv().compile({
  type: 'object',
  required: ['to', 'reason'],
  properties: { to: { type: 'string', minLength: 1 }, reason: { type: 'string', minLength: 2 } },
  additionalProperties: false,
});

/**
 * Claims (认领), releases or delegates (委托) a task: records who alone may act on it now, and
 * audits the operation. The state does not change.
 * @throws ForbiddenError when the task is someone else's; PayloadError for a bad delegation.
 */
export function applyAssignment(
  compiled: CompiledWorkflow,
  instance: StoredInstance,
  found: FoundAction,
  command: Command,
  atDate: Date,
  environment: CommandEnvironment,
): AppliedCommand {
  const { spec } = found;
  const key = taskKey(spec.state, found.branch?.key);
  const current = ownValue(instance.assignees, key);
  const at = atDate.toISOString();
  const actor = command.actor;
  const refuse = (zh: string, en: string): never => {
    throw new ForbiddenError(spec.event, spec.roles, text(zh, en));
  };
  let assignees = instance.assignees;
  let payload: unknown;
  if (spec.builtin === 'claimTask') {
    validatePayload(compiled, spec, command.payload);
    if (current) refuse(current.user === actor.id ? '您已认领该任务' : '该任务已由他人认领', current.user === actor.id ? 'You already claimed the task' : 'The task was already claimed by someone else');
    assignees = withOwn(assignees, key, { user: actor.id, at, by: actor.id });
  } else if (spec.builtin === 'releaseTask') {
    validatePayload(compiled, spec, command.payload);
    if (!current || current.user !== actor.id) refuse('只有认领或受托的人可以退回该任务', 'Only the person who holds the task may release it');
    assignees = { ...assignees };
    delete assignees[key];
  } else {
    if (!delegationValidator(command.payload ?? {})) throw new PayloadError(ajvErrorsToIssues(delegationValidator.errors, 'payload'));
    if (current && current.user !== actor.id) refuse('该任务由他人办理，只有其本人可以委托', 'The task is held by someone else: only they may delegate it');
    payload = command.payload;
    assignees = withOwn(assignees, key, { user: (payload as { to: string }).to, at, by: actor.id });
  }
  const event = nextEvent(instance, { at, actor, type: spec.event, branch: found.branch?.key, payload, to: instance.state });
  const updated = afterEvent(instance, event, { assignees });
  return finish(compiled, updated, instance.version, event, [], actor, command.idempotencyKey, atDate, environment);
}

const branchChangeValidators = {
  add: createAjv().compile({
    type: 'object',
    required: ['item', 'reason'],
    properties: { item: { type: ['string', 'object'] }, reason: { type: 'string', minLength: 2 } },
    additionalProperties: false,
  }),
  remove: createAjv().compile({
    type: 'object',
    required: ['branch', 'reason'],
    properties: { branch: { type: 'string', minLength: 1 }, reason: { type: 'string', minLength: 2 } },
    additionalProperties: false,
  }),
};

/** @throws PayloadError unless the payload is `{ item, reason }` (add) or `{ branch, reason }` (remove). */
export function validateBranchChange(adding: boolean, payload: unknown): void {
  const validate = adding ? branchChangeValidators.add : branchChangeValidators.remove;
  if (!validate(payload ?? {})) throw new PayloadError(ajvErrorsToIssues(validate.errors, 'payload'));
}
