import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import { issue } from './check.js';

/** Keywords whose keys are field names. */
const NAMING_KEYWORDS = ['properties', 'dependentRequired', 'dependentSchemas'];

/**
 * Every place a JSON Schema names the field `__proto__` (a key of `properties`,
 * `dependentRequired` or `dependentSchemas`, an entry of `required` or of a `dependentRequired`
 * list). ajv skips such a field altogether — it would be neither required nor checked — so it is
 * refused with `code` rather than accepted unchecked. Walks with its own stack.
 */
export function protoFieldIssues(schema: unknown, pointer: string, code: string, subject: { zh: string; en: string }): Issue[] {
  const issues: Issue[] = [];
  const refuse = (at: string) =>
    issues.push(
      issue(
        code,
        at,
        `${subject.zh} JSON Schema 不能使用字段名“__proto__”：校验器会跳过这个名称，该字段将既不被要求也不被检查；请换一个名称`,
        `The JSON Schema of ${subject.en} cannot name a field "__proto__": the validator skips that name, so the field would be neither required nor checked; choose another name`,
      ),
    );
  const pending: Array<{ value: unknown; at: string }> = [{ value: schema, at: pointer }];
  while (pending.length > 0) {
    const { value, at } = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, at: joinPointer(at, index) }));
      continue;
    }
    const node = value as Record<string, unknown>;
    for (const keyword of NAMING_KEYWORDS) {
      const named = Object.hasOwn(node, keyword) ? node[keyword] : undefined;
      if (named === null || typeof named !== 'object' || Array.isArray(named)) continue;
      if (Object.hasOwn(named, '__proto__')) refuse(joinPointer(at, keyword, '__proto__'));
      if (keyword !== 'dependentRequired') continue;
      for (const [field, list] of Object.entries(named)) {
        if (Array.isArray(list)) list.forEach((entry, index) => entry === '__proto__' && refuse(joinPointer(at, keyword, field, index)));
      }
    }
    const required = Object.hasOwn(node, 'required') ? node.required : undefined;
    if (Array.isArray(required)) required.forEach((entry, index) => entry === '__proto__' && refuse(joinPointer(at, 'required', index)));
    for (const [key, item] of Object.entries(node)) pending.push({ value: item, at: joinPointer(at, key) });
  }
  return issues;
}
