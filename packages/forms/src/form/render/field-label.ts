import { nothing, type TemplateResult } from 'lit';
import { html } from '../../shared/compact-html.js';
import type { FieldView } from '../resolve-view.js';
import type { RenderContext } from './render-context.js';

/**
 * The required marker after a field's label (read out as "required"), or nothing. Templates
 * write the label text themselves and then this: one template fewer for every field.
 */
export function requiredMark(field: FieldView, context: RenderContext): TemplateResult | typeof nothing {
  return field.required
    ? html`<span class="required" aria-hidden="true"> *</span><span class="visually-hidden">（${context.messages.required}）</span>`
    : nothing;
}

/** The hint and the error messages under a field; nothing when it has neither. */
export function fieldNotes(field: FieldView, errors: readonly string[]): TemplateResult | typeof nothing {
  if (!field.description && errors.length === 0) return nothing;
  return html`${field.description ? html`<p class="hint" part="hint" id="${field.id}-hint">${field.description}</p>` : nothing}
  ${errors.length > 0
    ? html`<p class="error" part="field-error" id="${field.id}-error">${errors.map((message, index) => html`${index > 0 ? html`<br />` : nothing}${message}`)}</p>`
    : nothing}`;
}
