import type { Issue } from '../../errors.js';
import { EXPRESSION_ROOTS, type ExpressionReference } from '../expressions/index.js';
import type { IndexedTransition } from '../state-index.js';
import { defineCheck, describeTransition, didYouMean, issue, listNames } from './check.js';
import type { CheckContext, CompiledExpressionSite, SchemaSite } from './context.js';
import { declaredProperties, walkSchema } from './schema-walk.js';

/** Why a root is not available somewhere, to explain it in the message. */
const ROOT_HINTS: Record<string, { zh: string; en: string }> = {
  payload: { zh: 'payload 只在带表单（form）的动作中可用', en: 'payload exists only in an action that has a form' },
  actor: { zh: 'actor 只在动作（on）中可用，自动转移没有操作人', en: 'actor exists only in actions ("on"); automatic transitions have no actor' },
  branch: { zh: 'branch 只在 forEach 状态及其子状态中可用', en: 'branch exists only inside a forEach state and its child states' },
  branches: { zh: 'branches 只在 forEach 状态及其子状态中可用', en: 'branches exists only inside a forEach state and its child states' },
};

/**
 * The roots an expression may use on a transition:
 * - an action (`on`): `data`, `actor`, `instance`, `now`; `payload` when the action has a form;
 * - `onDone` and `deadline.onExpire`: `data`, `instance`, `now` — no payload, no actor;
 * - `branch` inside a state with `forEach` or its descendants. The `onDone` of the forEach state
 *   itself runs once all branches are complete, outside any one branch, so it has no `branch`.
 */
export function expressionRoots(context: CheckContext, transition: IndexedTransition): Set<string> {
  const roots = new Set(['data', 'instance', 'now']);
  if (transition.source === 'on') {
    roots.add('actor');
    if ((transition.transition as { form?: string }).form !== undefined) roots.add('payload');
  }
  if (context.enclosingForEach(transition.state, transition.source !== 'onDone')) roots.add('branch');
  // Every branch of the forEach a transition belongs to (or enters, for its `branches` list).
  if (context.enclosingForEach(transition.state, true)) roots.add('branches');
  return roots;
}

/**
 * Expressions (`when`, the values of `set`, the arguments of `call.with`):
 * - `expression.syntax`, `expression.forbidden`, `expression.unknownFunction`: as compiled by the
 *   expression language;
 * - `expression.unknownRoot`: a name that is not available where the expression runs
 *   (see {@link expressionRoots});
 * - `expression.unknownField`: `payload.x` when the action's form schema declares its
 *   `properties` without `x` and forbids other properties; `data.x` likewise for the data schema.
 */
export const expressionsCheck = defineCheck({
  name: 'expressions',
  codes: ['expression.syntax', 'expression.forbidden', 'expression.unknownFunction', 'expression.unknownRoot', 'expression.unknownField'],
  check: (context) => {
    const issues: Issue[] = [];
    for (const site of context.expressions.values()) {
      const { result } = site;
      if (!result.ok) {
        // The language's own message says what and where (the character index).
        issues.push(
          issue(
            result.code,
            site.pointer,
            `表达式“${site.source}”有误：${result.message['zh-CN']}`,
            `Expression "${site.source}" is invalid: ${result.message.en}`,
          ),
        );
        continue;
      }
      const roots = expressionRoots(context, site.transition);
      for (const reference of uniqueReferences(result.expression.references)) {
        if (!roots.has(reference.root)) issues.push(unknownRoot(site, reference, roots));
        else issues.push(...unknownField(context, site, reference));
      }
    }
    return issues;
  },
});

function unknownRoot(site: CompiledExpressionSite, reference: ExpressionReference, roots: Set<string>): Issue {
  const where = describeTransition(site.transition);
  const allowed = listNames(roots);
  const known = EXPRESSION_ROOTS.includes(reference.root);
  const hint = known ? ROOT_HINTS[reference.root] : didYouMean(reference.root, roots);
  const reason = known
    ? { zh: `；${hint?.zh ?? ''}`, en: `; ${hint?.en ?? ''}` }
    : { zh: `，它不是表达式可用的名称${hint?.zh ?? ''}`, en: `, which is not a name expressions know${hint?.en ?? ''}` };
  return issue(
    'expression.unknownRoot',
    site.pointer,
    `${where.zh}中的表达式“${site.source}”使用了“${reference.root}”${reason.zh}。此处可用：${allowed.zh}`,
    `Expression "${site.source}" in ${where.en} uses "${reference.root}"${reason.en}. Available here: ${allowed.en}`,
  );
}

function unknownField(context: CheckContext, site: CompiledExpressionSite, reference: ExpressionReference): Issue[] {
  let schema: SchemaSite | undefined;
  let owner: { zh: string; en: string };
  if (reference.root === 'payload') {
    const form = (site.transition.transition as { form?: string }).form;
    schema = form === undefined ? undefined : context.forms.get(form);
    owner = { zh: `表单“${form ?? ''}”的模式（schema）`, en: `the schema of form "${form ?? ''}"` };
  } else if (reference.root === 'data') {
    schema = context.data;
    owner = { zh: '实例数据模式（data）', en: 'the data schema' };
  } else {
    return [];
  }
  if (!schema?.usable || reference.path.length === 0) return [];
  const { step, depth } = walkSchema(schema.schema, reference.path, 'closed');
  if (step.kind !== 'missing') return [];
  const field = [reference.root, ...reference.path.slice(0, depth + 1)].join('.');
  const missing = reference.path[depth] ?? '';
  const parent = walkSchema(schema.schema, reference.path.slice(0, depth), 'closed').step;
  const declared = parent.kind === 'schema' ? declaredProperties(schema.schema, parent.schema) : [];
  const expected = listNames(declared);
  const hint = didYouMean(missing, declared);
  const where = describeTransition(site.transition);
  return [
    issue(
      'expression.unknownField',
      site.pointer,
      `${where.zh}中的表达式“${site.source}”引用了“${field}”，但${owner.zh}没有声明“${missing}”且不允许其他属性；声明的字段：${expected.zh}${hint.zh}`,
      `Expression "${site.source}" in ${where.en} reads "${field}", but ${owner.en} does not declare "${missing}" and allows no other properties; declared fields: ${expected.en}${hint.en}`,
    ),
  ];
}

function uniqueReferences(references: readonly ExpressionReference[]): ExpressionReference[] {
  const seen = new Set<string>();
  return references.filter((reference) => {
    const key = JSON.stringify([reference.root, reference.path]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
