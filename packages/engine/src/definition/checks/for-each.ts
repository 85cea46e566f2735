import type { Issue } from '../../errors.js';
import { joinPointer, parsePointer } from '../../json-pointer.js';
import type { IndexedState } from '../state-index.js';
import type { ForEach } from '../workflow-definition.generated.js';
import { defineCheck, didYouMean, issue, listNames, standaloneExpressionIssues } from './check.js';
import type { CheckContext } from './context.js';
import { declaredProperties, isArraySchema, isObjectSchema, resolveLocalRef, stepInto, walkSchema, type SchemaNode } from './schema-walk.js';
import { ownValue } from '../../own-keys.js';

/**
 * Multi-instance states (`forEach`: one branch per item of a data array):
 * - `forEach.notCompound`: the state must be compound — each branch runs its child states;
 * - `forEach.noFinal`: a branch finishes by reaching a final child, so there must be one;
 * - `forEach.inInvalid`: `in` must be a JSON pointer to an array declared in the data schema;
 * - `forEach.keyInvalid`: `key` must be a property declared by the array's item schema;
 * - `forEach.roleNotUnitScoped`: the branch role must be declared with `"scope": "unit"` (a branch
 *   per unit), or be a participant role (`holders`: a branch per person, keyed by user id).
 */
export const forEachCheck = defineCheck({
  name: 'forEach (multi-instance) states',
  codes: ['forEach.notCompound', 'forEach.noFinal', 'forEach.inInvalid', 'forEach.keyInvalid', 'forEach.roleNotUnitScoped'],
  check: (context) => {
    const issues: Issue[] = [];
    for (const state of context.index.states.values()) {
      const forEach = state.node.forEach;
      // A final state cannot have forEach at all: final.invalid says so.
      if (forEach === undefined || state.kind === 'final') continue;
      const pointer = joinPointer(state.pointer, 'forEach');
      issues.push(...shapeIssues(context, state, pointer));
      issues.push(...itemIssues(context, state.name, forEach, pointer));
      if (forEach.start !== undefined) issues.push(
          ...standaloneExpressionIssues(forEach.start, joinPointer(pointer, 'start'), START_ROOTS, { zh: 'forEach.start ', en: 'forEach.start' }),
        );
      const role = ownValue(context.definition.roles, forEach.role);
      if (role && role.scope !== 'unit' && role.holders === undefined) {
        issues.push(
          issue(
            'forEach.roleNotUnitScoped',
            joinPointer(pointer, 'role'),
            `状态“${state.name}”的 forEach 角色“${forEach.role}”既不是单位范围的角色，也不是参与角色：每个分支由本单位（或本人）办理，请在 roles 中为“${forEach.role}”设置 "scope": "unit"（每单位一个分支）或 holders（每人一个分支）`,
            `The forEach role "${forEach.role}" of state "${state.name}" is neither unit-scoped nor a participant role: each branch is acted on by its own unit (or person), so declare "scope": "unit" (a branch per unit) or "holders" (a branch per person) on role "${forEach.role}" in "roles"`,
          ),
        );
      }
    }
    return issues;
  },
});

function shapeIssues(context: CheckContext, state: IndexedState, pointer: string): Issue[] {
  if (state.kind !== 'compound') {
    return [
      issue(
        'forEach.notCompound',
        pointer,
        `状态“${state.name}”有 forEach，但它是${state.kind === 'parallel' ? '并行' : '原子'}状态；forEach 的每个分支运行该状态的子状态，必须是带 initial 和终止子状态的复合状态`,
        `State "${state.name}" has "forEach" but is ${state.kind}; each forEach branch runs the state's child states, so it must be a compound state with an initial and a final child state`,
      ),
    ];
  }
  const hasFinal = state.children.some((name) => context.index.states.get(name)?.kind === 'final');
  if (hasFinal) return [];
  return [
    issue(
      'forEach.noFinal',
      joinPointer(state.pointer, 'states'),
      `多分支状态“${state.name}”没有终止子状态（"type": "final"）：分支到达终止子状态才算办结，否则永远不会完成；请添加一个终止子状态`,
      `Multi-instance state "${state.name}" has no final child state ("type": "final"): a branch is complete when it reaches one, so without it no branch ever completes; add a final child state`,
    ),
  ];
}

function itemIssues(context: CheckContext, stateName: string, forEach: ForEach, pointer: string): Issue[] {
  const inPointer = joinPointer(pointer, 'in');
  const invalidIn = (zh: string, en: string): Issue[] => [
    issue(
      'forEach.inInvalid',
      inPointer,
      `状态“${stateName}”的 forEach.in “${forEach.in}”无效：${zh}；应为指向 data 模式中某个数组的 JSON 指针，如 "/units"`,
      `forEach.in "${forEach.in}" of state "${stateName}" is invalid: ${en}; expected a JSON pointer to an array in the data schema, such as "/units"`,
    ),
  ];
  const tokens = parsePointer(forEach.in);
  if (!tokens || tokens.length === 0) return invalidIn('不是 JSON 指针（应以 “/” 开头）', 'it is not a JSON pointer (it must start with "/")');
  const data = context.data;
  if (!data) return invalidIn('流程没有声明 data 模式', 'the workflow declares no data schema');
  if (!data.usable) return []; // data.schemaInvalid already reports the schema
  const { step, depth } = walkSchema(data.schema, tokens, 'declared');
  if (step.kind !== 'schema') {
    return invalidIn(
      `data 模式中没有声明“${tokens.slice(0, depth + 1).join('/')}”`,
      `the data schema does not declare "${tokens.slice(0, depth + 1).join('/')}"`,
    );
  }
  if (!isArraySchema(step.schema)) return invalidIn('data 模式中它不是数组', 'the data schema does not describe it as an array');
  if (forEach.key === undefined) return [];
  return keyIssues(data.schema, step.schema, stateName, forEach.key, joinPointer(pointer, 'key'));
}

function keyIssues(root: SchemaNode, arraySchema: SchemaNode, stateName: string, key: string, pointer: string): Issue[] {
  const items = stepInto(root, arraySchema, '-', 'declared');
  const item = items.kind === 'schema' ? resolveLocalRef(root, items.schema) : undefined;
  const declared = item !== undefined && isObjectSchema(item) ? declaredProperties(root, item) : [];
  if (declared.includes(key)) return [];
  const expected = listNames(declared);
  const hint = didYouMean(key, declared);
  return [
    issue(
      'forEach.keyInvalid',
      pointer,
      `状态“${stateName}”的 forEach.key “${key}”不是数组元素对象声明的属性；应为其中之一：${expected.zh}${hint.zh}（元素本身就是单位标识时，请省略 key）`,
      `forEach.key "${key}" of state "${stateName}" is not a property declared by the array's item object schema; expected one of ${expected.en}${hint.en} (omit "key" when the items are unit ids themselves)`,
    ),
  ];
}

/** What `forEach.start` may read (a result that names no child state starts the branch in `initial`). */
const START_ROOTS = ['data', 'instance', 'now', 'branch'];

