import { html, nothing, type TemplateResult } from 'lit';
import type { FieldView } from '../resolve-view.js';
import type { RenderContext } from './render-context.js';

/** The visible label of a field, with the required marker (read out as "required"). */
export function labelText(field: FieldView, context: RenderContext): TemplateResult {
  return html`${field.label}${field.required
    ? html`<span class="required" aria-hidden="true"> *</span><span class="visually-hidden">（${context.messages.required}）</span>`
    : nothing}`;
}

/** The hint and the error messages under a field. */
export function fieldNotes(field: FieldView, errors: readonly string[]): TemplateResult {
  return html`${field.description ? html`<p class="hint" part="hint" id="${field.id}-hint">${field.description}</p>` : nothing}
  ${errors.length > 0
    ? html`<p class="error" part="field-error" id="${field.id}-error">${errors.map((message, index) => html`${index > 0 ? html`<br />` : nothing}${message}`)}</p>`
    : nothing}`;
}
