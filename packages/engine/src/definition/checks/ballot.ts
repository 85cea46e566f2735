import type { Issue } from '../../errors.js';
import { joinPointer, parsePointer } from '../../json-pointer.js';
import { ownValue } from '../../own-keys.js';
import type { IndexedState } from '../state-index.js';
import { defineCheck, issue } from './check.js';
import type { CheckContext } from './context.js';
import { placeProblem } from './participant-roles.js';
import { walkSchema } from './schema-walk.js';

/**
 * A state holding a vote (`ballot`, 票决):
 * - `ballot.stateInvalid`: only an atomic state holds a ballot (no children, not final, no forEach,
 *   not a branch state of a forEach: a ballot belongs to the whole instance);
 * - `ballot.roleInvalid`: the voters are the holders of a participant role (`holders`);
 * - `ballot.onDoneMissing`: the close takes `onDone`, whose last alternative has no `when`, so a
 *   closed ballot always leaves the state;
 * - `ballot.expireTarget`: the state's deadline closes the ballot, so its `onExpire` has no `to`;
 * - `ballot.questionInvalid`: a question has either `choices` (at most {@link MAX_CHOICES}) or a
 *   `score` with minimum < maximum;
 * - `ballot.itemsInvalid`: `items` points at an array of strings in the data schema;
 * - `ballot.resultInvalid`: `result` points at a place the data schema declares (the tally goes there);
 * - `ballot.failInvalid`: `fail` names a choice question and choices of it;
 * - `ballot.revoteAnonymous`: an anonymous vote cannot be replaced — nothing says which sealed vote
 *   was the voter's.
 */
/** The most choices one ballot question offers. */
export const MAX_CHOICES = 20;

export const ballotCheck = defineCheck({
  name: 'ballots',
  codes: [
    'ballot.stateInvalid',
    'ballot.roleInvalid',
    'ballot.onDoneMissing',
    'ballot.expireTarget',
    'ballot.questionInvalid',
    'ballot.itemsInvalid',
    'ballot.resultInvalid',
    'ballot.failInvalid',
    'ballot.revoteAnonymous',
  ],
  check: (context) => {
    const issues: Issue[] = [];
    for (const state of context.index.states.values()) {
      if (state.node.ballot !== undefined) issues.push(...ballotIssues(context, state));
    }
    return issues;
  },
});

function ballotIssues(context: CheckContext, state: IndexedState): Issue[] {
  const ballot = state.node.ballot!;
  const at = joinPointer(state.pointer, 'ballot');
  const name = state.name;
  const issues: Issue[] = [];
  const inForEach = state.parent !== undefined && context.index.states.get(state.parent)?.node.forEach !== undefined;
  if (state.kind !== 'atomic' || state.node.forEach !== undefined || inForEach) {
    issues.push(
      issue(
        'ballot.stateInvalid',
        at,
        `状态“${name}”不能投票：只有原子状态（没有子状态、不是终止状态、没有 forEach，也不是 forEach 的子状态）才能有 ballot`,
        `State "${name}" cannot hold a ballot: only an atomic state (no child states, not final, no forEach, not a child of a forEach state) can have "ballot"`,
      ),
    );
  }
  const role = ownValue(context.definition.roles, ballot.role);
  if (role !== undefined && role.holders === undefined) {
    issues.push(
      issue(
        'ballot.roleInvalid',
        joinPointer(at, 'role'),
        `状态“${name}”的投票人角色“${ballot.role}”不是参与角色：投票人须是该角色的持有人（holders），如 "holders": "/members"`,
        `The voter role "${ballot.role}" of state "${name}" is not a participant role: the voters are its holders ("holders", e.g. "/members")`,
      ),
    );
  }
  const onDone = state.node.onDone;
  const last = Array.isArray(onDone) ? onDone[onDone.length - 1] : onDone;
  if (last === undefined || last.when !== undefined) {
    issues.push(
      issue(
        'ballot.onDoneMissing',
        onDone === undefined ? state.pointer : joinPointer(state.pointer, 'onDone'),
        `投票状态“${name}”须有 onDone，且最后一个备选不带 when：投票结束后由它离开该状态`,
        `Ballot state "${name}" needs "onDone" whose last alternative has no "when": it leaves the state once the ballot closes`,
      ),
    );
  }
  if (state.node.deadline?.onExpire?.to !== undefined) {
    issues.push(
      issue(
        'ballot.expireTarget',
        joinPointer(state.pointer, 'deadline', 'onExpire', 'to'),
        `投票状态“${name}”的时限到期即结束投票、按 onDone 离开，onExpire 不能再写 to`,
        `The deadline of ballot state "${name}" closes the ballot and leaves by "onDone": its "onExpire" cannot have "to"`,
      ),
    );
  }
  for (const [question, declared] of Object.entries(ballot.questions)) {
    const both = (declared.choices === undefined) === (declared.score === undefined);
    const range = declared.score !== undefined && !(declared.score.minimum < declared.score.maximum);
    const tooMany = (declared.choices?.length ?? 0) > MAX_CHOICES;
    if (both || range || tooMany) {
      issues.push(
        issue(
          'ballot.questionInvalid',
          joinPointer(at, 'questions', question),
          `投票问题“${question}”须恰有 choices（2 至 ${MAX_CHOICES} 个选项）或 score（分数，minimum 小于 maximum）之一`,
          `Ballot question "${question}" needs exactly one of "choices" (2 to ${MAX_CHOICES}) or "score" (with minimum below maximum)`,
        ),
      );
    }
  }
  if (ballot.items !== undefined) {
    const problem = listProblem(context, ballot.items);
    if (problem !== undefined) {
      issues.push(
        issue(
          'ballot.itemsInvalid',
          joinPointer(at, 'items'),
          `状态“${name}”的投票 items “${ballot.items}”无效：${problem.zh}；应指向 data 模式中的字符串数组`,
          `The items "${ballot.items}" of the ballot of state "${name}" are invalid: ${problem.en}; expected a pointer to an array of strings in the data schema`,
        ),
      );
    }
  }
  const result = parsePointer(ballot.result);
  const declared =
    result !== undefined && result.length > 0 && (!context.data || !context.data.usable || walkSchema(context.data.schema, result, 'declared').step.kind === 'schema');
  if (!declared || !context.data) {
    issues.push(
      issue(
        'ballot.resultInvalid',
        joinPointer(at, 'result'),
        `状态“${name}”的投票结果位置 “${ballot.result}” 须是 data 模式中已声明字段的 JSON 指针（计票结果写在那里）`,
        `The result "${ballot.result}" of the ballot of state "${name}" must be a JSON pointer to a field declared in the data schema (the tally is written there)`,
      ),
    );
  }
  if (ballot.fail !== undefined) {
    const question = ownValue(ballot.questions, ballot.fail.question);
    const choices: readonly string[] = question?.choices ?? [];
    const unknown = ballot.fail.choices.filter((choice) => !choices.includes(choice));
    if (question?.choices === undefined || unknown.length > 0) {
      issues.push(
        issue(
          'ballot.failInvalid',
          joinPointer(at, 'fail'),
          `状态“${name}”的 fail 须指向有 choices 的投票问题，并只列出它的选项（问题“${ballot.fail.question}”）`,
          `The "fail" of the ballot of state "${name}" must name a question with "choices" and only choices of it (question "${ballot.fail.question}")`,
        ),
      );
    }
  }
  if (ballot.anonymous === true && ballot.revote === true) {
    issues.push(
      issue(
        'ballot.revoteAnonymous',
        joinPointer(at, 'revote'),
        `状态“${name}”的匿名投票不能改票：封存的选票不记投票人，无法找出要替换的那一张`,
        `The anonymous ballot of state "${name}" cannot allow a new vote to replace the first: sealed votes do not record their voter, so none can be replaced`,
      ),
    );
  }
  return issues;
}

/** What is wrong with a pointer that must name an array of strings in the data schema (not a single string). */
function listProblem(context: CheckContext, pointer: string): { zh: string; en: string } | undefined {
  const problem = placeProblem(context, pointer, true);
  if (problem !== undefined || !context.data?.usable) return problem;
  const step = walkSchema(context.data.schema, parsePointer(pointer) ?? [], 'declared').step;
  const type = step.kind === 'schema' && typeof step.schema === 'object' ? step.schema.type : undefined;
  return type === 'string' ? { zh: 'data 模式中它是单个字符串而不是数组', en: 'the data schema describes it as one string, not an array' } : undefined;
}
