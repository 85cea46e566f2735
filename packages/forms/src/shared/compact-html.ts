import { html as litHtml, type TemplateResult } from 'lit';

// Each template's strings are compacted once; Lit caches its prepared template by this array.
const compacted = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

// A run of whitespace holding a line break: after a tag's `>` or before a `<` it only lays out the
// source and goes; elsewhere (between attributes, between two bindings) it becomes one space.
const LAYOUT_WHITESPACE = /\s*\n\s*/g;

/**
 * Lit's `html` without the whitespace that only indents the template's source, so that a form's
 * many fields and rows do not each carry a dozen empty text nodes (each one a node to clone,
 * insert, style and lay out). Whitespace within a line is kept, as is all text that is not
 * whitespace. Only the template's own literal strings are rewritten (once per template, and
 * marked as template strings as Lit requires); the values still go through Lit's bindings.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let compact = compacted.get(strings);
  if (compact === undefined) {
    const pieces = strings.map((piece) =>
      piece.replace(LAYOUT_WHITESPACE, (run, at: number, whole: string) => (whole[at - 1] === '>' || whole[at + run.length] === '<' ? '' : ' ')),
    );
    compact = Object.assign(pieces, { raw: pieces }) as unknown as TemplateStringsArray;
    compacted.set(strings, compact);
  }
  return litHtml(compact, ...values);
}
