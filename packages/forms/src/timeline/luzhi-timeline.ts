import type { AuditEvent } from '@luzhi/engine';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { issueLanguage, localeOf } from '../locale/registry.js';
import { checkEvents } from '../shared/check-rows.js';
import { InputChecker } from '../shared/check-input.js';
import { componentMessagesFor } from '../shared/component-messages.js';
import { componentStyles } from '../shared/component-styles.js';
import { formatDateTime } from '../shared/format-time.js';
import { checkInput, renderInputError, type Checked } from '../shared/input-guard.js';
import { indexWorkflow, type WorkflowIndex } from '@luzhi/engine/diagram';
import { baseStyles } from '../theme/base-styles.js';
import { timelineEntries, type TimelineEntry } from './timeline-model.js';

/**
 * `<luzhi-timeline>`: an instance's audit history (办理记录) — when, who, what, on which unit's
 * branch, where the instance went, and the reason or comment given — oldest first, or newest
 * first with `newest-first`.
 *
 * - Properties: `events` (what `engine.history(id)` returns), `definition` (for the titles of
 *   actions and states; names are shown without it), `newestFirst`, `locale`.
 * - Events: `luzhi-error` with an `ElementInputError` when `events` or `definition` cannot be read.
 * - Parts: `list`, `event`, `time`, `actor`, `action`, `branch`, `moved`, `link`, `note`, `empty`, `error`.
 *
 * This module declares the class only; `@luzhi/forms/define/luzhi-timeline` registers the tag.
 *
 * @fires luzhi-error - `events` or `definition` cannot be read; `detail` is the `ElementInputError`.
 * @cssprop --luzhi-timeline-line - Colour of the line along the events.
 */
export class LuzhiTimeline extends LitElement {
  /** The shared base styles, then this element's own (themed through CSS custom properties). */
  static override styles = [
    baseStyles,
    componentStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0 0 0 var(--luzhi-space, 8px);
        border-left: 2px solid var(--luzhi-timeline-line, var(--luzhi-color-border, #8f959e));
      }
      li {
        padding: 0 0 var(--luzhi-space, 8px) var(--luzhi-space, 8px);
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--luzhi-space, 8px);
      }
      [part~='action'] {
        font-weight: 600;
      }
      .note {
        margin: 2px 0 0;
        overflow-wrap: anywhere;
      }
    `,
  ];
  static override properties = {
    events: { attribute: false },
    definition: { attribute: false },
    newestFirst: { type: Boolean, attribute: 'newest-first' },
    locale: { type: String },
    checked: { state: true },
  };

  /** The audit events to show. */
  declare events: readonly AuditEvent[];
  /** The workflow definition, for titles. */
  declare definition: unknown;
  declare newestFirst: boolean;
  /** The locale of titles, dates and the element's own strings; defaults to the nearest `lang`. */
  declare locale: string | undefined;
  declare protected checked: Checked<{ events: AuditEvent[]; index: WorkflowIndex | undefined }>;

  constructor() {
    super();
    this.events = [];
    this.newestFirst = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.checked && !changed.has('events') && !changed.has('definition')) return;
    this.checked = checkInput(this, () => ({
      events: checkEvents('luzhi-timeline', this.events),
      index: this.definition === undefined ? undefined : indexWorkflow(this.definition, new InputChecker('luzhi-timeline', 'definition')),
    }));
  }

  override render() {
    const locale = localeOf(this, this.locale);
    if (!this.checked.ok) return renderInputError(this.checked.error, issueLanguage(locale));
    const messages = componentMessagesFor(locale);
    const entries = timelineEntries(this.checked.value.events, this.checked.value.index, locale, messages);
    if (this.newestFirst) entries.reverse();
    if (entries.length === 0) return html`<p class="muted" part="empty">${messages.noEvents}</p>`;
    return html`<ol part="list" aria-label=${messages.timeline}>
      ${entries.map((entry) => this.#entry(entry, locale, messages.movedTo))}
    </ol>`;
  }

  #entry(entry: TimelineEntry, locale: string, movedTo: (states: string) => string) {
    return html`<li part="event" data-seq=${entry.seq}>
      <div class="head">
        <time part="time" class="muted" datetime=${entry.at}>${formatDateTime(entry.at, locale)}</time>
        <span part="actor">${entry.who}</span>
        <span part="action">${entry.what}</span>
        ${entry.branch ? html`<span part="branch" class="muted">${entry.branch}</span>` : nothing}
        ${entry.movedTo ? html`<span part="moved" class="muted">${movedTo(entry.movedTo)}</span>` : nothing}
        ${entry.link ? html`<span part="link" class="muted">${entry.link}</span>` : nothing}
      </div>
      ${entry.note ? html`<p class="note" part="note">${entry.note}</p>` : nothing}
    </li>`;
  }
}
