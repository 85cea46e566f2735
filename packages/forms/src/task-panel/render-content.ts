import { isFilled, type FieldPermissions } from '@luzhi/engine';
import { html, nothing, type TemplateResult } from 'lit';
import { FormSchemaError } from '../errors.js';
import type { FormMessages } from '../locale/messages.js';
import type { RenderContext } from '../form/render/render-context.js';
import { renderView } from '../form/render/render-view.js';
import { resolveForm, type View } from '../form/resolve-view.js';
import type { ComponentMessages } from '../shared/component-messages.js';
import { spacedName, withoutPointers, type ContentForm, type ContentSection, type DataItem, type PanelContent } from './panel-content.js';

/** Nesting shown as lists and terms in a data field outside any form; deeper parts are shown as JSON text. */
export const MAX_VALUE_DEPTH = 4;
/** The longest JSON text shown for a part nested deeper than {@link MAX_VALUE_DEPTH}; the rest is cut with an ellipsis. */
export const MAX_NESTED_TEXT = 2_000;

/** What rendering the content needs: strings and the locale. */
export interface ContentOptions {
  locale: string;
  messages: ComponentMessages;
  formMessages: FormMessages;
}

/**
 * The `content` part: each section of the instance's data (read-only, laid out by the form that
 * wrote it), then the `replies` part with each list of entries. Nothing when there is nothing to
 * show. Every value is text content, never markup.
 */
export function renderContent(content: PanelContent, options: ContentOptions): TemplateResult | typeof nothing {
  const context = reviewContext(options);
  const sections = content.sections
    .map((section, at) => ({ section, body: sectionBody(section, `s${at}-`, context, options) }))
    .filter((entry): entry is { section: ContentSection; body: TemplateResult } => entry.body !== undefined);
  const lists = content.replies
    .map((list, at) => ({
      list,
      entries: list.entries
        .map((entry, position) => ({
          entry,
          number: position + 1,
          body:
            entry.value === undefined
              ? isFilled(entry.raw)
                ? html`<div class="review-value" part="value">${valueText(entry.raw, 0, options)}</div>`
                : undefined
              : formBody(entry.form, entry.value, entry.hidden, `r${at}-${position}-`, context, options),
        }))
        .filter((item): item is { entry: (typeof list.entries)[number]; number: number; body: TemplateResult } => item.body !== undefined),
    }))
    .filter((item) => item.entries.length > 0);
  if (sections.length === 0 && lists.length === 0) return nothing;
  const { messages } = options;
  return html`<div class="content" part="content" role="region" aria-label=${messages.content} tabindex="0">
    ${sections.map(
      ({ section, body }, at) =>
        html`<section class="content-section" part="content-section" aria-labelledby="content-${at}" data-section=${section.key}>
          <h3 id="content-${at}" part="content-title">${section.kind === 'form' ? section.form.title : messages.otherDetails}</h3>
          ${body}
        </section>`,
    )}
    ${lists.length > 0
      ? html`<section class="replies" part="replies" aria-labelledby="replies-title">
          <h3 id="replies-title" part="content-title">${messages.replies}</h3>
          ${lists.map(
            ({ list, entries }, at) =>
              html`<section class="reply-list" part="reply-list" aria-labelledby="replies-${at}" data-section=${list.key}>
                <h4 id="replies-${at}">${list.title}</h4>
                <ol>
                  ${entries.map(
                    ({ entry, number, body }) =>
                      html`<li class="reply" part="reply" value=${number} data-by=${entry.by ?? nothing}>
                        <p class="reply-by" part="reply-by">${entry.by ?? messages.entry(number)}</p>
                        ${body}
                      </li>`,
                  )}
                </ol>
              </section>`,
          )}
        </section>`
      : nothing}
  </div>`;
}

function sectionBody(section: ContentSection, prefix: string, context: RenderContext, options: ContentOptions): TemplateResult | undefined {
  if (section.kind === 'form') return formBody(section.form, section.value, section.hidden, prefix, context, options);
  return section.items.length === 0 ? undefined : html`<div class="vertical">${section.items.map((item) => dataField(item, options))}</div>`;
}

/** A form's value in review mode, without its empty fields, hints and labels; undefined when nothing is left. */
function formBody(
  form: ContentForm,
  value: Record<string, unknown>,
  hidden: FieldPermissions,
  prefix: string,
  context: RenderContext,
  options: ContentOptions,
): TemplateResult | undefined {
  let view: View | undefined;
  try {
    view = resolveForm({ model: form.model, value, fields: hidden, readonly: true, disabled: false, locale: options.locale }).view;
  } catch (error) {
    // A schema or rule the form cannot evaluate (as <luzhi-form> finds it): its value is shown as data instead.
    if (!(error instanceof FormSchemaError) && !compileFails(form)) throw error;
    const shown = withoutPointers(value, Object.keys(hidden)) as Record<string, unknown>;
    const items = Object.keys(shown).map((name) => ({ pointer: `/${name}`, label: spacedName(name), value: shown[name] }));
    return html`<div class="vertical">${items.map((item) => dataField(item, options))}</div>`;
  }
  const pruned = prune(view, prefix);
  const rendered = pruned ? renderView(pruned, context) : nothing;
  return rendered === nothing ? undefined : rendered;
}

/** Whether the engine cannot compile the form's schema (the reason a condition in it failed). */
function compileFails(form: ContentForm): boolean {
  try {
    void form.model.validate;
    return false;
  } catch (error) {
    if (error instanceof FormSchemaError) return true;
    throw error;
  }
}

/**
 * The view without what review mode has nothing to say about: empty fields, the form's own
 * explanatory labels, and layouts left empty. Categories become groups (all shown at once), and
 * every id gets `prefix`, so several forms share one shadow root without clashing ids.
 */
function prune(view: View, prefix: string): View | undefined {
  switch (view.type) {
    case 'label':
      return undefined;
    case 'layout':
    case 'group': {
      const children = view.children.map((child) => prune(child, prefix)).filter((child): child is View => child !== undefined);
      return children.length === 0 ? undefined : { ...view, children };
    }
    case 'categorization': {
      const children = view.categories
        .map((category) => prune({ type: 'group', label: category.label, children: category.children }, prefix))
        .filter((child): child is View => child !== undefined);
      return children.length === 0 ? undefined : { type: 'layout', direction: 'vertical', children };
    }
    case 'field': {
      if (!isFilled(view.value)) return undefined;
      const field = { ...view, id: prefix + view.id, description: undefined, readonly: true };
      // Data of another shape than the form's field is shown as it is, as text, rather than dropped.
      const misfit =
        (view.kind === 'object' && !isRecord(view.value)) ||
        (view.kind === 'group-list' && (!Array.isArray(view.value) || !view.value.every(isRecord)));
      if (misfit) {
        const { content: _content, rows: _rows, ...rest } = field;
        return { ...rest, kind: 'text' };
      }
      if (view.content) {
        const content = prune(view.content, prefix);
        if (!content) return undefined;
        field.content = content;
      }
      if (view.rows) {
        field.rows = view.rows.map((row) => ({ ...row, content: prune(row.content, prefix) ?? { type: 'layout', direction: 'vertical', children: [] } }));
      }
      if (view.items) field.items = view.items.map((item) => ({ ...item, id: prefix + item.id }));
      return field;
    }
  }
}

/** One data field outside any form: its label and its value as text, lists and terms. */
function dataField(item: DataItem, options: ContentOptions): TemplateResult {
  return html`<div class="field review" part="field review" data-pointer=${item.pointer}>
    <span class="review-label" part="label">${item.label}</span>
    <div class="review-value" part="value">${valueText(item.value, 0, options)}</div>
  </div>`;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function valueText(value: unknown, depth: number, options: ContentOptions): TemplateResult | string {
  const { formMessages } = options;
  if (value === undefined || value === null || value === '') return html`<span class="empty">${formMessages.empty}</span>`;
  if (typeof value === 'boolean') return value ? formMessages.yes : formMessages.no;
  if (typeof value === 'string') return INSTANT.test(value) ? formatInstant(value, options.locale) : value;
  if (typeof value !== 'object') return String(value);
  if (depth >= MAX_VALUE_DEPTH) return clipped(value);
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      return options.messages.list(value.map((item) => (typeof item === 'string' || item === null ? String(item ?? '') : String(item))));
    }
    return html`<ol class="values">
      ${value.map((item) => html`<li>${valueText(item, depth + 1, options)}</li>`)}
    </ol>`;
  }
  return html`<dl class="values">
    ${Object.keys(value).map(
      (key) => html`<div>
        <dt>${spacedName(key)}</dt>
        <dd>${valueText((value as Record<string, unknown>)[key], depth + 1, options)}</dd>
      </div>`,
    )}
  </dl>`;
}

/** JSON text of a deeply nested part, cut at {@link MAX_NESTED_TEXT} characters. */
function clipped(value: object): string {
  let textValue: string;
  try {
    textValue = JSON.stringify(value) ?? '';
  } catch {
    textValue = '';
  }
  return textValue.length > MAX_NESTED_TEXT ? `${textValue.slice(0, MAX_NESTED_TEXT)}…` : textValue;
}

function formatInstant(value: string, locale: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString(locale);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A render context for review mode: nothing can change, nothing is invalid. */
function reviewContext(options: ContentOptions): RenderContext {
  const none = () => {};
  return {
    messages: options.formMessages,
    errorsAt: () => [],
    setValue: none,
    touch: none,
    addItem: none,
    removeItem: none,
    attach: none,
    formatDateTime: (value) => formatInstant(value, options.locale),
    category: () => undefined,
    selectCategory: none,
  };
}
