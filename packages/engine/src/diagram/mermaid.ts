import { siblingEdges, type LayoutOptions } from './layout.js';
import type { WorkflowIndex } from './workflow-index.js';

/** What {@link diagramMermaid} writes besides the definition. */
export interface MermaidOptions extends Pick<LayoutOptions, 'stateLabel' | 'moveLabel'> {
  /** The diagram's accessible title. */
  title: string;
  /** Added to a forEach state's title. */
  forEachNote: string;
}

// Anything Mermaid reads as syntax inside a label (quotes, comments, statement ends, arrows,
// brackets, markup) is written as a numeric entity `#code;`, which Mermaid decodes when drawing.
// Bidirectional overrides are escaped too, so that the text printed cannot reorder what is shown.
const SYNTAX = /["#%;:<>&{}[\]|\\`\u202a-\u202e\u2066-\u2069]/g;
// A run of dashes could read as an arrow or a region separator: each of its dashes is escaped too.
const DASHES = /-{2,}/g;
// Line and paragraph breaks and other control characters end a statement: they become spaces.
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Text made safe as a Mermaid state description or transition label. */
export function escapeMermaid(value: string): string {
  return value
    .replace(BREAKS, ' ')
    .replace(SYNTAX, (char) => `#${char.codePointAt(0)};`)
    .replace(DASHES, (run) => '#45;'.repeat(run.length));
}

/**
 * A Mermaid `stateDiagram-v2` of a definition: each state declared with its title (state names
 * never appear: they are replaced by ids `s0`, `s1`… in definition order, so no name can break
 * the syntax), compound and forEach states as blocks, a parallel state's regions separated by
 * `--`, `[*]` before each container's initial state and after each final state, and the moves as
 * arrows between siblings labelled with action titles, as `<luzhi-diagram>` draws them.
 */
export function diagramMermaid(index: WorkflowIndex, options: MermaidOptions): string {
  const ids = new Map([...index.states.keys()].map((name, at) => [name, `s${at}`]));
  const edges = siblingEdges(index, options.moveLabel);
  const lines = ['stateDiagram-v2', `  accTitle: ${escapeMermaid(options.title)}`];

  const writeContainer = (container: string | undefined, names: readonly string[], initial: string | undefined, indent: string) => {
    const parallel = container !== undefined && index.states.get(container)!.kind === 'parallel';
    names.forEach((name, at) => {
      const info = index.states.get(name)!;
      const id = ids.get(name)!;
      if (parallel && at > 0) lines.push(`${indent}--`);
      const title = info.forEach ? `${options.stateLabel(name)} · ${options.forEachNote}` : options.stateLabel(name);
      lines.push(`${indent}state "${escapeMermaid(title)}" as ${id}`);
      if (info.children.length > 0) {
        lines.push(`${indent}state ${id} {`);
        writeContainer(name, info.children, info.initial, `${indent}  `);
        lines.push(`${indent}}`);
      }
    });
    if (!parallel && initial !== undefined) lines.push(`${indent}[*] --> ${ids.get(initial)!}`);
    for (const edge of edges.get(container) ?? []) {
      const label = edge.labels.join(' / ');
      lines.push(`${indent}${ids.get(edge.from)!} --> ${ids.get(edge.to)!}${label ? ` : ${escapeMermaid(label)}` : ''}`);
    }
    for (const name of names) if (index.states.get(name)!.kind === 'final') lines.push(`${indent}${ids.get(name)!} --> [*]`);
  };
  writeContainer(undefined, index.top, index.initial, '  ');
  return `${lines.join('\n')}\n`;
}
