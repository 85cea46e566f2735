import { pickTitle, type InstanceView } from '@luzhi/engine';
import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { issueLanguage, localeOf } from '../locale/registry.js';
import { checkView } from '../shared/check-rows.js';
import { InputChecker } from '../shared/check-input.js';
import { componentMessagesFor, type ComponentMessages } from '../shared/component-messages.js';
import { componentStyles } from '../shared/component-styles.js';
import { checkInput, renderInputError, type Checked } from '../shared/input-guard.js';
import { actionTitle, indexWorkflow, stateTitle, type WorkflowIndex } from '../shared/workflow-index.js';
import { baseStyles } from '../theme/base-styles.js';
import { diagramStatus, type DiagramStatus } from './diagram-state.js';
import { diagramStyles } from './diagram-styles.js';
import { layoutWorkflow, METRICS, type DiagramLayout, type LayoutBox, type LayoutEdge } from './layout.js';

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
      const layout = layoutWorkflow(index, {
        stateLabel: (name) => stateTitle(index, name, locale),
        moveLabel: (move) =>
          move.event === 'onDone' ? messages.whenDone : move.event === 'onExpire' ? messages.whenExpired : (pickTitle(move.title, locale) ?? actionTitle(index, move.event, locale) ?? move.event),
        forEachNote: messages.perUnit,
      });
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
    const workflow = pickTitle(index.definition.title, locale) ?? index.definition.id;
    const current = messages.list([...status.current].map((name) => stateTitle(index, name, locale)));
    return html`<figure part="figure">
      <svg part="svg" role="img" aria-labelledby="title" viewBox="0 0 ${layout.width} ${layout.height}" width=${layout.width} height=${layout.height}>
        <title id="title">${messages.diagram(workflow)}${current ? ` — ${messages.currentStates(current)}` : ''}</title>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path class="arrow" d="M0 0 L10 5 L0 10 z"></path>
          </marker>
        </defs>
        ${layout.boxes.map((box) => this.#box(box, status, messages))}
        <circle class="start" cx=${layout.start.x} cy=${layout.start.y} r="5"></circle>
        <path class="edge" part="edge" d="M${layout.start.x} ${layout.start.y + 5} V${layout.start.toY}" marker-end="url(#arrow)"></path>
        ${layout.edges.map((edge) => this.#edge(edge))}
      </svg>
      ${current ? html`<figcaption part="caption">${messages.currentStates(current)}</figcaption>` : nothing}
    </figure>`;
  }

  #box(box: LayoutBox, status: DiagramStatus, messages: ComponentMessages) {
    const container = box.kind === 'compound' || box.kind === 'parallel';
    const isCurrent = status.current.has(box.name);
    const isActive = status.active.has(box.name);
    const parts = ['state', container && 'container', box.kind === 'final' && 'final', isCurrent && 'current', isActive && 'active'].filter(Boolean).join(' ');
    const count = status.branches.get(box.name);
    const titleY = container ? box.y + METRICS.header / 2 + 5 : box.y + box.height / 2 + 5;
    return svg`<g class=${parts} part=${parts} data-state=${box.name}>
      ${box.forEach ? svg`<rect class="stack" x=${box.x + 4} y=${box.y - 4} width=${box.width} height=${box.height} rx="8"></rect>` : nothing}
      <rect class="box" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx=${box.kind === 'final' ? 18 : 8}></rect>
      ${box.kind === 'final' ? svg`<rect class="inner" x=${box.x + 3} y=${box.y + 3} width=${box.width - 6} height=${box.height - 6} rx="15"></rect>` : nothing}
      <text x=${box.x + box.width / 2} y=${titleY} text-anchor="middle">${box.title}</text>
      ${box.forEach ? svg`<text class="note" x=${box.x + box.width / 2} y=${box.y + METRICS.header + 8} text-anchor="middle">${messages.perUnit}</text>` : nothing}
      ${count
        ? svg`<g class="count" part="count"><title>${messages.branchCount(count)}</title>
            <circle cx=${box.x + box.width} cy=${box.y} r="9"></circle>
            <text x=${box.x + box.width} y=${box.y + 4} text-anchor="middle">${count}</text></g>`
        : nothing}
    </g>`;
  }

  #edge(edge: LayoutEdge) {
    const [first, ...rest] = edge.points;
    const d = `M${first!.x} ${first!.y} ${rest.map((point) => `L${point.x} ${point.y}`).join(' ')}`;
    const parts = edge.back ? 'edge back' : 'edge';
    return svg`<g data-from=${edge.from} data-to=${edge.to}>
      <path class=${parts} part=${parts} d=${d} marker-end="url(#arrow)"></path>
      ${edge.label ? svg`<text class="edge-label" part="edge-label" x=${edge.labelAt.x} y=${edge.labelAt.y}>${edge.label}</text>` : nothing}
    </g>`;
  }
}
