import { validateDefinition } from '../definition/validate.js';
import { compile } from '../compile/compile.js';
import { DefinitionError, type Issue } from '../errors.js';
import { text, type LocalizedText } from '../localized-text.js';
import type { CliContext } from './cli-context.js';
import { issueLine } from './output.js';
import { readDocument } from './read-document.js';

/** One issue of `luzhi validate --json`. */
export interface ValidateJsonIssue {
  file: string;
  pointer: string;
  code: string;
  message: LocalizedText;
  /** Where the value (or the text error) is in the file, when known. */
  line?: number;
  column?: number;
}

/**
 * What a valid definition still needs before this engine can run it (a feature it validates but
 * cannot execute yet): the compiler's issues, so `validate` says what `createEngine` would.
 */
function runnableIssues(definition: unknown): Issue[] {
  try {
    compile(definition);
    return [];
  } catch (error) {
    if (error instanceof DefinitionError) return [...error.issues];
    throw error;
  }
}

/**
 * `luzhi validate FILE...`: reads each file as text (so duplicate keys are caught), validates it
 * as a workflow definition and prints one `FILE#/pointer: message` line per issue, or a short OK
 * line for a valid file. Returns the exit status: 1 when any file has an issue, else 0.
 */
export async function validateCommand(files: readonly string[], context: CliContext): Promise<number> {
  const found: ValidateJsonIssue[] = [];
  for (const file of files) {
    const document = await readDocument(file);
    const issues: Issue[] = [...document.issues];
    let key: string | undefined;
    if (document.value !== undefined) {
      const result = validateDefinition(document.value);
      issues.push(...result.issues);
      if (result.definition) {
        key = `${result.definition.id}@${result.definition.version}`;
        issues.push(...runnableIssues(result.definition));
      }
    }
    for (const issue of issues) {
      const position =
        'position' in issue
          ? (issue.position as { line: number; column: number })
          : document.positions.get(issue.pointer);
      found.push({
        file,
        pointer: issue.pointer,
        code: issue.code,
        message: issue.message,
        ...(position === undefined ? {} : { line: position.line, column: position.column }),
      });
      if (!context.json) context.out(issueLine(file, issue, context.lang));
    }
    if (issues.length === 0 && !context.json) {
      context.out(`${file}: ${text(`✓ 有效（${key ?? ''}）`, `✓ valid (${key ?? ''})`)[context.lang]}`);
    }
  }
  if (context.json) context.out(JSON.stringify(found, null, 2));
  return found.length > 0 ? 1 : 0;
}
