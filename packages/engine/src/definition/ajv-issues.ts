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

  const dropped = unionNoise(list);
  const issues: Issue[] = [];
  const seen = new Set<string>();
  list.forEach((error, index) => {
    if (dropped.has(index)) return;
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

const within = (path: string, root: string): boolean => path === root || path.startsWith(root + '/');

/**
 * Which errors a failed `anyOf`/`oneOf` makes noise of. ajv reports the errors of every
 * alternative just before the union's own error. When one alternative went further than a wrong
 * type at the union's location — the value is an object and only a property is missing, say — the
 * value meant that alternative: its errors are the useful ones, and the union's "no alternative
 * matched" and the other alternatives' type errors are dropped. When every alternative failed on
 * type alone, only the union's error stays, saying which types were expected.
 */
function unionNoise(errors: readonly ErrorObject[]): Set<number> {
  const dropped = new Set<number>();
  errors.forEach((union, at) => {
    if (union.keyword !== 'anyOf' && union.keyword !== 'oneOf') return;
    const branch: number[] = [];
    for (let i = at - 1; i >= 0 && within(errors[i]!.instancePath, union.instancePath); i--) {
      if (!dropped.has(i)) branch.push(i);
    }
    const wrongType = (i: number) => errors[i]!.keyword === 'type' && errors[i]!.instancePath === union.instancePath;
    if (branch.some((i) => !wrongType(i))) {
      dropped.add(at);
      for (const i of branch) if (wrongType(i)) dropped.add(i);
    } else {
      for (const i of branch) dropped.add(i);
    }
  });
  return dropped;
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
