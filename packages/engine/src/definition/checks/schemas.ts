import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import { defineCheck, issue } from './check.js';
import { protoFieldIssues } from './proto-fields.js';

/**
 * The JSON Schemas inside the definition:
 * - `data.schemaInvalid`, `form.schemaInvalid`: the data schema and each form schema must compile
 *   with the engine's ajv (draft 2020-12, strict mode), as they will when an instance runs, and
 *   may not name a field `__proto__`, which ajv would skip unchecked;
 * - `form.notObject`: a form's payload is an object of fields, so its schema has `"type": "object"`.
 */
export const schemasCheck = defineCheck({
  name: 'data and form schemas',
  codes: ['data.schemaInvalid', 'form.schemaInvalid', 'form.notObject'],
  check: ({ data, forms }) => {
    const issues: Issue[] = [...(data?.compileIssues ?? [])];
    if (data) issues.push(...protoFieldIssues(data.schema, data.pointer, 'data.schemaInvalid', { zh: '实例数据（data）的', en: 'the instance data (data)' }));
    for (const site of forms.values()) {
      issues.push(...site.compileIssues);
      issues.push(...protoFieldIssues(site.schema, site.pointer, 'form.schemaInvalid', { zh: `表单“${site.name}”的`, en: `form "${site.name}"` }));
      const type = site.form.schema.type;
      if (type === 'object') continue;
      const shown = type === undefined ? '（未写）' : JSON.stringify(type);
      issues.push(
        issue(
          'form.notObject',
          type === undefined ? site.pointer : joinPointer(site.pointer, 'type'),
          `表单“${site.name}”的 schema 的 type 应为 "object"（表单数据是由字段组成的对象），实际为 ${shown}`,
          `The schema of form "${site.name}" must have "type": "object" (a form's payload is an object of fields); found ${type === undefined ? '(none)' : JSON.stringify(type)}`,
        ),
      );
    }
    return issues;
  },
});
