import { nothing, type TemplateResult } from 'lit';
import { html } from '../../shared/compact-html.js';
import type { View } from '../resolve-view.js';
import { editField } from './edit-field.js';
import { categorizationView } from './categorization.js';
import { attachmentsField, groupListField, objectField, valueListField } from './list-fields.js';
import type { RenderContext } from './render-context.js';
import { reviewField } from './review-field.js';

/** Renders a resolved view: layouts, groups, labels, categorizations and fields, editable or as text. */
export function renderView(view: View, context: RenderContext): TemplateResult | typeof nothing {
  switch (view.type) {
    case 'layout':
      return html`<div class=${view.direction === 'horizontal' ? 'horizontal' : 'vertical'} part=${view.direction === 'horizontal' ? 'horizontal' : 'vertical'}>
        ${view.children.map((child) => renderView(child, context))}
      </div>`;
    case 'group':
      return html`<fieldset class="group" part="group">
        ${view.label ? html`<legend part="group-label">${view.label}</legend>` : nothing}
        ${view.children.map((child) => renderView(child, context))}
      </fieldset>`;
    case 'label':
      return html`<p class="text" part="text">${view.text}</p>`;
    case 'categorization':
      return categorizationView(view, context, renderView);
    case 'field':
      if (view.readonly) return reviewField(view, context, renderView);
      return editField(view, context, {
        object: (field, inner) => objectField(field, inner, renderView),
        'group-list': (field, inner) => groupListField(field, inner, renderView),
        'value-list': valueListField,
        attachments: attachmentsField,
      });
  }
}
