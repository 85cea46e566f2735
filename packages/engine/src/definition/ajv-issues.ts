import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import type { ErrorObject } from './ajv.js';
import type { Issue } from '../errors.js';
import { joinPointer } from '../json-pointer.js';

type Localize = (errors?: ErrorObject[] | null) => void;
const localizeZh = ((localizeZhModule as unknown as { default?: Localize }).default ??
  localizeZhModule) as Localize;

/**
 * Turns ajv errors into {@link Issue}s with Chinese and English messages and pointers to the
 * offending value. A failed `anyOf`/`oneOf` is reported once, as "expected one of …", instead of
 * once per alternative; `required` and `additionalProperties` point at the missing or unexpected
 * property itself.
 */
export function ajvErrorsToIssues(
  errors: readonly ErrorObject[] | null | undefined,
  codePrefix: string,
): Issue[] {
  if (!errors || errors.length === 0) return [];
  const list = errors.map((error) => ({ ...error }));
  const english = list.map((error) => error.message ?? error.keyword);
  localizeZh(list);

  // Alternatives that failed under a union are noise once the union itself is reported.
  const unions = list.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const isUnionBranch = (error: ErrorObject): boolean =>
    unions.some(
      (union) =>
        union !== error &&
        error.schemaPath.startsWith(union.schemaPath + '/') &&
        error.instancePath.startsWith(union.instancePath),
    );

  const issues: Issue[] = [];
  const seen = new Set<string>();
  list.forEach((error, index) => {
    if (isUnionBranch(error)) return;
    const pointer = issuePointer(error);
    let zh = error.message ?? error.keyword;
    let en = english[index] ?? error.keyword;
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      const expected = describeUnion(error);
      zh = `值不符合要求，应为：${expected.zh}`;
      en = `value does not match; expected ${expected.en}`;
    } else if (error.keyword === 'additionalProperties') {
      zh = `不允许的属性“${String(error.params.additionalProperty)}”`;
      en = `unexpected property "${String(error.params.additionalProperty)}"`;
    } else if (error.keyword === 'required') {
      zh = `缺少必填项“${String(error.params.missingProperty)}”`;
      en = `missing required property "${String(error.params.missingProperty)}"`;
    } else if (error.keyword === 'enum') {
      const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      zh = `${zh}：${allowed}`;
      en = `${en}: ${allowed}`;
    }
    const key = `${pointer}|${error.keyword}|${en}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push({ pointer, code: `${codePrefix}.${error.keyword}`, message: { 'zh-CN': zh, en } });
  });
  return issues;
}

function issuePointer(error: ErrorObject): string {
  if (error.keyword === 'required') return joinPointer(error.instancePath, String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') {
    return joinPointer(error.instancePath, String(error.params.additionalProperty));
  }
  if (error.keyword === 'propertyNames' && error.params.propertyName !== undefined) {
    return joinPointer(error.instancePath, String(error.params.propertyName));
  }
  return error.instancePath;
}

function describeUnion(error: ErrorObject): { zh: string; en: string } {
  const schema = error.schema as Array<Record<string, unknown>> | undefined;
  if (!Array.isArray(schema)) return { zh: '任一备选形式', en: 'one of the alternatives' };
  const names = schema.map((branch) => {
    if (typeof branch.type === 'string') return branch.type;
    if (Array.isArray(branch.enum)) return branch.enum.map((v) => JSON.stringify(v)).join(' | ');
    if (typeof branch.$ref === 'string') return branch.$ref.split('/').pop() ?? 'object';
    return 'object';
  });
  return { zh: names.join(' 或 '), en: names.join(' or ') };
}
