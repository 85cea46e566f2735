import type { Issue } from '../../errors.js';
import { joinPointer, parsePointer } from '../../json-pointer.js';
import type { Role } from '../workflow-definition.generated.js';
import { defineCheck, issue } from './check.js';
import type { CheckContext } from './context.js';
import { ownValue } from '../../own-keys.js';
import { resolveLocalRef, stepInto, walkSchema, type SchemaNode } from './schema-walk.js';

/**
 * Roles bound to the instance's people and units:
 * - `role.holdersInvalid`: a `holders` pointer must name a place the data schema declares as a
 *   string (one user id) or an array of strings (user ids);
 * - `role.unitInvalid`: `unit` needs `"scope": "unit"`, and its pointer must name a place the data
 *   schema declares as a string (the unit id);
 * - `role.holdersWithUnitScope`: a participant role is held by people, not by a unit: `holders`
 *   and `"scope": "unit"` exclude each other;
 * - `role.transferWithoutHolders`: only a participant role can be transferred (`transfer`);
 * - `role.participantNotAllowed`: a participant role's task is its holders' own, so it cannot be
 *   claimed from or delegated out of a shared pool (`assignment.claim`/`delegate`);
 * - `role.oversightInvalid`: only a global role oversees every instance (`oversight`): a
 *   participant role is held within one instance, and a unit-scoped role would see other units' work.
 */
export const participantRolesCheck = defineCheck({
  name: 'participant and data-bound unit roles',
  codes: [
    'role.holdersInvalid',
    'role.unitInvalid',
    'role.holdersWithUnitScope',
    'role.transferWithoutHolders',
    'role.participantNotAllowed',
    'role.oversightInvalid',
  ],
  check: (context) => {
    const issues: Issue[] = [];
    for (const [name, role] of Object.entries(context.definition.roles)) {
      issues.push(...roleIssues(context, name, role, joinPointer('/roles', name)));
    }
    for (const state of context.index.states.values()) {
      for (const kind of ['claim', 'delegate'] as const) {
        state.node.assignment?.[kind]?.forEach((name, position) => {
          const role = ownValue(context.definition.roles, name);
          if (role?.holders === undefined) return;
          issues.push(
            issue(
              'role.participantNotAllowed',
              joinPointer(state.pointer, 'assignment', kind, position),
              `状态“${state.name}”的 assignment.${kind} 不能使用参与角色“${name}”：参与角色的任务属于其持有人本人，不能认领或委托；更换持有人请用转交（transferRole）`,
              `assignment.${kind} of state "${state.name}" cannot use participant role "${name}": its task belongs to its holders themselves and cannot be claimed or delegated; to change holders, transfer the role (transferRole)`,
            ),
          );
        });
      }
    }
    return issues;
  },
});

function roleIssues(context: CheckContext, name: string, role: Role, pointer: string): Issue[] {
  const issues: Issue[] = [];
  if (role.oversight === true && (role.holders !== undefined || role.scope === 'unit')) {
    issues.push(
      issue(
        'role.oversightInvalid',
        joinPointer(pointer, 'oversight'),
        `角色“${name}”不能声明 oversight：只有全局角色可以查看全部实例，参与角色只属于一件实例，单位范围的角色不能查看其他单位的工作`,
        `Role "${name}" cannot declare "oversight": only a global role sees every instance; a participant role belongs to one instance, and a unit-scoped role may not see other units' work`,
      ),
    );
  }
  if (role.holders !== undefined && role.scope === 'unit') {
    issues.push(
      issue(
        'role.holdersWithUnitScope',
        joinPointer(pointer, 'holders'),
        `角色“${name}”同时声明了 holders 和 "scope": "unit"：参与角色由具体的人持有，不属于单位；请删去其中之一`,
        `Role "${name}" declares both "holders" and "scope": "unit": a participant role is held by people, not by a unit; remove one of them`,
      ),
    );
  }
  if (role.holders !== undefined && role.holders !== 'starter') {
    const problem = placeProblem(context, role.holders, true);
    if (problem !== undefined) {
      issues.push(
        issue(
          'role.holdersInvalid',
          joinPointer(pointer, 'holders'),
          `角色“${name}”的 holders “${role.holders}”无效：${problem.zh}；应为 "starter"，或指向 data 模式中字符串（一个用户标识）或字符串数组（多个用户标识）的 JSON 指针`,
          `The holders "${role.holders}" of role "${name}" are invalid: ${problem.en}; expected "starter", or a JSON pointer to a string (one user id) or an array of strings (user ids) in the data schema`,
        ),
      );
    }
  }
  if (role.unit !== undefined) {
    const problem =
      role.scope !== 'unit'
        ? { zh: '只有 "scope": "unit" 的角色才能绑定单位', en: 'only a role with "scope": "unit" can be bound to a unit' }
        : placeProblem(context, role.unit, false);
    if (problem !== undefined) {
      issues.push(
        issue(
          'role.unitInvalid',
          joinPointer(pointer, 'unit'),
          `角色“${name}”的 unit “${role.unit}”无效：${problem.zh}；应为指向 data 模式中字符串（单位标识）的 JSON 指针`,
          `The unit "${role.unit}" of role "${name}" is invalid: ${problem.en}; expected a JSON pointer to a string (a unit id) in the data schema`,
        ),
      );
    }
  }
  if (role.transfer !== undefined && role.holders === undefined) {
    issues.push(
      issue(
        'role.transferWithoutHolders',
        joinPointer(pointer, 'transfer'),
        `角色“${name}”声明了 transfer，但它不是参与角色（没有 holders）：只有参与角色可以转交`,
        `Role "${name}" declares "transfer" but is not a participant role (it has no "holders"): only a participant role can be transferred`,
      ),
    );
  }
  return issues;
}

/** What is wrong with a data pointer that must name a string (or, with `list`, an array of strings); undefined when nothing. */
/**
 * What is wrong with a data place a role (or a ballot) reads: not a pointer, not declared, or not a
 * string (with `list`, nor an array of strings); undefined when it is fine.
 */
export function placeProblem(context: CheckContext, pointer: string, list: boolean): { zh: string; en: string } | undefined {
  const tokens = parsePointer(pointer);
  if (!tokens || tokens.length === 0) return { zh: '不是指向数据字段的 JSON 指针', en: 'it is not a JSON pointer to a field of the data' };
  const data = context.data;
  if (!data) return { zh: '流程没有声明 data 模式', en: 'the workflow declares no data schema' };
  if (!data.usable) return undefined; // data.schemaInvalid reports the schema
  const { step } = walkSchema(data.schema, tokens, 'declared');
  if (step.kind !== 'schema') return { zh: 'data 模式中没有声明该字段', en: 'the data schema does not declare it' };
  if (typeType(step.schema) === 'string') return undefined;
  if (list && typeType(step.schema) === 'array') {
    const items = stepInto(data.schema, step.schema, '-', 'declared');
    const item = items.kind === 'schema' ? resolveLocalRef(data.schema, items.schema) : undefined;
    if (item !== undefined && typeType(item) === 'string') return undefined;
    return { zh: 'data 模式中它是数组，但元素不是字符串', en: 'the data schema describes it as an array whose items are not strings' };
  }
  return list
    ? { zh: 'data 模式中它不是字符串或字符串数组', en: 'the data schema does not describe it as a string or an array of strings' }
    : { zh: 'data 模式中它不是字符串', en: 'the data schema does not describe it as a string' };
}

/** The single `type` a schema declares, if it declares exactly one. */
function typeType(schema: SchemaNode): string | undefined {
  if (typeof schema === 'boolean') return undefined;
  const type = schema.type;
  if (typeof type === 'string') return type;
  return Array.isArray(type) && type.length === 1 && typeof type[0] === 'string' ? type[0] : undefined;
}
