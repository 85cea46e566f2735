import type { InstanceView } from '@luzhi/engine';
import {
  ARROW_MARKER,
  boxShapes,
  diagramLabels,
  edgePath,
  indexWorkflow,
  layoutWorkflow,
  startShapes,
  stateTitle,
  workflowTitle,
  type DiagramLayout,
  type LayoutBox,
  type LayoutEdge,
  type WorkflowIndex,
} from '@luzhi/engine/diagram';
import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { issueLanguage, localeOf } from '../locale/registry.js';
import { checkView } from '../shared/check-rows.js';
import { InputChecker } from '../shared/check-input.js';
import { componentMessagesFor, type ComponentMessages } from '../shared/component-messages.js';
import { componentStyles } from '../shared/component-styles.js';
import { checkInput, renderInputError, type Checked } from '../shared/input-guard.js';
import { baseStyles } from '../theme/base-styles.js';
import { diagramStatus, type DiagramStatus } from './diagram-state.js';
import { diagramStyles } from './diagram-styles.js';

interface Drawing {
  index: WorkflowIndex;
  layout: DiagramLayout;
  status: DiagramStatus;
}

/**
 * `<luzhi-diagram>`: an SVG drawing of a workflow definition, with the states an instance is in
 * highlighted. Compound and forEach states are boxes holding their own flow (a forEach state drawn
 * as a stack, its child states counting the branches in them), a parallel state's regions sit
 * side by side, and moves back up the flow are dashed arrows on the right.
 *
 * - Properties: `definition` (the workflow JSON), `view` (an instance view, optional), `locale`.
 * - Events: `luzhi-error` with an `ElementInputError` when the definition or view cannot be read.
 * - Parts: `figure`, `svg`, `state` (also `current`, `active`, `container`, `final`), `count`
 *   (branches in a state), `edge` (also `back`), `edge-label`, `caption`, `error`.
 *
 * This module declares the class only; `@luzhi/forms/define/luzhi-diagram` registers the tag.
 *
 * @fires luzhi-error - The definition or view cannot be read; `detail` is the `ElementInputError`.
 * @cssprop --luzhi-diagram-state - Fill of a state's box.
 * @cssprop --luzhi-diagram-container - Fill of a compound, parallel or forEach state's box.
 * @cssprop --luzhi-diagram-current - Fill of the current states.
 * @cssprop --luzhi-diagram-current-text - Text colour of the current states.
 * @cssprop --luzhi-diagram-active - Outline of the states containing the current ones.
 * @cssprop --luzhi-diagram-edge - Colour of the arrows.
 * @cssprop --luzhi-diagram-count - Background of the branch count.
 */
export class LuzhiDiagram extends LitElement {
  /** The shared base styles, then this element's own (themed through CSS custom properties). */
  static override styles = [baseStyles, componentStyles, diagramStyles];
  static override properties = {
    definition: { attribute: false },
    view: { attribute: false },
    locale: { type: String },
    drawing: { state: true },
  };

  /** The workflow definition to draw. */
  declare definition: unknown;
  /** The instance whose current states are highlighted. */
  declare view: InstanceView | undefined;
  /** The locale of titles and the element's own strings; defaults to the nearest `lang`. */
  declare locale: string | undefined;
  declare protected drawing: Checked<Drawing> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('definition') && !changed.has('view') && !changed.has('locale') && this.drawing) return;
    if (this.definition === undefined) {
      this.drawing = undefined;
      return;
    }
    const locale = localeOf(this, this.locale);
    const messages = componentMessagesFor(locale);
    this.drawing = checkInput(this, () => {
      const index = indexWorkflow(this.definition, new InputChecker('luzhi-diagram', 'definition'));
      const view = this.view === undefined ? undefined : checkView('luzhi-diagram', this.view);
      const layout = layoutWorkflow(index, diagramLabels(index, locale, messages));
      return { index, layout, status: diagramStatus(index, view) };
    });
  }

  override render() {
    const locale = localeOf(this, this.locale);
    const drawing = this.drawing;
    if (!drawing) return nothing;
    if (!drawing.ok) return renderInputError(drawing.error, issueLanguage(locale));
    const { index, layout, status } = drawing.value;
    const messages = componentMessagesFor(locale);
    const workflow = workflowTitle(index, locale);
    const current = messages.list([...status.current].map((name) => stateTitle(index, name, locale)));
    const start = startShapes(layout);
    return html`<figure part="figure">
      <svg part="svg" role="img" aria-labelledby="title" viewBox="0 0 ${layout.width} ${layout.height}" width=${layout.width} height=${layout.height}>
        <title id="title">${messages.diagram(workflow)}${current ? ` — ${messages.currentStates(current)}` : ''}</title>
        <defs>
          <marker id="arrow" viewBox=${ARROW_MARKER.viewBox} refX=${ARROW_MARKER.refX} refY=${ARROW_MARKER.refY} markerWidth=${ARROW_MARKER.size} markerHeight=${ARROW_MARKER.size} orient="auto-start-reverse">
            <path class="arrow" d=${ARROW_MARKER.path}></path>
          </marker>
        </defs>
        ${layout.boxes.map((box) => this.#box(box, status, messages))}
        <circle class="start" cx=${start.cx} cy=${start.cy} r=${start.r}></circle>
        <path class="edge" part="edge" d=${start.path} marker-end="url(#arrow)"></path>
        ${layout.edges.map((edge) => this.#edge(edge))}
      </svg>
      ${current ? html`<figcaption part="caption">${messages.currentStates(current)}</figcaption>` : nothing}
    </figure>`;
  }

  #box(box: LayoutBox, status: DiagramStatus, messages: ComponentMessages) {
    const shapes = boxShapes(box);
    const isCurrent = status.current.has(box.name);
    const isActive = status.active.has(box.name);
    const parts = ['state', shapes.container && 'container', box.kind === 'final' && 'final', isCurrent && 'current', isActive && 'active'].filter(Boolean).join(' ');
    const count = status.branches.get(box.name);
    const { stack, inner, note } = shapes;
    return svg`<g class=${parts} part=${parts} data-state=${box.name}>
      ${stack ? svg`<rect class="stack" x=${stack.x} y=${stack.y} width=${stack.width} height=${stack.height} rx=${stack.rx}></rect>` : nothing}
      <rect class="box" x=${shapes.box.x} y=${shapes.box.y} width=${shapes.box.width} height=${shapes.box.height} rx=${shapes.box.rx}></rect>
      ${inner ? svg`<rect class="inner" x=${inner.x} y=${inner.y} width=${inner.width} height=${inner.height} rx=${inner.rx}></rect>` : nothing}
      <text x=${shapes.title.x} y=${shapes.title.y} text-anchor="middle">${box.title}</text>
      ${note ? svg`<text class="note" x=${note.x} y=${note.y} text-anchor="middle">${messages.perUnit}</text>` : nothing}
      ${count
        ? svg`<g class="count" part="count"><title>${messages.branchCount(count)}</title>
            <circle cx=${shapes.count.cx} cy=${shapes.count.cy} r=${shapes.count.r}></circle>
            <text x=${shapes.count.cx} y=${shapes.count.textY} text-anchor="middle">${count}</text></g>`
        : nothing}
    </g>`;
  }

  #edge(edge: LayoutEdge) {
    const d = edgePath(edge);
    const parts = edge.back ? 'edge back' : 'edge';
    return svg`<g data-from=${edge.from} data-to=${edge.to}>
      <path class=${parts} part=${parts} d=${d} marker-end="url(#arrow)"></path>
      ${edge.label ? svg`<text class="edge-label" part="edge-label" x=${edge.labelAt.x} y=${edge.labelAt.y}>${edge.label}</text>` : nothing}
    </g>`;
  }
}
