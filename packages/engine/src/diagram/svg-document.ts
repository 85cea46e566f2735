import type { DiagramLayout, LayoutBox, LayoutEdge } from './layout.js';
import { ARROW_MARKER, boxShapes, DIAGRAM_THEME, edgePath, startShapes, type ShapeRect } from './svg-shapes.js';

/** What {@link diagramSvg} writes besides the layout. */
export interface SvgDocumentOptions {
  /** The document's `<title>`, its accessible name. */
  title: string;
  /** The note under a forEach state's title. */
  forEachNote: string;
  /** The language of the titles (`lang` of the document). */
  lang: string;
}

// Characters XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/FFFF) become U+FFFD.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Characters a terminal may act on (line breaks, C1 controls, bidirectional overrides) are written
// as character references: the document reads the same, the bytes printed are inert.
const INERT = /[\t\n\r\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text made safe inside an XML element or a double-quoted attribute: markup characters as
 * entities, characters a terminal acts on as character references, and characters XML cannot
 * carry at all as U+FFFD.
 */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, '\ufffd')
    .replace(/[&<>"']/g, (char) => ENTITIES[char]!)
    .replace(INERT, (char) => `&#x${char.charCodeAt(0).toString(16)};`);
}

const attrs = (values: Record<string, string | number | undefined>): string =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

const rect = (shape: ShapeRect, style: Record<string, string | number>, className: string): string =>
  `<rect${attrs({ class: className, x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: shape.rx, ...style })}/>`;

function boxMarkup(box: LayoutBox, forEachNote: string): string {
  const shapes = boxShapes(box);
  const classes = ['state', shapes.container && 'container', box.kind === 'final' && 'final'].filter(Boolean).join(' ');
  const lines = [`<g${attrs({ class: classes, 'data-state': box.name })}>`];
  if (shapes.stack) lines.push(rect(shapes.stack, { fill: 'none', stroke: DIAGRAM_THEME.border }, 'stack'));
  lines.push(rect(shapes.box, { fill: shapes.container ? DIAGRAM_THEME.container : DIAGRAM_THEME.state, stroke: DIAGRAM_THEME.border, 'stroke-width': 1 }, 'box'));
  if (shapes.inner) lines.push(rect(shapes.inner, { fill: 'none', stroke: DIAGRAM_THEME.border }, 'inner'));
  lines.push(`<text${attrs({ x: shapes.title.x, y: shapes.title.y, 'text-anchor': 'middle', fill: DIAGRAM_THEME.text })}>${escapeXml(box.title)}</text>`);
  if (shapes.note) {
    lines.push(`<text${attrs({ class: 'note', x: shapes.note.x, y: shapes.note.y, 'text-anchor': 'middle', 'font-size': 11, fill: DIAGRAM_THEME.muted })}>${escapeXml(forEachNote)}</text>`);
  }
  lines.push('</g>');
  return lines.join('');
}

function edgeMarkup(edge: LayoutEdge): string {
  const path = `<path${attrs({ class: edge.back ? 'edge back' : 'edge', d: edgePath(edge), fill: 'none', stroke: DIAGRAM_THEME.edge, 'stroke-width': 1.25, 'stroke-dasharray': edge.back ? '5 3' : undefined, 'marker-end': 'url(#arrow)' })}/>`;
  const label = edge.label
    ? `<text${attrs({ class: 'edge-label', x: edge.labelAt.x, y: edge.labelAt.y, 'font-size': 11, fill: DIAGRAM_THEME.muted })}>${escapeXml(edge.label)}</text>`
    : '';
  return `<g${attrs({ 'data-from': edge.from, 'data-to': edge.to })}>${path}${label}</g>`;
}

/**
 * A standalone SVG document of a layout: the same boxes, arrows and labels `<luzhi-diagram>`
 * draws, with the default theme's colours written on each shape (no stylesheet needed), a
 * `<title>`, and every text escaped for XML.
 */
export function diagramSvg(layout: DiagramLayout, options: SvgDocumentOptions): string {
  const start = startShapes(layout);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      lang: options.lang,
      role: 'img',
      'aria-labelledby': 'title',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: layout.width,
      height: layout.height,
      'font-family': DIAGRAM_THEME.font,
      'font-size': 13,
    })}>`,
    `<title id="title">${escapeXml(options.title)}</title>`,
    `<defs><marker${attrs({ id: 'arrow', viewBox: ARROW_MARKER.viewBox, refX: ARROW_MARKER.refX, refY: ARROW_MARKER.refY, markerWidth: ARROW_MARKER.size, markerHeight: ARROW_MARKER.size, orient: 'auto-start-reverse' })}><path${attrs({ class: 'arrow', d: ARROW_MARKER.path, fill: DIAGRAM_THEME.edge })}/></marker></defs>`,
    ...layout.boxes.map((box) => boxMarkup(box, options.forEachNote)),
    `<circle${attrs({ class: 'start', cx: start.cx, cy: start.cy, r: start.r, fill: DIAGRAM_THEME.edge })}/>`,
    `<path${attrs({ class: 'edge', d: start.path, fill: 'none', stroke: DIAGRAM_THEME.edge, 'stroke-width': 1.25, 'marker-end': 'url(#arrow)' })}/>`,
    ...layout.edges.map(edgeMarkup),
    '</svg>',
  ];
  return `${lines.join('\n')}\n`;
}
