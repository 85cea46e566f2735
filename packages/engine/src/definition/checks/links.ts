import type { Issue } from '../../errors.js';
import { joinPointer, parsePointer } from '../../json-pointer.js';
import { defineCheck, describeTransition, issue } from './check.js';

/**
 * `start` effects (links to other workflows); their expressions are checked with the others:
 * - `link.pointerInvalid`: a key of `start.data` is not a JSON pointer, or is "" (the whole data);
 * - `link.pointerOverlap`: one key of `start.data` leads into another's value (`/a` and `/a/b`),
 *   so that one would overwrite the other;
 * - `link.starterRequired`: a `start` outside an action (`onDone`, a deadline's `onWarn` or
 *   `onExpire`) without `starter`: no one acts there, so no one would be the new instance's starter.
 */
export const linksCheck = defineCheck({
  name: 'workflow links',
  codes: ['link.pointerInvalid', 'link.pointerOverlap', 'link.starterRequired'],
  check: ({ effects }) => {
    const issues: Issue[] = [];
    for (const site of effects) {
      const start = site.effect.start;
      if (start === undefined) continue;
      const where = describeTransition(site.transition);
      const valid: Array<{ target: string; tokens: string[] }> = [];
      for (const target of Object.keys(start.data ?? {})) {
        const tokens = parsePointer(target);
        if (!tokens || tokens.length === 0) {
          issues.push(
            issue(
              'link.pointerInvalid',
              joinPointer(site.pointer, 'start', 'data', target),
              `${where.zh}启动流程“${start.workflow}”时的数据映射键“${target}”不是有效的 JSON 指针；应以 “/” 开头指向新实例数据中的字段，如 "/title"`,
              `The data mapping key "${target}" of the start of "${start.workflow}" in ${where.en} is not a valid JSON pointer; expected a pointer to a field of the new instance's data starting with "/", such as "/title"`,
            ),
          );
          continue;
        }
        const inside = valid.find((other) => leadsInto(other.tokens, tokens) || leadsInto(tokens, other.tokens));
        if (inside) {
          issues.push(
            issue(
              'link.pointerOverlap',
              joinPointer(site.pointer, 'start', 'data', target),
              `${where.zh}启动流程“${start.workflow}”时，数据映射键“${target}”与“${inside.target}”重叠，一个会覆盖另一个；请只保留其中之一`,
              `The data mapping key "${target}" of the start of "${start.workflow}" in ${where.en} overlaps "${inside.target}": one would overwrite the other; keep only one`,
            ),
          );
          continue;
        }
        valid.push({ target, tokens });
      }
      if (site.transition.source !== 'on' && start.starter === undefined) {
        issues.push(
          issue(
            'link.starterRequired',
            joinPointer(site.pointer, 'start'),
            `${where.zh}启动流程“${start.workflow}”，但这里没有操作人：请用 starter 给出新实例的发起人（用户 id 表达式，如 "data.proposer"）`,
            `${capitalize(where.en)} starts "${start.workflow}", but no one acts there: give the new instance's starter with "starter" (an expression giving a user id, such as "data.proposer")`,
          ),
        );
      }
    }
    return issues;
  },
});

/** Whether the pointer `outer` leads to or into `inner` (a prefix of it, or the same). */
function leadsInto(outer: readonly string[], inner: readonly string[]): boolean {
  return outer.length <= inner.length && outer.every((token, index) => inner[index] === token);
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
