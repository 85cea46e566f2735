/**
 * `@luzhi/engine/diagram`: drawing a workflow without a DOM. Indexes a definition's states and
 * moves, lays them out, and writes the drawing as an SVG document or a Mermaid state diagram.
 * `<luzhi-diagram>` and `luzhi diagram` both draw from here, so they draw the same thing. This
 * entry imports nothing of the runtime, the validator or the compiler.
 *
 * @module @luzhi/engine/diagram
 */
export { ShapeChecker } from './diagram/shape-check.js';
export {
  indexWorkflow,
  stateTitle,
  actionTitle,
  innermostStates,
  type WorkflowIndex,
  type StateInfo,
  type StateKind,
  type Move,
} from './diagram/workflow-index.js';
export { estimateTextWidth, type MeasureText } from './diagram/measure.js';
export {
  layoutWorkflow,
  rankRows,
  siblingEdges,
  METRICS,
  type DiagramLayout,
  type LayoutBox,
  type LayoutEdge,
  type LayoutOptions,
  type SiblingEdge,
} from './diagram/layout.js';
export { DIAGRAM_WORDS, diagramLabels, workflowTitle, type DiagramWords } from './diagram/labels.js';
export { boxShapes, edgePath, startShapes, DIAGRAM_THEME, ARROW_MARKER, type BoxShapes, type ShapeRect } from './diagram/svg-shapes.js';
export { diagramSvg, escapeXml, type SvgDocumentOptions } from './diagram/svg-document.js';
export { diagramMermaid, escapeMermaid, type MermaidOptions } from './diagram/mermaid.js';
