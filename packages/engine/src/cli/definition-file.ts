import { checkLoadedWorkflow, type CheckedWorkflow, type ValidateJsonIssue } from '../definition/workflow-source.js';
import type { CliContext } from './cli-context.js';
import { loadWorkflow } from './load-workflow.js';
import { issueLine } from './output.js';

export type { ValidateJsonIssue } from '../definition/workflow-source.js';

/** A workflow file read (overlays resolved) and checked: its issues, or its definition. */
export type CheckedWorkflowFile = CheckedWorkflow;

/**
 * Reads a workflow file with {@link loadWorkflow} (a workflow, or an overlay resolved against what
 * it extends) and checks it as `validate` does with {@link checkLoadedWorkflow}. Every command
 * that reads a workflow file reads it here.
 */
export async function checkWorkflowFile(file: string, presetsRoot?: string): Promise<CheckedWorkflowFile> {
  return checkLoadedWorkflow(await loadWorkflow(file, { presetsRoot }));
}

/** Prints issues as `validate` does: one `FILE#/pointer: message` line each, or with `--json` the list. Returns exit status 1. */
export function printIssues(found: readonly ValidateJsonIssue[], context: CliContext): number {
  if (context.json) context.out(JSON.stringify(found, null, 2));
  else for (const issue of found) context.out(issueLine(issue.file, issue, context.lang));
  return 1;
}
