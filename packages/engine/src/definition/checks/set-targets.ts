import type { Issue } from '../../errors.js';
import { parsePointer } from '../../json-pointer.js';
import { defineCheck, describeTransition, didYouMean, issue, listNames } from './check.js';
import { declaredProperties, walkSchema } from './schema-walk.js';

/**
 * The keys of `set` are JSON pointers into the instance data:
 * - `set.pointerInvalid`: the key is not a JSON pointer, or is "" (which would replace all data);
 * - `set.targetUnknown`: the data schema does not declare the target (following `properties`,
 *   `patternProperties`, `additionalProperties`, `items`, `prefixItems` and local `$ref`s), or the
 *   workflow declares no data schema at all.
 */
export const setTargetsCheck = defineCheck({
  name: 'set targets',
  codes: ['set.pointerInvalid', 'set.targetUnknown'],
  check: ({ sets, data }) => {
    const issues: Issue[] = [];
    for (const site of sets) {
      const where = describeTransition(site.transition);
      const tokens = parsePointer(site.target);
      if (!tokens || tokens.length === 0) {
        issues.push(
          issue(
            'set.pointerInvalid',
            site.pointer,
            `${where.zh}的 set 目标“${site.target}”不是有效的 JSON 指针；应以 “/” 开头指向实例数据中的字段，如 "/title"（“~” 须写作 “~0”，字段名中的 “/” 写作 “~1”）`,
            `The set target "${site.target}" of ${where.en} is not a valid JSON pointer; expected a pointer to a field of the instance data starting with "/", such as "/title" ("~" is written "~0", a "/" inside a name "~1")`,
          ),
        );
        continue;
      }
      if (!data) {
        issues.push(
          issue(
            'set.targetUnknown',
            site.pointer,
            `${where.zh}写入 “${site.target}”，但流程没有声明 data 模式；请在 data 中声明该字段`,
            `${capitalize(where.en)} writes "${site.target}", but the workflow declares no data schema; declare the field in "data"`,
          ),
        );
        continue;
      }
      if (!data.usable) continue;
      const { step, depth } = walkSchema(data.schema, tokens, 'declared');
      if (step.kind !== 'missing') continue;
      const missing = tokens[depth] ?? '';
      const parent = walkSchema(data.schema, tokens.slice(0, depth), 'declared').step;
      const siblings = parent.kind === 'schema' ? declaredProperties(data.schema, parent.schema) : [];
      const expected = listNames(siblings);
      const hint = didYouMean(missing, siblings);
      issues.push(
        issue(
          'set.targetUnknown',
          site.pointer,
          `${where.zh}写入 “${site.target}”，但 data 模式中没有声明“${missing}”；该处声明的字段：${expected.zh}${hint.zh}`,
          `${capitalize(where.en)} writes "${site.target}", but the data schema does not declare "${missing}" there; declared fields: ${expected.en}${hint.en}`,
        ),
      );
    }
    return issues;
  },
});

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
