import type { Issue } from '../../errors.js';
import { getAtPointer, joinPointer, parsePointer } from '../../json-pointer.js';
import { compileSchema, sharedAjv } from '../schema-validators.js';
import { UNSUPPORTED_PATTERN } from '../linear-regexp.js';
import { ajvErrorsToIssues } from '../ajv-issues.js';
import { didYouMean, issue } from './check.js';

const JSON_TYPES = 'string, number, integer, boolean, object, array, null';

/** What a schema inside the definition is, for messages: `{ zh: '表单“submit”的', en: 'form "submit"' }`. */
export interface SchemaSubject {
  zh: string;
  en: string;
}

/** Compiles the JSON Schemas of one definition; {@link SchemaCompiler.dispose} forgets them again. */
export interface SchemaCompiler {
  /**
   * Compiles a JSON Schema found in the definition (the data schema, a form's schema) the way the
   * engine will — strict, draft 2020-12, formats, each schema on its
   * own and once per distinct content — and turns every failure into an issue with `code`,
   * pointing into the schema as precisely as ajv allows. A `$id` that another schema of the same
   * definition declared already is an issue too. Returns [] when it compiles.
   */
  issues(schema: unknown, pointer: string, code: string, subject: SchemaSubject): Issue[];
  /** Forgets the `$id`s seen so far, so the next definition may reuse them. */
  dispose(): void;
}

/**
 * Creates the compiler for one definition's schemas. The validators it compiles are the ones the
 * engine runs (kept by content, see `schema-validators.ts`), so a definition's schemas are
 * compiled once between validation and execution.
 */
export function createSchemaCompiler(): SchemaCompiler {
  const declared = new Set<string>();
  return {
    issues(schema, pointer, code, subject) {
      const ajv = sharedAjv();
      let valid: boolean;
      try {
        valid = ajv.validateSchema(schema as object) as boolean;
      } catch {
        // ajv throws for a "$schema" it does not know (draft-07, a typo) instead of reporting it.
        const dialect = JSON.stringify((schema as { $schema?: unknown }).$schema);
        return [
          issue(
            code,
            joinPointer(pointer, '$schema'),
            `${subject.zh} JSON Schema 按 2020-12 版编译，"$schema" 只能是 "https://json-schema.org/draft/2020-12/schema" 或省略，而不是 ${dialect}（draft-07 等旧版本请改写：definitions → $defs，数组形式的 items → prefixItems，dependencies → dependentRequired / dependentSchemas）`,
            `The JSON Schema of ${subject.en} is compiled as draft 2020-12: "$schema" must be "https://json-schema.org/draft/2020-12/schema" or left out, not ${dialect} (rewrite draft-07 schemas: definitions → $defs, items as a list → prefixItems, dependencies → dependentRequired / dependentSchemas)`,
          ),
        ];
      }
      if (!valid) {
        return preferUnions(ajvErrorsToIssues(ajv.errors, code)).map((found) => {
          const tokens = parsePointer(found.pointer) ?? [];
          const value = showValue(getAtPointer(schema, tokens));
          const at = found.pointer === '' ? { zh: '', en: '' } : { zh: `在 ${found.pointer} 处（值为 ${value}）`, en: ` at ${found.pointer} (value ${value})` };
          const types = tokens.at(-1) === 'type' ? { zh: `（type 可用：${JSON_TYPES}）`, en: ` (the types are ${JSON_TYPES})` } : { zh: '', en: '' };
          return issue(
            code,
            pointer + found.pointer,
            `${subject.zh} JSON Schema ${at.zh}无效：${found.message['zh-CN']}${types.zh}`,
            `The JSON Schema of ${subject.en} is invalid${at.en}: ${found.message.en}${types.en}`,
          );
        });
      }
      let message: string;
      try {
        const { ids } = compileSchema(schema);
        const repeated = ids.find((id) => declared.has(id));
        if (repeated === undefined) {
          for (const id of ids) declared.add(id);
          return [];
        }
        // The words ajv uses when one instance is given a second schema with a known $id.
        message = `schema with key or id "${repeated}" already exists`;
      } catch (error) {
        message = error instanceof Error ? error.message : String(error);
      }
      const detail = explainCompileError(message, Object.keys(ajv.formats), Object.keys(ajv.RULES.all));
      return [
        issue(
          code,
          pointer + locateCompileError(schema, message),
          `${subject.zh} JSON Schema 无法编译：${detail.zh}`,
          `The JSON Schema of ${subject.en} cannot be compiled: ${detail.en}`,
        ),
      ];
    },
    dispose() {
      declared.clear();
    },
  };
}

/** Says in both languages what an ajv compile error means; ajv's own words otherwise. */
function explainCompileError(message: string, formats: readonly string[], keywords: readonly string[]): { zh: string; en: string } {
  const pattern = unsupportedPattern(message);
  if (pattern !== undefined) {
    return {
      zh: `正则表达式 ${JSON.stringify(pattern)} 不受支持：表单的正则按线性时间匹配，不支持反向引用（\\1）和前瞻、后顾断言（(?= (?! (?<= (?<!）`,
      en: `the pattern ${JSON.stringify(pattern)} is not supported: patterns are matched in linear time, without backreferences (\\1) or lookaround ((?= (?! (?<= (?<!)`,
    };
  }
  const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
  if (keyword !== undefined) {
    const hint = didYouMean(keyword, keywords);
    return {
      zh: `未知的关键字“${keyword}”（严格模式不允许未知关键字；关键字区分大小写）${hint.zh}`,
      en: `unknown keyword "${keyword}" (strict mode allows no unknown keywords; keywords are case-sensitive)${hint.en}`,
    };
  }
  const format = /unknown format "([^"]+)"/.exec(message)?.[1];
  if (format !== undefined) {
    const known = formats.join(', ');
    return { zh: `未知的格式“${format}”；可用的格式：${known}`, en: `unknown format "${format}"; the known formats are ${known}` };
  }
  const missingType = /missing type "([^"]+)" for keyword "([^"]+)"/.exec(message);
  if (missingType) {
    return {
      zh: `使用关键字“${missingType[2] ?? ''}”时须同时写明 "type": "${missingType[1] ?? ''}"（严格模式）`,
      en: `keyword "${missingType[2] ?? ''}" needs "type": "${missingType[1] ?? ''}" beside it (strict mode)`,
    };
  }
  const ref = /can't resolve reference (\S+)/.exec(message)?.[1];
  if (ref !== undefined) return { zh: `无法解析引用“${ref}”`, en: `cannot resolve the reference "${ref}"` };
  const id = /schema with key or id "([^"]+)" already exists/.exec(message)?.[1];
  if (id !== undefined) {
    return { zh: `$id “${id}”与本流程中另一个模式重复`, en: `$id "${id}" is already used by another schema of this workflow` };
  }
  return { zh: message, en: message };
}

/** The pattern an "unsupported pattern" error is about (its JSON-quoted text in the message). */
function unsupportedPattern(message: string): string | undefined {
  if (!message.startsWith(UNSUPPORTED_PATTERN + ' "')) return undefined;
  const quoted = /^unsupported pattern ("(?:[^"\\]|\\.)*")/.exec(message)?.[1];
  try {
    return quoted === undefined ? undefined : (JSON.parse(quoted) as string);
  } catch {
    return undefined;
  }
}

function showValue(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}

/**
 * Finds the sub-path of a schema that an ajv compile error is about: ajv names it as `at "#/…"`
 * or `at path "#/…"`; an unknown keyword or an unresolved `$ref` is looked up in the schema.
 * Returns '' (the whole schema) when nothing more precise can be found.
 */
function locateCompileError(schema: unknown, message: string): string {
  const pattern = unsupportedPattern(message);
  if (pattern !== undefined) {
    return (
      findKey(schema, '', (key, value) => (key === 'pattern' && value === pattern) || key === pattern) ?? ''
    );
  }
  const required = /required property "([^"]+)" is not defined at "#([^"]*)"/.exec(message);
  if (required?.[1] !== undefined) {
    const tokens = parsePointer(safeDecode(required[2] ?? '')) ?? [];
    const list = getAtPointer(schema, [...tokens, 'required']);
    const position = Array.isArray(list) ? list.indexOf(required[1]) : -1;
    return position < 0 ? joinPointer('', ...tokens) : joinPointer('', ...tokens, 'required', position);
  }
  const at = /at (?:path )?"#([^"]*)"/.exec(message);
  if (at) {
    const tokens = parsePointer(safeDecode(at[1] ?? ''));
    if (tokens) return message.startsWith('unknown format') ? joinPointer('', ...tokens, 'format') : joinPointer('', ...tokens);
  }
  const duplicateId = /schema with key or id "([^"]+)" already exists/.exec(message);
  if (duplicateId?.[1] !== undefined) {
    const id = duplicateId[1];
    return findKey(schema, '', (key, value) => key === '$id' && typeof value === 'string' && id.startsWith(value.replace(/#$/, ''))) ?? '';
  }
  const keyword = /unknown keyword: "([^"]+)"/.exec(message);
  if (keyword?.[1] !== undefined) return findKey(schema, '', (key) => key === keyword[1]) ?? '';
  const ref = /can't resolve reference (\S+)/.exec(message);
  if (ref?.[1] !== undefined) {
    const target = ref[1];
    return findKey(schema, '', (key, value) => key === '$ref' && value === target) ?? '';
  }
  return '';
}

/** Depth-first search for the first key accepted by `match`; returns its pointer. */
function findKey(value: unknown, pointer: string, match: (key: string, value: unknown) => boolean): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPointer = joinPointer(pointer, key);
    if (match(key, child)) return childPointer;
    const found = findKey(child, childPointer, match);
    if (found !== undefined) return found;
  }
  return undefined;
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * The meta-schema reaches its unions through `$ref`, so a failed `anyOf` (such as `type`) arrives
 * with its alternatives' errors beside it; at a pointer with a union issue, keep only that one.
 */
function preferUnions(issues: Issue[]): Issue[] {
  const unions = new Set(issues.filter((found) => found.code.endsWith('.anyOf') || found.code.endsWith('.oneOf')).map((found) => found.pointer));
  return issues.filter((found) => !unions.has(found.pointer) || found.code.endsWith('.anyOf') || found.code.endsWith('.oneOf'));
}
