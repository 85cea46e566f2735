import type { StateKind, WorkflowIndex } from './workflow-index.js';
import { estimateTextWidth, type MeasureText } from './measure.js';

/** A state's box: position (top-left) and size in SVG user units. */
export interface LayoutBox {
  name: string;
  title: string;
  kind: StateKind;
  forEach: boolean;
  /** Nesting depth: 0 for top-level states. */
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An arrow between two boxes of one container, with the titles of the moves it stands for. */
export interface LayoutEdge {
  from: string;
  to: string;
  label: string;
  /** Points of the polyline, first at `from`'s border, last at `to`'s. */
  points: ReadonlyArray<{ x: number; y: number }>;
  /** Where the label's text starts (left, baseline). */
  labelAt: { x: number; y: number };
  /** An arrow going back up the flow (退回, 重新办理), routed around the right side. */
  back: boolean;
}

/** The whole drawing: boxes outermost first, so a container is painted before its children. */
export interface DiagramLayout {
  width: number;
  height: number;
  boxes: LayoutBox[];
  edges: LayoutEdge[];
  /** The start marker, above the initial state. */
  start: { x: number; y: number; toY: number };
}

/** What {@link layoutWorkflow} needs besides the definition. */
export interface LayoutOptions {
  /** The text of each state, and of each move (`title` is the action's, or `undefined`). */
  stateLabel: (name: string) => string;
  moveLabel: (move: { event: string; title: WorkflowIndex['moves'][number]['title'] }) => string;
  /** Extra text under a forEach state's title. */
  forEachNote?: string | undefined;
  measure?: MeasureText | undefined;
}

/** Sizes used by the layout; the element's styles match them. */
export const METRICS = {
  fontSize: 13,
  labelSize: 11,
  nodeHeight: 36,
  minNodeWidth: 80,
  nodePadding: 14,
  header: 28,
  noteHeight: 16,
  inset: 12,
  columnGap: 32,
  rowGap: 52,
  laneGap: 14,
  margin: 16,
  startGap: 28,
} as const;

interface Placed {
  boxes: LayoutBox[];
  edges: LayoutEdge[];
  width: number;
  height: number;
}

/** The moves between two sibling states, drawn as one arrow with every move's label. */
export interface SiblingEdge {
  from: string;
  to: string;
  labels: string[];
}

/**
 * Lays a workflow out as nested layered graphs: the top-level states flow downwards from the
 * initial state, one row per step; a compound or forEach state is a box holding its own flow;
 * a parallel state's regions sit side by side. A move between states of different containers is
 * drawn between their ancestors that share a container, so every arrow joins siblings. Moves that
 * go back up the flow are routed in lanes on the right. This is a pure function of its input.
 */
export function layoutWorkflow(index: WorkflowIndex, options: LayoutOptions): DiagramLayout {
  const measure = options.measure ?? estimateTextWidth;
  const edges = siblingEdges(index, options.moveLabel);
  const top = placeContainer(index, options, measure, edges, index.top, index.initial, 0);
  const dx = METRICS.margin;
  const dy = METRICS.margin + METRICS.startGap;
  const moved = shift(top, dx, dy);
  const initial = moved.boxes.find((box) => box.name === index.initial)!;
  return {
    width: top.width + 2 * METRICS.margin,
    height: top.height + dy + METRICS.margin,
    boxes: moved.boxes,
    edges: moved.edges,
    start: { x: initial.x + initial.width / 2, y: METRICS.margin + 5, toY: initial.y },
  };
}

/**
 * The moves of a definition as arrows between siblings, by the state containing them (`undefined`
 * for the top level): a move between states of different containers joins their ancestors that
 * share a container; a move into a state's own ancestor or descendant has no arrow.
 */
export function siblingEdges(index: WorkflowIndex, moveLabel: LayoutOptions['moveLabel']): Map<string | undefined, SiblingEdge[]> {
  const byContainer = new Map<string | undefined, SiblingEdge[]>();
  const chain = (name: string): string[] => {
    const names: string[] = [];
    for (let at: string | undefined = name; at !== undefined; at = index.states.get(at)?.parent) names.unshift(at);
    return names;
  };
  for (const move of index.moves) {
    const from = chain(move.from);
    const to = chain(move.to);
    let shared = 0;
    while (shared < from.length && shared < to.length && from[shared] === to[shared]) shared += 1;
    const source = from[shared];
    const target = to[shared];
    // A move into the state's own ancestor or descendant re-enters it: no arrow between siblings.
    if (source === undefined || target === undefined) continue;
    const container = shared === 0 ? undefined : from[shared - 1];
    const list = byContainer.get(container) ?? [];
    let edge = list.find((candidate) => candidate.from === source && candidate.to === target);
    if (!edge) list.push((edge = { from: source, to: target, labels: [] }));
    const label = moveLabel(move);
    if (label && !edge.labels.includes(label)) edge.labels.push(label);
    byContainer.set(container, list);
  }
  return byContainer;
}

function placeContainer(
  index: WorkflowIndex,
  options: LayoutOptions,
  measure: MeasureText,
  allEdges: Map<string | undefined, SiblingEdge[]>,
  names: readonly string[],
  initial: string | undefined,
  depth: number,
): Placed {
  const container = depth === 0 ? undefined : index.states.get(names[0]!)!.parent;
  const edges = allEdges.get(container) ?? [];
  const parallel = container !== undefined && index.states.get(container)!.kind === 'parallel';
  const inner = new Map(names.map((name) => [name, placeState(index, options, measure, allEdges, name, depth)]));
  const rows = parallel ? [[...names]] : rankRows(names, initial, edges);
  const rank = new Map<string, number>();
  rows.forEach((row, at) => row.forEach((name) => rank.set(name, at)));

  const boxes: LayoutBox[] = [];
  const nested: LayoutEdge[] = [];
  const position = new Map<string, LayoutBox>();
  const rowWidths = rows.map((row) => row.reduce((sum, name) => sum + inner.get(name)!.width, 0) + METRICS.columnGap * (row.length - 1));
  const contentWidth = Math.max(...rowWidths);
  let y = 0;
  rows.forEach((row, at) => {
    let x = (contentWidth - rowWidths[at]!) / 2;
    const height = Math.max(...row.map((name) => inner.get(name)!.height));
    for (const name of row) {
      const placed = shift(inner.get(name)!, x, y);
      boxes.push(...placed.boxes);
      nested.push(...placed.edges);
      position.set(name, placed.boxes[0]!);
      x += placed.width + METRICS.columnGap;
    }
    y += height + METRICS.rowGap;
  });
  const contentHeight = y - METRICS.rowGap;

  const drawn: LayoutEdge[] = [];
  const backs = edges.filter((edge) => rank.get(edge.to)! <= rank.get(edge.from)!);
  for (const edge of edges) {
    if (backs.includes(edge)) continue;
    drawn.push(forwardEdge(position.get(edge.from)!, position.get(edge.to)!, edge.labels.join(' / ')));
  }
  // Lanes for the arrows going back start right of every box and of the labels leaving them.
  let lane = contentWidth;
  for (const edge of backs) {
    const from = position.get(edge.from)!;
    lane = Math.max(lane, from.x + from.width + measure(edge.labels.join(' / '), METRICS.labelSize) + 12);
  }
  backs.forEach((edge, at) => {
    const x = lane + METRICS.laneGap * (at + 1);
    const before = backs.slice(0, at);
    const leaving = before.filter((other) => other.from === edge.from).length;
    const arriving = before.filter((other) => other.to === edge.to).length;
    drawn.push(backEdge(position.get(edge.from)!, position.get(edge.to)!, x, edge.labels.join(' / '), leaving, arriving));
  });
  const width = backs.length > 0 ? lane + METRICS.laneGap * (backs.length + 1) : contentWidth;
  return { boxes, edges: [...drawn, ...nested], width, height: contentHeight };
}

function placeState(
  index: WorkflowIndex,
  options: LayoutOptions,
  measure: MeasureText,
  allEdges: Map<string | undefined, SiblingEdge[]>,
  name: string,
  depth: number,
): Placed {
  const info = index.states.get(name)!;
  const title = options.stateLabel(name);
  const titleWidth = measure(title, METRICS.fontSize) + 2 * METRICS.nodePadding;
  const box: LayoutBox = { name, title, kind: info.kind, forEach: info.forEach, depth, x: 0, y: 0, width: 0, height: METRICS.nodeHeight };
  if (info.children.length === 0) {
    box.width = Math.max(METRICS.minNodeWidth, titleWidth);
    return { boxes: [box], edges: [], width: box.width, height: box.height };
  }
  const note = info.forEach && options.forEachNote ? options.forEachNote : undefined;
  const header = METRICS.header + (note ? METRICS.noteHeight : 0);
  const noteWidth = note ? measure(note, METRICS.labelSize) + 2 * METRICS.nodePadding : 0;
  const content = placeContainer(index, options, measure, allEdges, info.children, info.initial, depth + 1);
  const inside = shift(content, METRICS.inset, header);
  box.width = Math.max(titleWidth, noteWidth, content.width + 2 * METRICS.inset);
  box.height = header + content.height + METRICS.inset;
  return { boxes: [box, ...inside.boxes], edges: inside.edges, width: box.width, height: box.height };
}

/**
 * Rows of a container's flow: a depth-first walk from the initial state marks the moves that
 * return to a state still on the walk's path as going back; every other state sits one row below
 * the lowest state that moves to it. Within a row, states keep the order the walk found them in,
 * except that the ends of moves going back come last.
 */
export function rankRows(names: readonly string[], initial: string | undefined, edges: readonly SiblingEdge[]): string[][] {
  const next = new Map<string, string[]>(names.map((name) => [name, []]));
  for (const edge of edges) next.get(edge.from)!.push(edge.to);
  const order: string[] = [];
  const onPath = new Set<string>();
  const seen = new Set<string>();
  const back = new Set<string>();
  const visit = (name: string) => {
    seen.add(name);
    onPath.add(name);
    order.push(name);
    for (const target of next.get(name)!) {
      if (onPath.has(target)) back.add(`${name}\u0000${target}`);
      else if (!seen.has(target)) visit(target);
    }
    onPath.delete(name);
  };
  for (const start of [initial, ...names]) if (start !== undefined && !seen.has(start)) visit(start);

  const rank = new Map<string, number>(order.map((name) => [name, 0]));
  // Longest path over the forward moves; the walk's order is a topological order of them.
  const topological = topologicalOrder(order, edges, back);
  for (const name of topological) {
    for (const target of next.get(name)!) {
      if (back.has(`${name}\u0000${target}`) || target === name) continue;
      rank.set(target, Math.max(rank.get(target)!, rank.get(name)! + 1));
    }
  }
  const rows: string[][] = [];
  for (const name of order) (rows[rank.get(name)!] ??= []).push(name);
  // Arrows going back run in lanes on the right: their ends go last in a row, so they cross no box.
  const goesBack = new Set([...back].flatMap((pair) => pair.split('\u0000')));
  return rows.filter((row) => row !== undefined).map((row) => [...row.filter((name) => !goesBack.has(name)), ...row.filter((name) => goesBack.has(name))]);
}

function topologicalOrder(order: readonly string[], edges: readonly SiblingEdge[], back: Set<string>): string[] {
  const incoming = new Map<string, number>(order.map((name) => [name, 0]));
  const forward = edges.filter((edge) => edge.from !== edge.to && !back.has(`${edge.from}\u0000${edge.to}`));
  for (const edge of forward) incoming.set(edge.to, incoming.get(edge.to)! + 1);
  const ready = order.filter((name) => incoming.get(name) === 0);
  const sorted: string[] = [];
  while (ready.length > 0) {
    const name = ready.shift()!;
    sorted.push(name);
    for (const edge of forward) {
      if (edge.from !== name) continue;
      incoming.set(edge.to, incoming.get(edge.to)! - 1);
      if (incoming.get(edge.to) === 0) ready.push(edge.to);
    }
  }
  return sorted;
}

function forwardEdge(from: LayoutBox, to: LayoutBox, label: string): LayoutEdge {
  const start = { x: from.x + from.width / 2, y: from.y + from.height };
  const end = { x: to.x + to.width / 2, y: to.y };
  const middle = (start.y + end.y) / 2;
  const points = start.x === end.x ? [start, end] : [start, { x: start.x, y: middle }, { x: end.x, y: middle }, end];
  const labelX = start.x === end.x ? start.x + 6 : Math.min(start.x, end.x) + Math.abs(end.x - start.x) / 2 + 4;
  return { from: from.name, to: to.name, label, points, labelAt: { x: labelX, y: middle - 4 }, back: false };
}

// The nth arrow leaving (or reaching) one box is moved down a little, so arrows do not overlap.
function backEdge(from: LayoutBox, to: LayoutBox, lane: number, label: string, leaving: number, arriving: number): LayoutEdge {
  const startY = Math.min(from.y + from.height / 2 + leaving * 10, from.y + from.height - 2);
  const endY = Math.min(to.y + to.height / 2 + arriving * 8, to.y + to.height - 2);
  const points = [
    { x: from.x + from.width, y: startY },
    { x: lane, y: startY },
    { x: lane, y: endY },
    { x: to.x + to.width, y: endY },
  ];
  return { from: from.name, to: to.name, label, points, labelAt: { x: from.x + from.width + 6, y: startY - 4 }, back: true };
}

function shift(placed: Placed, dx: number, dy: number): Placed {
  return {
    width: placed.width,
    height: placed.height,
    boxes: placed.boxes.map((box) => ({ ...box, x: box.x + dx, y: box.y + dy })),
    edges: placed.edges.map((edge) => ({
      ...edge,
      points: edge.points.map((point) => ({ x: point.x + dx, y: point.y + dy })),
      labelAt: { x: edge.labelAt.x + dx, y: edge.labelAt.y + dy },
    })),
  };
}
