import { compile } from '../compile/compile.js';
import { DefinitionError, type Issue } from '../errors.js';
import { text, type LocalizedText } from '../localized-text.js';
import type { CliContext } from './cli-context.js';
import { loadWorkflow } from './load-workflow.js';
import { issueLine } from './output.js';

/** One issue of `luzhi validate --json`. */
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
 * `luzhi validate FILE...`: reads each file with {@link loadWorkflow} (a workflow, or an overlay
 * resolved against what it extends), validates it and prints one `FILE#/pointer: message` line
 * per issue — the overlay's file and pointer, or the base's for a problem that comes from the
 * base — or a short OK line for a valid file. Returns the exit status: 1 when any file has an
 * issue, else 0.
 */
export async function validateCommand(files: readonly string[], context: CliContext, presetsRoot?: string): Promise<number> {
  const found: ValidateJsonIssue[] = [];
  for (const file of files) {
    const loaded = await loadWorkflow(file, { presetsRoot });
    const issues = [...loaded.issues];
    let key: string | undefined;
    if (loaded.definition) {
      key = `${loaded.definition.id}@${loaded.definition.version}`;
      for (const issue of runnableIssues(loaded.definition)) issues.push({ ...issue, ...loaded.locate(issue.pointer) });
    }
    for (const issue of issues) {
      const at = issue.base ?? { file: issue.file, pointer: issue.pointer };
      const position =
        'position' in issue
          ? (issue.position as { line: number; column: number })
          : loaded.positions.get(at.file)?.get(at.pointer);
      found.push({
        file: at.file,
        pointer: at.pointer,
        code: issue.code,
        message: issue.message,
        ...(position === undefined ? {} : { line: position.line, column: position.column }),
        ...(issue.base === undefined ? {} : { overlay: { file: issue.file, pointer: issue.pointer } }),
      });
      if (!context.json) context.out(issueLine(at.file, { ...issue, pointer: at.pointer }, context.lang));
    }
    if (issues.length === 0 && !context.json) {
      context.out(`${file}: ${text(`✓ 有效（${key ?? ''}）`, `✓ valid (${key ?? ''})`)[context.lang]}`);
    }
  }
  if (context.json) context.out(JSON.stringify(found, null, 2));
  return found.length > 0 ? 1 : 0;
}
