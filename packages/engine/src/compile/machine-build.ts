import { text } from '../localized-text.js';
import { compileExpression, type CompiledExpression } from '../definition/expressions/index.js';
import type { Issue } from '../errors.js';

/**
 * What compiling one definition's machine carries from state to state: the issues found so far
 * (reported together once every state is compiled) and how an expression is compiled.
 */
export interface MachineBuild {
  readonly issues: Issue[];
}

/** A fresh {@link MachineBuild} with no issues. */
export function createMachineBuild(): MachineBuild {
  return { issues: [] };
}

/**
 * Compiles an expression of the definition; one that does not compile is recorded as an issue at
 * `pointer` and stands in as an expression of no value, so compiling goes on and reports them all.
 */
export function expressionAt(build: MachineBuild, source: string, pointer: string): CompiledExpression {
  const result = compileExpression(source);
  if (result.ok) return result.expression;
  build.issues.push({ pointer, code: result.code, message: result.message });
  return { source, references: [], evaluate: () => undefined };
}

/** Records a shape the definition language allows but this engine cannot run (`compile.notSupported`). */
export function notSupported(build: MachineBuild, pointer: string, zh: string, en: string): void {
  build.issues.push({ pointer, code: 'compile.notSupported', message: text(`本版本引擎尚不能执行：${zh}`, `This engine version cannot run this yet: ${en}`) });
}
