import { defineBuiltinAction, type BuiltinActionForm } from './builtin-action.js';
import { checkBuiltinPayload } from './payload.js';
import { changeAssignment, taskHolders } from './task-assignment.js';

/** 退回任务池: what the forms need (no payload). */
export const releaseTaskForm = {
  name: 'releaseTask',
  title: { 'zh-CN': '退回任务池', en: 'Release the task' },
  eventTitle: { 'zh-CN': '退回任务池', en: 'Released' },
  enabledBy: 'assignment',
} as const satisfies BuiltinActionForm;

/** 退回任务池: offered wherever a state has an `assignment`, to the task's holder only; the task is free again. */
export const releaseTask = /* @__PURE__ */ defineBuiltinAction({
  form: releaseTaskForm,
  perBranch: true,
  offer: (state) => {
    const holders = taskHolders(state);
    return holders ? { roles: holders, pointer: `${state.pointer}/assignment` } : undefined;
  },
  allows: (assignee, actor) => assignee?.user === actor.id,
  apply: (args) => {
    checkBuiltinPayload(releaseTaskForm, args.compiled, args.found.spec, args.command.payload);
    const actor = args.command.actor;
    return changeAssignment(args, (current, key, _at, refuse) => {
      if (!current || current.user !== actor.id) refuse('只有认领或受托的人可以退回该任务', 'Only the person who holds the task may release it');
      const assignees = { ...args.instance.assignees };
      delete assignees[key];
      return { assignees };
    });
  },
});
