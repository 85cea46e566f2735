import { writeFile } from 'node:fs/promises';
import { LimitError } from '../errors.js';
import { text } from '../localized-text.js';
import { generateWorkflowTypes } from '../typegen/workflow-types.js';
import { EXIT, type CliContext } from './cli-context.js';
import { checkWorkflowFile, printIssues } from './definition-file.js';

/**
 * `luzhi typegen DEFINITION [--out FILE]`: the TypeScript types of a workflow file — its data,
 * each form's payload, its command map — printed, or written to `--out`. A definition with issues
 * is reported as `validate` reports it, and nothing is written.
 */
export async function typegenCommand(file: string, out: string | undefined, context: CliContext, presetsRoot?: string): Promise<number> {
  const report = await checkWorkflowFile(file, presetsRoot);
  if (report.definition === undefined) {
    printIssues(report.found, context);
    return EXIT.failed;
  }
  let source: string;
  try {
    source = (await generateWorkflowTypes([report.definition])).source;
  } catch (error) {
    if (!(error instanceof LimitError)) throw error;
    printIssues(error.issues.map((issue) => ({ file, ...issue })), context);
    return EXIT.failed;
  }
  if (out === undefined) {
    context.out(source.trimEnd());
    return EXIT.ok;
  }
  try {
    await writeFile(out, source);
  } catch (error) {
    const reason = (error as Error).message;
    context.err(`luzhi: ${text(`无法写入 ${out}：${reason}`, `cannot write ${out}: ${reason}`)[context.lang]}`);
    return EXIT.failed;
  }
  if (!context.json) context.out(text(`已写入 ${out}（${report.key}）`, `wrote ${out} (${report.key})`)[context.lang]);
  return EXIT.ok;
}
