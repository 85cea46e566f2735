import { text } from '../localized-text.js';
import type { CliContext } from './cli-context.js';
import { checkWorkflowFile, printIssues, type ValidateJsonIssue } from './definition-file.js';

export type { ValidateJsonIssue } from './definition-file.js';

/**
 * `luzhi validate FILE...`: reads each file with {@link checkWorkflowFile} (a workflow, or an
 * overlay resolved against what it extends), validates it and prints one `FILE#/pointer: message`
 * line per issue — the overlay's file and pointer, or the base's for a problem that comes from the
 * base — or a short OK line for a valid file. Returns the exit status: 1 when any file has an
 * issue, else 0.
 */
export async function validateCommand(files: readonly string[], context: CliContext, presetsRoot?: string): Promise<number> {
  const found: ValidateJsonIssue[] = [];
  for (const file of files) {
    const checked = await checkWorkflowFile(file, presetsRoot);
    found.push(...checked.found);
    if (context.json) continue;
    if (checked.found.length > 0) printIssues(checked.found, context);
    else context.out(`${file}: ${text(`✓ 有效（${checked.key ?? ''}）`, `✓ valid (${checked.key ?? ''})`)[context.lang]}`);
  }
  if (context.json) context.out(JSON.stringify(found, null, 2));
  return found.length > 0 ? 1 : 0;
}
