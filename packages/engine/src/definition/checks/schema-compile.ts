import type { Issue } from '../../errors.js';
import { getAtPointer, joinPointer, parsePointer } from '../../json-pointer.js';
import { createAjv, type LuzhiAjv } from '../ajv.js';
import { ajvErrorsToIssues } from '../ajv-issues.js';
import { issue } from './check.js';

/** What a schema inside the definition is, for messages: `{ zh: '表单“submit”的', en: 'form "submit"' }`. */
export interface SchemaSubject {
  zh: string;
  en: string;
}

/** Compiles the JSON Schemas of one definition; {@link SchemaCompiler.dispose} forgets them again. */
export interface SchemaCompiler {
  /**
   * Compiles a JSON Schema found in the definition (the data schema, a form's schema) the way the
   * engine will — with {@link createAjv}: strict, draft 2020-12, formats, every schema of the
   * definition in one ajv instance — and turns every failure into an issue with `code`, pointing
   * into the schema as precisely as ajv allows. Returns [] when it compiles.
   */
  issues(schema: unknown, pointer: string, code: string, subject: SchemaSubject): Issue[];
  /** Removes the schemas compiled so far, so the next definition may reuse their `$id`s. */
  dispose(): void;
}

let sharedAjv: LuzhiAjv | undefined;

/**
 * Creates the compiler for one definition's schemas. The ajv instance behind it is shared and
 * created once, since compiling the draft 2020-12 meta-schema is by far the costliest step;
 * {@link SchemaCompiler.dispose} must be called when the definition is done.
 */
export function createSchemaCompiler(): SchemaCompiler {
  const ajv = (sharedAjv ??= createAjv());
  const compiled: object[] = [];
  return {
    issues(schema, pointer, code, subject) {
      if (!ajv.validateSchema(schema as object)) {
        return preferUnions(ajvErrorsToIssues(ajv.errors, code)).map((found) =>
          issue(
            code,
            pointer + found.pointer,
            `${subject.zh} JSON Schema 无效：${found.message['zh-CN']}`,
            `The JSON Schema of ${subject.en} is invalid: ${found.message.en}`,
          ),
        );
      }
      compiled.push(schema as object);
      try {
        ajv.compile(schema as object);
        return [];
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return [
          issue(
            code,
            pointer + locateCompileError(schema, message),
            `${subject.zh} JSON Schema 无法编译（严格模式）：${message}`,
            `The JSON Schema of ${subject.en} does not compile in strict mode: ${message}`,
          ),
        ];
      }
    },
    dispose() {
      for (const schema of compiled.splice(0)) ajv.removeSchema(schema);
    },
  };
}

/**
 * Finds the sub-path of a schema that an ajv compile error is about: ajv names it as `at "#/…"`
 * or `at path "#/…"`; an unknown keyword or an unresolved `$ref` is looked up in the schema.
 * Returns '' (the whole schema) when nothing more precise can be found.
 */
function locateCompileError(schema: unknown, message: string): string {
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
