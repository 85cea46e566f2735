import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import type { Transition } from '../workflow-definition.generated.js';
import { defineCheck, describeTransition, didYouMean, issue, listNames } from './check.js';

/**
 * Names that must be declared at the top of the definition:
 * - `role.undeclared`: a transition's `roles`, a `forEach.role`, a `notify.roles` or `call.roles`
 *   entry, a role's `transfer` entry, a `ballot.role` or `ballot.close.roles` entry — in `roles`;
 * - `form.undeclared`: a transition's `form` — in `forms`;
 * - `effect.undeclared`: a `call.name` — in `effects`.
 */
export const referencesCheck = defineCheck({
  name: 'declared roles, forms and effects',
  codes: ['role.undeclared', 'form.undeclared', 'effect.undeclared'],
  check: ({ definition, index, effects }) => {
    const issues: Issue[] = [];
    const roles = Object.keys(definition.roles);
    const forms = Object.keys(definition.forms ?? {});
    const handlers = Object.keys(definition.effects ?? {});

    const role = (name: string, pointer: string, where: { zh: string; en: string }): void => {
      if (Object.hasOwn(definition.roles, name)) return;
      const expected = listNames(roles);
      const hint = didYouMean(name, roles);
      issues.push(
        issue(
          'role.undeclared',
          pointer,
          `${where.zh}使用的角色“${name}”未在 roles 中声明；已声明的角色：${expected.zh}${hint.zh}`,
          `Role "${name}" used by ${where.en} is not declared in "roles"; declared roles: ${expected.en}${hint.en}`,
        ),
      );
    };

    for (const transition of index.transitions) {
      if (transition.source !== 'on') continue;
      const body = transition.transition as Transition;
      const where = describeTransition(transition);
      body.roles.forEach((name, position) => role(name, joinPointer(transition.pointer, 'roles', position), where));
      if (body.form !== undefined && !forms.includes(body.form)) {
        const expected = listNames(forms);
        const hint = didYouMean(body.form, forms);
        issues.push(
          issue(
            'form.undeclared',
            joinPointer(transition.pointer, 'form'),
            `${where.zh}使用的表单“${body.form}”未在 forms 中声明；已声明的表单：${expected.zh}${hint.zh}`,
            `Form "${body.form}" used by ${where.en} is not declared in "forms"; declared forms: ${expected.en}${hint.en}`,
          ),
        );
      }
    }

    for (const state of index.states.values()) {
      state.node.forEach?.manage?.forEach((name, position) =>
        role(name, joinPointer(state.pointer, 'forEach', 'manage', position), {
          zh: `状态“${state.name}”的加签减签（forEach.manage）`,
          en: `forEach.manage of state "${state.name}"`,
        }),
      );
      for (const kind of ['claim', 'delegate'] as const) {
        state.node.assignment?.[kind]?.forEach((name, position) =>
          role(name, joinPointer(state.pointer, 'assignment', kind, position), {
            zh: `状态“${state.name}”的任务${kind === 'claim' ? '认领' : '委托'}（assignment.${kind}）`,
            en: `assignment.${kind} of state "${state.name}"`,
          }),
        );
      }
      state.node.deadline?.extend?.roles.forEach((name, position) =>
        role(name, joinPointer(state.pointer, 'deadline', 'extend', 'roles', position), {
          zh: `状态“${state.name}”的延期（deadline.extend）`,
          en: `the deadline extension of state "${state.name}"`,
        }),
      );
      const ballot = state.node.ballot;
      if (ballot) {
        role(ballot.role, joinPointer(state.pointer, 'ballot', 'role'), { zh: `状态“${state.name}”的投票（ballot）`, en: `the ballot of state "${state.name}"` });
        ballot.close?.roles.forEach((name, position) =>
          role(name, joinPointer(state.pointer, 'ballot', 'close', 'roles', position), {
            zh: `状态“${state.name}”的结束投票（ballot.close）`,
            en: `ballot.close of state "${state.name}"`,
          }),
        );
      }
      const forEach = state.node.forEach;
      if (forEach) {
        role(forEach.role, joinPointer(state.pointer, 'forEach', 'role'), {
          zh: `状态“${state.name}”的多分支（forEach）`,
          en: `the forEach of state "${state.name}"`,
        });
      }
    }

    for (const [name, declared] of Object.entries(definition.roles)) {
      declared.transfer?.forEach((by, position) =>
        role(by, joinPointer('/roles', name, 'transfer', position), { zh: `角色“${name}”的转交（transfer）`, en: `the transfer of role "${name}"` }),
      );
    }

    for (const site of effects) {
      const where = describeTransition(site.transition);
      const notify = site.effect.notify;
      notify?.roles.forEach((name, position) =>
        role(name, joinPointer(site.pointer, 'notify', 'roles', position), { zh: `${where.zh}的通知`, en: `a notification of ${where.en}` }),
      );
      const call = site.effect.call;
      call?.roles?.forEach((name, position) =>
        role(name, joinPointer(site.pointer, 'call', 'roles', position), { zh: `${where.zh}的外部动作`, en: `a call of ${where.en}` }),
      );
      if (call && !handlers.includes(call.name)) {
        const expected = listNames(handlers);
        const hint = didYouMean(call.name, handlers);
        issues.push(
          issue(
            'effect.undeclared',
            joinPointer(site.pointer, 'call', 'name'),
            `${where.zh}调用的外部动作“${call.name}”未在 effects 中声明；已声明的外部动作：${expected.zh}${hint.zh}`,
            `Effect "${call.name}" called by ${where.en} is not declared in "effects"; declared effects: ${expected.en}${hint.en}`,
          ),
        );
      }
    }
    return issues;
  },
});
