import overlaySchema from '../../../schema/overlay.schema.json' with { type: 'json' };
import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import { createAjv, type ValidateFunction } from '../ajv.js';
import { ajvErrorsToIssues } from '../ajv-issues.js';
import { issue } from '../checks/check.js';
import { OPERATION_NAMES } from './operations.js';
import { isJsonObject } from './provenance.js';

let validator: ValidateFunction | undefined;

/**
 * Checks an overlay document against `schema/overlay.schema.json` (codes `schema.<keyword>`, as
 * for definitions). An operation whose `op` is not one of {@link OPERATION_NAMES} is reported
 * once, as `overlay.operationUnknown`, instead of as the schema's failures.
 */
export function overlayStructureIssues(document: unknown): Issue[] {
  validator ??= createAjv().compile(overlaySchema);
  const unknown: Issue[] = [];
  const operations = isJsonObject(document) && Array.isArray(document.operations) ? document.operations : [];
  operations.forEach((operation, index) => {
    const op = isJsonObject(operation) ? operation.op : undefined;
    if (typeof op !== 'string' || OPERATION_NAMES.includes(op)) return;
    unknown.push(
      issue(
        'overlay.operationUnknown',
        joinPointer('/operations', index, 'op'),
        `未知的操作“${op}”；可用的操作：${OPERATION_NAMES.join('、')}`,
        `Unknown operation "${op}"; the operations are ${OPERATION_NAMES.join(', ')}`,
      ),
    );
  });
  if (validator(document)) return [];
  const skipped = unknown.map((found) => found.pointer.slice(0, -'/op'.length));
  const structural = ajvErrorsToIssues(
    (validator.errors ?? []).filter((error) => error.keyword !== 'if'),
    'schema',
  ).filter((found) => !skipped.some((pointer) => found.pointer === pointer || found.pointer.startsWith(`${pointer}/`)));
  return [...unknown, ...structural];
}
