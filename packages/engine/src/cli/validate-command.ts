import { validateDefinition } from '../definition/validate.js';
import { compile } from '../compile/compile.js';
import { DefinitionError, type Issue } from '../errors.js';
import { text, type LocalizedText } from '../localized-text.js';
import type { CliContext } from './cli-context.js';
import { issueLine } from './output.js';
import { readDocument, type ReadDocument } from './read-document.js';
import type { WorkflowDefinition } from '../definition/workflow-definition.generated.js';

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

/** The issues of one read definition file, as `validate` reports them, and `id@version` when it is valid. */
export interface DocumentIssues {
  found: ValidateJsonIssue[];
  key: string | undefined;
  /** The definition, when it is valid. */
  definition: WorkflowDefinition | undefined;
}

/**
 * Validates a definition file read with `readDocument` — its text issues, the definition's issues
 * and what this engine still needs to run it — each located by pointer and, when known, line and column.
 */
export function documentIssues(file: string, document: ReadDocument): DocumentIssues {
  const issues: Issue[] = [...document.issues];
  let key: string | undefined;
  let definition: WorkflowDefinition | undefined;
  if (document.value !== undefined) {
    const result = validateDefinition(document.value);
    issues.push(...result.issues);
    if (result.definition) {
      key = `${result.definition.id}@${result.definition.version}`;
      issues.push(...runnableIssues(result.definition));
      if (issues.length === 0) definition = result.definition;
    }
  }
  const found = issues.map((issue): ValidateJsonIssue => {
    const position =
      'position' in issue ? (issue.position as { line: number; column: number }) : document.positions.get(issue.pointer);
    return {
      file,
      pointer: issue.pointer,
      code: issue.code,
      message: issue.message,
      ...(position === undefined ? {} : { line: position.line, column: position.column }),
    };
  });
  return { found, key, definition };
}

/** Prints issues as `validate` does: one `FILE#/pointer: message` line each, or with `--json` the list. */
export function printIssues(found: readonly ValidateJsonIssue[], context: CliContext): void {
  if (context.json) context.out(JSON.stringify(found, null, 2));
  else for (const issue of found) context.out(issueLine(issue.file, issue, context.lang));
}

/**
 * `luzhi validate FILE...`: reads each file as text (so duplicate keys are caught), validates it
 * as a workflow definition and prints one `FILE#/pointer: message` line per issue, or a short OK
 * line for a valid file. Returns the exit status: 1 when any file has an issue, else 0.
 */
export async function validateCommand(files: readonly string[], context: CliContext): Promise<number> {
  const found: ValidateJsonIssue[] = [];
  for (const file of files) {
    const report = documentIssues(file, await readDocument(file));
    found.push(...report.found);
    if (!context.json) printIssues(report.found, context);
    if (report.found.length === 0 && !context.json) {
      context.out(`${file}: ${text(`✓ 有效（${report.key ?? ''}）`, `✓ valid (${report.key ?? ''})`)[context.lang]}`);
    }
  }
  if (context.json) context.out(JSON.stringify(found, null, 2));
  return found.length > 0 ? 1 : 0;
}
