import { writeFile } from 'node:fs/promises';
import { DIAGRAM_WORDS, diagramLabels, workflowTitle } from '../diagram/labels.js';
import { layoutWorkflow } from '../diagram/layout.js';
import { diagramMermaid } from '../diagram/mermaid.js';
import { ShapeChecker } from '../diagram/shape-check.js';
import { diagramSvg } from '../diagram/svg-document.js';
import { indexWorkflow } from '../diagram/workflow-index.js';
import { DefinitionError } from '../errors.js';
import { text } from '../localized-text.js';
import type { CliContext } from './cli-context.js';
import { checkWorkflowFile, printIssues } from './definition-file.js';
import { printable } from './output.js';

/** The drawings `luzhi diagram` writes. */
export const DIAGRAM_FORMATS = ['svg', 'mermaid'] as const;

/** One of {@link DIAGRAM_FORMATS}. */
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

/** A validated definition has the shape a drawing reads; if not, that is a definition error. */
class DefinitionShape extends ShapeChecker {
  override fail(pointer: string, zhCN: string, en: string): never {
    throw new DefinitionError([{ pointer, code: 'diagram.unreadable', message: text(zhCN, en) }]);
  }
}

/**
 * `luzhi diagram DEFINITION --format svg|mermaid [--out FILE]`: reads and validates the
 * definition (issues are printed as `validate` prints them) and writes its drawing — a standalone
 * SVG document, the same drawing `<luzhi-diagram>` makes, or a Mermaid state diagram — with titles
 * in `--lang`, to standard output or to FILE. Returns 0, or 1 when the definition has issues or
 * FILE cannot be written.
 */
export async function diagramCommand(
  file: string,
  format: DiagramFormat,
  out: string | undefined,
  context: CliContext,
  presetsRoot?: string,
): Promise<number> {
  const checked = await checkWorkflowFile(file, presetsRoot);
  if (checked.definition === undefined) return printIssues(checked.found, context);
  const index = indexWorkflow(checked.definition, new DefinitionShape());
  const words = DIAGRAM_WORDS[context.lang];
  const labels = diagramLabels(index, context.lang, words);
  const title = words.diagram(workflowTitle(index, context.lang));
  const drawing =
    format === 'svg'
      ? diagramSvg(layoutWorkflow(index, labels), { title, forEachNote: labels.forEachNote, lang: context.lang })
      : diagramMermaid(index, { ...labels, title });
  if (out === undefined) {
    context.out(drawing.replace(/\n$/, ''));
    return 0;
  }
  try {
    await writeFile(out, drawing, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    context.err(`luzhi: ${text(`无法写入文件 ${printable(out)}：${printable(String(reason))}`, `cannot write ${printable(out)}: ${printable(String(reason))}`)[context.lang]}`);
    return 1;
  }
  return 0;
}
