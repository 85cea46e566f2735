import type { InstanceView } from '@luzhi/engine';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { LuzhiForm, LuzhiSubmitDetail } from '../form/luzhi-form.js';
import { issueLanguage, localeOf, messagesFor } from '../locale/registry.js';
import { InputChecker } from '../shared/check-input.js';
import { checkView } from '../shared/check-rows.js';
import { componentMessagesFor, type ComponentMessages } from '../shared/component-messages.js';
import { componentStyles } from '../shared/component-styles.js';
import { formatDateTime } from '../shared/format-time.js';
import { checkInput, renderInputError, type Checked } from '../shared/input-guard.js';
import { indexWorkflow, innermostStates, stateTitle, type WorkflowIndex } from '@luzhi/engine/diagram';
import { baseStyles } from '../theme/base-styles.js';
import { describeFailure, panelActions, type Failure, type PanelAction, type PanelCommand, type SendCallback } from './panel-model.js';
import { panelContent, type PanelContent } from './panel-content.js';
import { contentStyles, panelStyles } from './panel-styles.js';
import { renderContent } from './render-content.js';

/** The detail of `luzhi-sent`: the command the host accepted, and the view it resolved with. */
export interface LuzhiSentDetail {
  command: PanelCommand;
  view: InstanceView | undefined;
}

interface Shown {
  view: InstanceView;
  index: WorkflowIndex | undefined;
  actions: PanelAction[];
  content: PanelContent;
}

/**
 * How the panel places the instance's content and the actions: `side-by-side` (content on the
 * left, actions on the right), `stacked` (content above the actions), or `auto` (side by side
 * when the panel is at least {@link SIDE_BY_SIDE_WIDTH} wide).
 */
export type PanelLayout = 'auto' | 'side-by-side' | 'stacked';

/** The width from which `layout="auto"` puts the content and the actions side by side: 52rem (832 px at 16-px text). */
export const SIDE_BY_SIDE_WIDTH = '52rem';

/**
 * `<luzhi-task-panel>`: one instance as one actor sees it — the current step (with its deadline,
 * and each unit's branch), what is being acted on (the instance's data, read-only, laid out from
 * the definition: each field through the form that wrote it, replies and opinions one entry per
 * unit, fields the actor's permissions hide left out), the actions the actor may take, and for
 * the chosen action its form (a `<luzhi-form>`) or a confirm button. The content scrolls on its
 * own, so the actions stay in view however long it is. Taking the action calls the host's
 * `send`; while it runs the panel is disabled, and when it rejects the engine's error is shown in
 * the page's language (a refused payload beside its fields). Escape leaves the chosen action.
 *
 * - Properties: `view` (from `engine.get(id, { actor })`), `definition` (the workflow JSON, for
 *   forms, titles and the content's layout), `send` (a {@link SendCallback}), `locale`, `layout`
 *   (attribute `layout`: `auto`, `side-by-side` or `stacked`; see {@link PanelLayout}).
 * - Events: `luzhi-sent` with `{ command, view }` after `send` resolved; `luzhi-error` with an
 *   `ElementInputError` when `view` or `definition` cannot be read.
 * - Parts: `panel`, `step`, `facts`, `deadline`, `badge`, `branches`, `body`, `content`,
 *   `content-section`, `content-title`, `replies`, `reply-list`, `reply`, `reply-by`, `work`,
 *   `actions`, `action` (also `chosen`), `form`, `confirm`, `cancel`, `send-error`, `finished`,
 *   `no-actions`, `error`; inside the content, the review parts of `<luzhi-form>` (`field`,
 *   `review`, `label`, `value`, `group`, `row`).
 *
 * This module declares the class only; `@luzhi/forms/define/luzhi-task-panel` registers the tag
 * (and `<luzhi-form>`, which it renders).
 *
 * @fires luzhi-sent - `send` resolved; `detail` is `{ command, view }`.
 * @fires luzhi-error - `view` or `definition` cannot be read; `detail` is the `ElementInputError`.
 * @cssprop --luzhi-color-green - Badge of a deadline on time.
 * @cssprop --luzhi-color-yellow - Badge of a deadline due soon.
 * @cssprop --luzhi-color-red - Badge of a passed deadline.
 * @cssprop --luzhi-panel-content-height - The most height the content takes before it scrolls (default `min(60vh, 40rem)`).
 * @cssprop --luzhi-panel-side-width - Width of the actions column when side by side (default `minmax(18rem, 2fr)`).
 */
export class LuzhiTaskPanel extends LitElement {
  static override styles = [baseStyles, componentStyles, panelStyles, contentStyles];
  static override properties = {
    view: { attribute: false },
    layout: { type: String, reflect: true },
    definition: { attribute: false },
    send: { attribute: false },
    locale: { type: String },
    chosen: { state: true },
    sending: { state: true },
    failure: { state: true },
    shown: { state: true },
    wide: { state: true },
  };

  /** The instance as the actor sees it. */
  declare view: InstanceView | undefined;
  /** The workflow definition the instance runs. */
  declare definition: unknown;
  /** The host's callback that takes an action. */
  declare send: SendCallback | undefined;
  /** The locale of titles, messages and the element's own strings; defaults to the nearest `lang`. */
  declare locale: string | undefined;
  /** Where the content goes beside the actions: `auto` (the default), `side-by-side` or `stacked`. */
  declare layout: PanelLayout;
  /** The key of the chosen action. */
  declare protected chosen: string | undefined;
  /** Whether a command is on its way. */
  declare sending: boolean;
  /** Why the last command was refused. */
  declare failure: Failure | undefined;
  declare protected shown: Checked<Shown> | undefined;
  /** Whether the panel is at least {@link SIDE_BY_SIDE_WIDTH} wide (measured, so the host's layout decides the width). */
  declare protected wide: boolean;
  #resize: ResizeObserver | undefined;

  constructor() {
    super();
    this.sending = false;
    this.layout = 'auto';
    this.wide = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured rather than a container query: a size container has no width of its own, and
    // would collapse in a host's flex row or auto-sized grid column. What is measured is an empty
    // line as wide as the panel, whose size does not change when the layout switches.
    this.#resize ??= new ResizeObserver(([entry]) => {
      if (!entry) return;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      this.wide = entry.contentRect.width >= parseFloat(SIDE_BY_SIDE_WIDTH) * rem;
    });
    this.#observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#measured = undefined;
  }

  protected override updated(): void {
    this.#observe();
  }

  #measured: Element | undefined;

  /** Watches the width of the empty line the panel renders first (it is rendered once a view is shown). */
  #observe(): void {
    const measure = this.renderRoot?.querySelector('.measure') ?? undefined;
    if (!this.isConnected || measure === this.#measured) return;
    this.#resize?.disconnect();
    if (measure) this.#resize?.observe(measure);
    this.#measured = measure;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('view') && !changed.has('definition') && !changed.has('locale') && this.shown) return;
    const previous = this.shown?.ok ? this.shown.value.view : undefined;
    if (this.view === undefined) {
      this.shown = undefined;
      return;
    }
    const locale = localeOf(this, this.locale);
    this.shown = checkInput(this, () => {
      const view = checkView('luzhi-task-panel', this.view);
      const index = this.definition === undefined ? undefined : indexWorkflow(this.definition, new InputChecker('luzhi-task-panel', 'definition'));
      return { view, index, actions: panelActions(view, index, locale, componentMessagesFor(locale)), content: panelContent(view, index, locale) };
    });
    if (changed.has('view')) {
      this.failure = undefined;
      const same = this.shown.ok && previous?.id === this.shown.value.view.id && previous.version === this.shown.value.view.version;
      if (!same) this.chosen = undefined;
    }
  }

  override render() {
    const locale = localeOf(this, this.locale);
    const shown = this.shown;
    if (!shown) return nothing;
    if (!shown.ok) return renderInputError(shown.error, issueLanguage(locale));
    const messages = componentMessagesFor(locale);
    const { view, actions, content } = shown.value;
    const chosen = actions.find((entry) => entry.key === this.chosen);
    return html`<div class="measure" aria-hidden="true"></div><section class="panel" part="panel" aria-labelledby="step" aria-busy=${this.sending ? 'true' : 'false'}>
      ${this.#step(shown.value, messages, locale)}
      <div class=${this.layout === 'side-by-side' || (this.layout !== 'stacked' && this.wide) ? 'body side-by-side' : 'body'} part="body">
        ${renderContent(content, { locale, messages, formMessages: messagesFor(locale) })}
        <div class="work" part="work">
          ${view.status === 'done'
            ? html`<p part="finished">${messages.finished}</p>`
            : actions.length === 0
              ? html`<p part="no-actions" class="muted">${messages.noActions}</p>`
              : html`<div class="actions" part="actions" role="group" aria-label=${messages.actions}>
                  ${actions.map(
                    (entry) =>
                      html`<button
                        type="button"
                        part=${entry === chosen ? 'action chosen' : 'action'}
                        data-action=${entry.key}
                        aria-pressed=${entry === chosen ? 'true' : 'false'}
                        ?disabled=${this.sending}
                        @click=${() => this.#choose(entry)}
                      >
                        ${entry.label}
                      </button>`,
                  )}
                </div>`}
          ${chosen ? this.#chosen(chosen, messages) : nothing}
          ${this.failure
            ? html`<div class="send-error" part="send-error" role="alert" tabindex="-1" data-code=${this.failure.code ?? nothing}>${this.failure.message}</div>`
            : nothing}
        </div>
      </div>
    </section>`;
  }

  #step({ view, index }: Shown, messages: ComponentMessages, locale: string) {
    const steps = innermostStates(index, view.activeStates).map((name) => stateTitle(index, name, locale));
    const branches = Object.values(view.branches ?? {}).flat();
    const deadlines = view.activeStates.flatMap((name) => (view.deadlines && Object.hasOwn(view.deadlines, name) ? [view.deadlines[name]!] : []));
    return html`<h2 id="step" part="step" tabindex="-1">${messages.currentStep(messages.list(steps))}</h2>
      ${deadlines.length > 0 || branches.length > 0
        ? html`<ul class="facts" part="facts">
            ${deadlines.map(
              (deadline) =>
                html`<li part="deadline">
                  <span class="badge ${deadline.colour}" part="badge">${messages.colour(deadline.colour)}</span>
                  ${messages.dueOn(formatDateTime(deadline.due, locale, false))}
                </li>`,
            )}
            ${branches.map((branch) => html`<li part="branches" class="muted">${messages.branchAt(branch.key, stateTitle(index, branch.state, locale))}</li>`)}
          </ul>`
        : nothing}`;
  }

  #chosen(entry: PanelAction, messages: ComponentMessages) {
    return html`<div class="chosen" @keydown=${this.#onKeydown}>
      ${entry.form
        ? html`<luzhi-form
            part="form"
            .form=${entry.form}
            .fields=${entry.fields}
            .locale=${this.locale}
            .disabled=${this.sending}
            submit-label=${this.sending ? messages.sending : entry.label}
            @luzhi-submit=${(event: CustomEvent<LuzhiSubmitDetail>) => void this.#take(entry, event.detail.payload)}
          ></luzhi-form>`
        : html`<div class="row">
            <button type="button" class="primary" part="confirm" ?disabled=${this.sending} @click=${() => void this.#take(entry)}>
              ${this.sending ? messages.sending : messages.confirm(entry.label)}
            </button>
          </div>`}
      <div class="row">
        <button type="button" part="cancel" ?disabled=${this.sending} @click=${this.#cancel}>${messages.cancel}</button>
      </div>
    </div>`;
  }

  async #choose(entry: PanelAction): Promise<void> {
    this.chosen = entry.key;
    this.failure = undefined;
    await this.updateComplete;
    const form = this.renderRoot.querySelector<LuzhiForm>('luzhi-form');
    if (form) {
      await form.updateComplete;
      form.shadowRoot?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    } else {
      this.renderRoot.querySelector<HTMLElement>('[part=confirm]')?.focus();
    }
  }

  #cancel = async (): Promise<void> => {
    const key = this.chosen;
    this.chosen = undefined;
    this.failure = undefined;
    await this.updateComplete;
    [...this.renderRoot.querySelectorAll<HTMLElement>('[data-action]')].find((button) => button.dataset.action === key)?.focus();
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.sending) return;
    event.stopPropagation();
    void this.#cancel();
  };

  async #take(entry: PanelAction, payload?: Record<string, unknown>): Promise<void> {
    if (this.sending || !this.shown?.ok) return;
    const view = this.shown.value.view;
    const locale = localeOf(this, this.locale);
    const messages = componentMessagesFor(locale);
    if (typeof this.send !== 'function') {
      this.failure = { code: 'element.inputInvalid', message: messages.noSend, issues: [] };
      return;
    }
    const command: PanelCommand = {
      instanceId: view.id,
      type: entry.action.event,
      expectedVersion: view.version,
      ...(payload ? { payload } : {}),
      ...(entry.action.branch ? { branch: entry.action.branch } : {}),
    };
    this.sending = true;
    this.failure = undefined;
    try {
      const next = await this.send(command);
      this.sending = false;
      this.chosen = undefined;
      if (next) this.view = next;
      this.dispatchEvent(new CustomEvent<LuzhiSentDetail>('luzhi-sent', { detail: { command, view: next ?? undefined }, bubbles: true, composed: true }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#step')?.focus();
    } catch (error) {
      this.sending = false;
      this.failure = describeFailure(error, issueLanguage(locale), messages.sendFailed);
      await this.#showFailure(this.failure);
    }
  }

  async #showFailure(failure: Failure): Promise<void> {
    await this.updateComplete;
    const form = this.renderRoot.querySelector<LuzhiForm>('luzhi-form');
    if (form && failure.issues.length > 0) {
      await form.updateComplete;
      form.showIssues(failure.issues);
      return;
    }
    this.renderRoot.querySelector<HTMLElement>('[part=send-error]')?.focus();
  }
}
