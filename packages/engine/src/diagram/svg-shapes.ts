import { METRICS, type DiagramLayout, type LayoutBox, type LayoutEdge } from './layout.js';

/** A rectangle of the drawing, with its corner radius. */
export interface ShapeRect {
  x: number;
  y: number;
  width: number;
  height: number;
  rx: number;
}

/** Where each part of a state's drawing goes: the element and the CLI draw from these. */
export interface BoxShapes {
  /** The card behind a forEach state, drawn as a stack. */
  stack: ShapeRect | undefined;
  box: ShapeRect;
  /** The inner outline of a final state. */
  inner: ShapeRect | undefined;
  /** Whether the state holds child states (its title sits in its header). */
  container: boolean;
  /** The title's anchor (centred, baseline). */
  title: { x: number; y: number };
  /** The forEach note's anchor, under the title. */
  note: { x: number; y: number } | undefined;
  /** The branch count badge on the top-right corner. */
  count: { cx: number; cy: number; r: number; textY: number };
}

/** The colours of the default theme: the element's styles fall back to them, the CLI draws with them. */
export const DIAGRAM_THEME = {
  font: "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif",
  state: '#fff',
  container: '#f5f6f7',
  border: '#8f959e',
  text: '#1f2329',
  muted: '#646a73',
  edge: '#646a73',
  accent: '#1456f0',
  accentText: '#fff',
  count: '#c4251c',
} as const;

/** The arrow head at the end of every edge. */
export const ARROW_MARKER = { viewBox: '0 0 10 10', refX: 9, refY: 5, size: 7, path: 'M0 0 L10 5 L0 10 z' } as const;

/** The parts of one state's drawing. */
export function boxShapes(box: LayoutBox): BoxShapes {
  const container = box.kind === 'compound' || box.kind === 'parallel';
  const final = box.kind === 'final';
  return {
    stack: box.forEach ? { x: box.x + 4, y: box.y - 4, width: box.width, height: box.height, rx: 8 } : undefined,
    box: { x: box.x, y: box.y, width: box.width, height: box.height, rx: final ? 18 : 8 },
    inner: final ? { x: box.x + 3, y: box.y + 3, width: box.width - 6, height: box.height - 6, rx: 15 } : undefined,
    container,
    title: { x: box.x + box.width / 2, y: container ? box.y + METRICS.header / 2 + 5 : box.y + box.height / 2 + 5 },
    note: box.forEach ? { x: box.x + box.width / 2, y: box.y + METRICS.header + 8 } : undefined,
    count: { cx: box.x + box.width, cy: box.y, r: 9, textY: box.y + 4 },
  };
}

/** The `d` attribute of an edge's polyline. */
export function edgePath(edge: LayoutEdge): string {
  const [first, ...rest] = edge.points;
  return `M${first!.x} ${first!.y} ${rest.map((point) => `L${point.x} ${point.y}`).join(' ')}`;
}

/** The start marker: a dot above the initial state and the line down to it. */
export function startShapes(layout: DiagramLayout): { cx: number; cy: number; r: number; path: string } {
  const { x, y, toY } = layout.start;
  return { cx: x, cy: y, r: 5, path: `M${x} ${y + 5} V${toY}` };
}
