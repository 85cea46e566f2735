import type { Issue } from '../../errors.js';
import { fieldPermissionPointer, fieldSchemaAt } from '../field-permissions.js';
import type { JsonSchemaObject } from '../json-schema.js';
import type { Transition } from '../workflow-definition.generated.js';
import { defineCheck, describeTransition, issue, listNames } from './check.js';

/**
 * An action's `fields` must describe its own form:
 * - `fields.withoutForm`: an action without `form` has no fields to give permissions to;
 * - `fields.unknownField`: the pointer names no field of the form's schema;
 * - `fields.contradictsRequired`: a field the schema requires is made `hidden` or `readonly`,
 *   so no payload could ever be accepted.
 */
export const fieldPermissionsCheck = defineCheck({
  name: 'field permissions',
  codes: ['fields.withoutForm', 'fields.unknownField', 'fields.contradictsRequired'],
  check: ({ index, forms }) => {
    const issues: Issue[] = [];
    for (const transition of index.transitions) {
      if (transition.source !== 'on') continue;
      const body = transition.transition as Transition;
      if (body.fields === undefined || Object.keys(body.fields).length === 0) continue;
      const where = describeTransition(transition);
      if (body.form === undefined) {
        issues.push(
          issue(
            'fields.withoutForm',
            `${transition.pointer}/fields`,
            `${where.zh}没有表单（form），不能设置字段权限（fields）`,
            `${where.en} has no form, so it cannot set field permissions ("fields")`,
          ),
        );
        continue;
      }
      const form = forms.get(body.form);
      // An undeclared or broken form is reported by its own check.
      if (!form?.usable || typeof form.schema !== 'object') continue;
      const schema = form.schema as JsonSchemaObject;
      const declared = Object.keys((schema.properties as Record<string, unknown> | undefined) ?? {});
      for (const [field, permission] of Object.entries(body.fields)) {
        const pointer = fieldPermissionPointer(transition.pointer, field);
        const found = fieldSchemaAt(schema, field);
        if (!found) {
          const expected = listNames(declared.map((name) => `/${name}`));
          issues.push(
            issue(
              'fields.unknownField',
              pointer,
              `${where.zh}的字段权限指向“${field}”，表单“${body.form}”中没有这个字段；表单的字段：${expected.zh}`,
              `The field permission of ${where.en} names "${field}", which is not a field of form "${body.form}"; the form's fields: ${expected.en}`,
            ),
          );
        } else if (permission !== 'required' && found.parentRequired) {
          issues.push(
            issue(
              'fields.contradictsRequired',
              pointer,
              `${where.zh}把字段“${field}”设为 ${permission}，但表单“${body.form}”要求必须填写它，这一步将永远无法提交`,
              `${where.en} makes "${field}" ${permission}, but form "${body.form}" requires it: the action could never be taken`,
            ),
          );
        }
      }
    }
    return issues;
  },
});
