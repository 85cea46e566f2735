import { PayloadError } from '../../errors.js';
import { text } from '../../localized-text.js';
import { computeDue, isZeroDeadline, parseDeadline, warnAt } from '../../calendar/deadline.js';
import type { StateDeadline } from '../../store/store.js';
import { afterEvent, finish, nextEvent } from '../../runtime/step.js';
import { ownValue } from '../../own-keys.js';
import { defineBuiltinAction, type BuiltinActionForm, type PayloadOf } from './builtin-action.js';
import { checkBuiltinPayload } from './payload.js';

const payload = {
  type: 'object',
  required: ['by', 'reason'],
  properties: { by: { type: 'string', minLength: 2 }, reason: { type: 'string', minLength: 2 } },
  additionalProperties: false,
} as const;

/** The payload of 延期: how long, and why. */
export type ExtendDeadlinePayload = PayloadOf<typeof payload>;

/** 延期: what the forms need. */
export const extendDeadlineForm = {
  name: 'extendDeadline',
  title: { 'zh-CN': '申请延期', en: 'Extend the deadline' },
  eventTitle: { 'zh-CN': '延期', en: 'Deadline extended' },
  enabledBy: 'deadline.extend.roles',
  payload,
  fields: {
    by: { title: { 'zh-CN': '延期时长（如 P1M、P15D、10WD）', en: 'By (P1M, P15D, 10WD)' } },
    reason: { title: { 'zh-CN': '理由', en: 'Reason' } },
  },
} as const satisfies BuiltinActionForm;

/**
 * 延期: offered where a state's deadline declares `extend.roles`. Moves the deadline by
 * `payload.by` from its current due instant, within the definition's `max` and `times`, and
 * audits the reason.
 */
export const extendDeadline = /* @__PURE__ */ defineBuiltinAction({
  form: extendDeadlineForm,
  perBranch: false,
  offer: (state) => {
    const extend = state.node.deadline?.extend;
    return extend ? { roles: extend.roles, pointer: `${state.pointer}/deadline/extend` } : undefined;
  },
  apply: ({ compiled, instance, found, command, atDate, environment }) => {
    const { spec } = found;
    checkBuiltinPayload(extendDeadlineForm, compiled, spec, command.payload);
    const { by, reason } = command.payload as ExtendDeadlinePayload;
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
      path: { transitions: [spec.pointer] },
    });
    const updated = afterEvent(instance, event, { deadlines: { ...instance.deadlines, [spec.state]: extended } });
    return finish(compiled, updated, instance.version, event, [], command.actor, command.idempotencyKey, atDate, environment);
  },
});
