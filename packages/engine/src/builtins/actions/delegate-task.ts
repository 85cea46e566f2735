import { withOwn } from '../../own-keys.js';
import { defineBuiltinAction, type BuiltinActionForm, type PayloadOf } from './builtin-action.js';
import { checkBuiltinPayload } from './payload.js';
import { changeAssignment } from './task-assignment.js';

const payload = {
  type: 'object',
  required: ['to', 'reason'],
  properties: { to: { type: 'string', minLength: 1 }, reason: { type: 'string', minLength: 2 } },
  additionalProperties: false,
} as const;

/** The payload of 委托: to whom, and why. */
export type DelegateTaskPayload = PayloadOf<typeof payload>;

/** 委托他人办理: what the forms need. */
export const delegateTaskForm = {
  name: 'delegateTask',
  title: { 'zh-CN': '委托他人办理', en: 'Delegate the task' },
  eventTitle: { 'zh-CN': '委托他人办理', en: 'Delegated' },
  enabledBy: 'assignment.delegate',
  payload,
  fields: {
    to: { title: { 'zh-CN': '受托人（用户标识）', en: 'To (user id)' } },
    reason: { title: { 'zh-CN': '理由', en: 'Reason' } },
  },
} as const satisfies BuiltinActionForm;

/**
 * 委托他人办理: offered to the roles of `assignment.delegate`; once someone holds the task, only
 * they may pass it on. The delegate alone holds it then.
 */
export const delegateTask = /* @__PURE__ */ defineBuiltinAction({
  form: delegateTaskForm,
  perBranch: true,
  offer: (state) => {
    const delegate = state.node.assignment?.delegate;
    return delegate ? { roles: delegate, pointer: `${state.pointer}/assignment` } : undefined;
  },
  apply: (args) => {
    checkBuiltinPayload(delegateTaskForm, args.compiled, args.found.spec, args.command.payload);
    const actor = args.command.actor;
    const request = args.command.payload as DelegateTaskPayload;
    return changeAssignment(args, (current, key, at, refuse) => {
      if (current && current.user !== actor.id) refuse('该任务由他人办理，只有其本人可以委托', 'The task is held by someone else: only they may delegate it');
      return { assignees: withOwn(args.instance.assignees, key, { user: request.to, at, by: actor.id }), payload: args.command.payload };
    });
  },
});
