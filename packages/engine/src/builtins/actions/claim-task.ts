import { withOwn } from '../../own-keys.js';
import { defineBuiltinAction, type BuiltinActionForm } from './builtin-action.js';
import { checkBuiltinPayload } from './payload.js';
import { changeAssignment } from './task-assignment.js';

/** 认领: what the forms need (no payload). */
export const claimTaskForm = {
  name: 'claimTask',
  title: { 'zh-CN': '认领', en: 'Claim the task' },
  eventTitle: { 'zh-CN': '认领', en: 'Claimed' },
  enabledBy: 'assignment.claim',
} as const satisfies BuiltinActionForm;

/** 认领: offered to the roles of `assignment.claim` while the task is free; the claimer alone holds it then. */
export const claimTask = /* @__PURE__ */ defineBuiltinAction({
  form: claimTaskForm,
  perBranch: true,
  offer: (state) => {
    const claim = state.node.assignment?.claim;
    return claim ? { roles: claim, pointer: `${state.pointer}/assignment` } : undefined;
  },
  allows: (assignee) => assignee === undefined,
  apply: (args) => {
    checkBuiltinPayload(claimTaskForm, args.compiled, args.found.spec, args.command.payload);
    const actor = args.command.actor;
    return changeAssignment(args, (current, key, at, refuse) => {
      // Says whether the claimer holds it already, never who else does.
      if (current) refuse(current.user === actor.id ? '您已认领该任务' : '该任务已由他人认领', current.user === actor.id ? 'You already claimed the task' : 'The task was already claimed by someone else');
      return { assignees: withOwn(args.instance.assignees, key, { user: actor.id, at, by: actor.id }) };
    });
  },
});
