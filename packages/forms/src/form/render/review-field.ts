import { nothing, type TemplateResult } from 'lit';
import { html } from '../../shared/compact-html.js';
import type { FieldView, View } from '../resolve-view.js';
import { plainText } from './input-values.js';
import type { RenderContext } from './render-context.js';

type RenderView = (view: View, context: RenderContext) => TemplateResult | typeof nothing;

/**
 * A field shown as text: in review mode (审查、评价 steps) and for read-only fields. Every value
 * is text content, never markup.
 */
export function reviewField(field: FieldView, context: RenderContext, renderView: RenderView): TemplateResult {
  const label = html`<span class="review-label" part="label" id="${field.id}-label">${field.label}</span>`;
  if (field.kind === 'object' || field.kind === 'group-list') {
    const rows = field.kind === 'object' ? [field.content] : (field.rows ?? []).map((row) => row.content);
    return html`<section class="field review group" part="field review" data-pointer=${field.pointer} aria-labelledby="${field.id}-label">
      ${label}
      ${rows.length === 0
        ? html`<div class="review-value empty" part="value">${context.messages.empty}</div>`
        : rows.map((content) => html`<div class="row" part="row">${content ? renderView(content, context) : nothing}</div>`)}
    </section>`;
  }
  return html`<div class="field review" part="field review" data-pointer=${field.pointer}>
    ${label}
    <div class="review-value" part="value" id=${field.id} aria-labelledby="${field.id}-label">${reviewText(field, context)}</div>
  </div>`;
}

function reviewText(field: FieldView, context: RenderContext): TemplateResult | string {
  const { value } = field;
  const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) return html`<span class="empty">${context.messages.empty}</span>`;
  const label = (entry: unknown) => field.choices?.find((choice) => choice.value === entry)?.label ?? plainText(entry);
  // A value of another shape than the field's (data the host passed as it was) is shown as it is.
  switch (field.kind) {
    case 'boolean':
      return value === true ? context.messages.yes : value === false ? context.messages.no : plainText(value);
    case 'select':
    case 'radio':
      return label(value);
    case 'multiselect':
    case 'value-list':
      return Array.isArray(value) ? value.map(label).join('、') : plainText(value);
    case 'datetime':
      return typeof value === 'string' ? context.formatDateTime(value) : plainText(value);
    case 'attachments':
      return Array.isArray(value)
        ? html`<ul class="files">
            ${value.map((file: unknown) => html`<li>${attachmentLink(file)}</li>`)}
          </ul>`
        : plainText(value);
    default:
      return plainText(value);
  }
}

/** A link to an attachment when the host gave a web address, else its name as text. */
function attachmentLink(file: unknown): TemplateResult | string {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return plainText(file);
  const { name: given, url: address } = file as Record<string, unknown>;
  const name = plainText(given);
  const url = typeof address === 'string' ? address : '';
  return /^(https?:\/\/|\/)/i.test(url) ? html`<a href=${url} target="_blank" rel="noopener">${name}</a>` : name;
}
