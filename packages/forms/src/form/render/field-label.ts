import { nothing, type TemplateResult } from 'lit';
import { html } from '../../shared/compact-html.js';
import type { FieldView } from '../resolve-view.js';
import type { RenderContext } from './render-context.js';

/**
 * A field's label text, followed when the field is required by the marker (read out as
 * "required"). A field that is not required gets its label as plain text: no template and no
 * binding of its own, which a long repeatable group pays for on every row.
 */
export function labelText(field: FieldView, context: RenderContext): TemplateResult | string {
  return field.required
    ? html`${field.label}<span class="required" aria-hidden="true"> *</span><span class="visually-hidden">（${context.messages.required}）</span>`
    : field.label;
}

/** The hint and the error messages under a field; nothing when it has neither. */
export function fieldNotes(field: FieldView, errors: readonly string[]): TemplateResult | typeof nothing {
  if (!field.description && errors.length === 0) return nothing;
  return html`${field.description ? html`<p class="hint" part="hint" id="${field.id}-hint">${field.description}</p>` : nothing}
  ${errors.length > 0
    ? html`<p class="error" part="field-error" id="${field.id}-error">${errors.map((message, index) => html`${index > 0 ? html`<br />` : nothing}${message}`)}</p>`
    : nothing}`;
}
