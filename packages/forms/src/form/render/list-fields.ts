import { nothing, type TemplateResult } from 'lit';
import { html } from '../../shared/compact-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FieldView, View } from '../resolve-view.js';
import { fieldNotes, labelText } from './field-label.js';
import { describedBy, type RenderContext } from './render-context.js';
import { control } from './edit-field.js';

type RenderView = (view: View, context: RenderContext) => TemplateResult | typeof nothing;

/** A nested object: a fieldset around its own layout. */
export function objectField(field: FieldView, context: RenderContext, renderView: RenderView): TemplateResult {
  const errors = context.errorsAt(field.pointer);
  return html`<fieldset class="field group" part="field group" data-pointer=${field.pointer} ?data-invalid=${errors.length > 0}>
    <legend part="label">${labelText(field, context)}</legend>
    ${field.content ? renderView(field.content, context) : nothing} ${fieldNotes(field, errors)}
  </fieldset>`;
}

/**
 * An array of objects as repeatable groups (联名委员, 承办单位): one fieldset per row, add and remove.
 * Only editable lists come here (read-only ones are shown by `reviewField`).
 */
export function groupListField(field: FieldView, context: RenderContext, renderView: RenderView): TemplateResult {
  const errors = context.errorsAt(field.pointer);
  const rows = field.rows ?? [];
  return html`<fieldset class="field list" part="field list" data-pointer=${field.pointer} ?data-invalid=${errors.length > 0}>
    <legend part="label">${labelText(field, context)}</legend>
    ${rows.map(
      (row) => html`<div class="row" part="row" role="group" aria-labelledby="${field.id}-${row.index}">
        <div class="row-title" id="${field.id}-${row.index}">${context.messages.item(row.index + 1)}</div>
        ${renderView(row.content, context)}
        <button type="button" part="button remove" ?disabled=${field.disabled} @click=${() => context.removeItem(field, row.index)}>
          ${context.messages.removeItem(row.index + 1)}
        </button>
      </div>`,
    )}
    ${addButton(field, context, errors)} ${fieldNotes(field, errors)}
  </fieldset>`;
}

/** An array of plain values (strings, numbers) as a list of inputs, add and remove. */
export function valueListField(field: FieldView, context: RenderContext): TemplateResult {
  const errors = context.errorsAt(field.pointer);
  return html`<fieldset class="field list" part="field list" data-pointer=${field.pointer} ?data-invalid=${errors.length > 0}>
    <legend part="label">${labelText(field, context)}</legend>
    ${(field.items ?? []).map((item, index) => {
      const itemErrors = context.errorsAt(item.pointer);
      return html`<div class="item" part="item" data-pointer=${item.pointer} ?data-invalid=${itemErrors.length > 0}>
          <label class="visually-hidden" for=${item.id}>${item.label}</label>
          ${control(item, context, itemErrors.length > 0)}
          <button type="button" part="button remove" ?disabled=${field.disabled} @click=${() => context.removeItem(field, index)}>
            <span aria-hidden="true">×</span><span class="visually-hidden">${context.messages.removeItem(index + 1)}</span>
          </button>
        </div>
        ${itemErrors.length > 0 ? html`<p class="error" part="field-error" id="${item.id}-error">${itemErrors.join(' ')}</p>` : nothing}`;
    })}
    ${addButton(field, context, errors)} ${fieldNotes(field, errors)}
  </fieldset>`;
}

function addButton(field: FieldView, context: RenderContext, errors: readonly string[]): TemplateResult {
  return html`<button
    type="button"
    part="button add"
    class="add"
    ?disabled=${field.disabled}
    aria-describedby=${ifDefined(describedBy(field, errors.length > 0))}
    aria-invalid=${errors.length > 0 ? 'true' : 'false'}
    @click=${() => context.addItem(field)}
  >
    + ${context.messages.addItem}<span class="visually-hidden">：${field.label}</span>
  </button>`;
}

/** Attachments: the file chooser, and the files attached so far (name and size), each removable. */
export function attachmentsField(field: FieldView, context: RenderContext): TemplateResult {
  const errors = context.errorsAt(field.pointer);
  const files = Array.isArray(field.value) ? (field.value as Array<Record<string, unknown>>) : [];
  return html`<div class="field attachments" part="field attachments" data-pointer=${field.pointer} ?data-invalid=${errors.length > 0}>
    <label for=${field.id} part="label">${labelText(field, context)}</label>
    <input
      id=${field.id}
      part="input"
      type="file"
      multiple
      accept=${ifDefined(typeof field.options.accept === 'string' ? field.options.accept : undefined)}
      ?disabled=${field.disabled}
      aria-invalid=${errors.length > 0 ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field, errors.length > 0))}
      @change=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        if (input.files && input.files.length > 0) context.attach(field, input.files);
        input.value = '';
      }}
    />
    ${files.length > 0
      ? html`<ul class="files" part="files">
          ${files.map(
            (file, index) => html`<li>
              <span>${String(file.name ?? '')}</span>
              ${typeof file.size === 'number' ? html`<span class="size">${context.messages.fileSize(file.size)}</span>` : nothing}
              <button type="button" part="button remove" ?disabled=${field.disabled} @click=${() => context.removeItem(field, index)}>
                <span aria-hidden="true">×</span><span class="visually-hidden">${context.messages.removeAttachment(String(file.name ?? ''))}</span>
              </button>
            </li>`,
          )}
        </ul>`
      : nothing}
    ${fieldNotes(field, errors)}
  </div>`;
}
