import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import { checkFormLayout } from '../form-ui/form-layout.js';
import { defineCheck } from './check.js';

/**
 * What `<luzhi-form>` can render, checked with the function the element itself calls
 * ({@link checkFormLayout}), so `luzhi validate` refuses exactly the forms the element refuses:
 * - `form.refUnsupported`: a `$ref` that is not local, or leads back to itself;
 * - `form.tooDeep`: a form schema or UI schema nested beyond its limit;
 * - `form.uiInvalid`: an unknown element type or key, a misplaced Category, a malformed rule;
 * - `form.scopeUnknown`: a Control's or a condition's scope names no field;
 * - `form.optionUnsupported`: an unknown option, or one that does not apply to the field;
 * - `form.controlUnsupported`: a field with no control (no type, an object without properties,
 *   an array of arrays, …).
 * Runs on forms whose schema compiles and describes an object (`schemas` reports the others).
 */
export const formLayoutCheck = defineCheck({
  name: 'form layouts',
  codes: ['form.refUnsupported', 'form.tooDeep', 'form.uiInvalid', 'form.scopeUnknown', 'form.optionUnsupported', 'form.controlUnsupported'],
  check: ({ forms }) => {
    const issues: Issue[] = [];
    for (const site of forms.values()) {
      if (!site.usable) continue;
      for (const { source, ...found } of checkFormLayout(site.form.schema, site.form.ui).issues) {
        const base = joinPointer('/forms', site.name, source === 'ui' ? 'ui' : 'schema');
        issues.push({ ...found, pointer: base + found.pointer });
      }
    }
    return issues;
  },
});
