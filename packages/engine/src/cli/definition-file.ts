import { validateDefinition } from '../definition/validate.js';
import type { WorkflowDefinition } from '../definition/workflow-definition.generated.js';
import type { CliContext } from './cli-context.js';
import { issueLine } from './output.js';
import type { ReadDocument } from './read-document.js';
import type { ValidateJsonIssue } from './validate-command.js';

/** A definition file read and validated: the definition, or its issues as `validate` lists them. */
export type CheckedDefinition = { ok: true; definition: WorkflowDefinition } | { ok: false; issues: ValidateJsonIssue[] };

/**
 * Validates a document read from `file` as a workflow definition, for commands that need a valid
 * one (`diff`, `diagram`): its read issues, or else its validation issues, located as `validate`
 * locates them (pointer, and line and column when known).
 */
export function checkDefinitionDocument(file: string, document: ReadDocument): CheckedDefinition {
  const issues = [...document.issues];
  let definition: WorkflowDefinition | undefined;
  if (issues.length === 0) {
    const result = validateDefinition(document.value);
    if (result.definition) definition = result.definition;
    else issues.push(...result.issues);
  }
  if (definition !== undefined) return { ok: true, definition };
  return {
    ok: false,
    issues: issues.map((issue) => {
      const position = 'position' in issue ? (issue.position as { line: number; column: number }) : document.positions.get(issue.pointer);
      return {
        file,
        pointer: issue.pointer,
        code: issue.code,
        message: issue.message,
        ...(position === undefined ? {} : { line: position.line, column: position.column }),
      };
    }),
  };
}

/** Prints issues as `validate` does (lines, or a JSON list with `--json`); returns exit status 1. */
export function printDefinitionIssues(issues: readonly ValidateJsonIssue[], context: CliContext): number {
  if (context.json) context.out(JSON.stringify(issues, null, 2));
  else for (const issue of issues) context.out(issueLine(issue.file, issue, context.lang));
  return 1;
}
