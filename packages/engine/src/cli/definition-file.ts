import { compile } from '../compile/compile.js';
import type { WorkflowDefinition } from '../definition/workflow-definition.generated.js';
import { DefinitionError, type Issue } from '../errors.js';
import type { LocalizedText } from '../localized-text.js';
import type { CliContext } from './cli-context.js';
import { loadWorkflow, type LoadedWorkflow } from './load-workflow.js';
import { issueLine } from './output.js';

/** One issue of a workflow file, as `luzhi validate` (and every command reading one) reports it. */
export interface ValidateJsonIssue {
  /** The file the pointer points into: the file given, or the base it extends for a problem there. */
  file: string;
  pointer: string;
  code: string;
  message: LocalizedText;
  /** Where the value (or the text error) is in the file, when known. */
  line?: number;
  column?: number;
  /** For a problem in a base: the file given (an overlay) and its pointer, `/extends`. */
  overlay?: { file: string; pointer: string };
}

/** A workflow file read (overlays resolved) and checked: its issues, or its definition. */
export interface CheckedWorkflowFile {
  /** Every issue found, located in the file given or in the base it comes from. */
  found: ValidateJsonIssue[];
  /** `id@version` of the resolved definition, when it could be read as one. */
  key: string | undefined;
  /** The resolved definition, when no issue was found. */
  definition: WorkflowDefinition | undefined;
  /** What was read, for commands that report issues their own way. */
  loaded: LoadedWorkflow;
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
 * Reads a workflow file with {@link loadWorkflow} (a workflow, or an overlay resolved against what
 * it extends) and checks it as `validate` does — reading, resolving, validating and what the
 * compiler still needs — locating each issue in the overlay, or in the base it comes from, with
 * line and column when known. Every command that reads a workflow file reads it here.
 */
export async function checkWorkflowFile(file: string, presetsRoot?: string): Promise<CheckedWorkflowFile> {
  const loaded = await loadWorkflow(file, { presetsRoot });
  const issues = [...loaded.issues];
  let key: string | undefined;
  if (loaded.definition) {
    key = `${loaded.definition.id}@${loaded.definition.version}`;
    for (const issue of runnableIssues(loaded.definition)) issues.push({ ...issue, ...loaded.locate(issue.pointer) });
  }
  const found = issues.map((issue): ValidateJsonIssue => {
    const at = issue.base ?? { file: issue.file, pointer: issue.pointer };
    const position =
      'position' in issue ? (issue.position as { line: number; column: number }) : loaded.positions.get(at.file)?.get(at.pointer);
    return {
      file: at.file,
      pointer: at.pointer,
      code: issue.code,
      message: issue.message,
      ...(position === undefined ? {} : { line: position.line, column: position.column }),
      ...(issue.base === undefined ? {} : { overlay: { file: issue.file, pointer: issue.pointer } }),
    };
  });
  return { found, key, definition: found.length === 0 ? loaded.definition : undefined, loaded };
}

/** Prints issues as `validate` does: one `FILE#/pointer: message` line each, or with `--json` the list. Returns exit status 1. */
export function printIssues(found: readonly ValidateJsonIssue[], context: CliContext): number {
  if (context.json) context.out(JSON.stringify(found, null, 2));
  else for (const issue of found) context.out(issueLine(issue.file, issue, context.lang));
  return 1;
}
