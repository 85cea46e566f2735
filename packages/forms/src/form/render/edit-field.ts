import type { TemplateResult } from 'lit';
import { html } from '../../shared/compact-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FieldView } from '../resolve-view.js';
import { choiceOptions } from './choice-options.js';
import { fieldNotes, labelText } from './field-label.js';
import { fromLocalDateTime, numberFrom, plainText, toLocalDateTime } from './input-values.js';
import { describedBy, type RenderContext } from './render-context.js';

type Renders = (field: FieldView, context: RenderContext) => TemplateResult;

/**
 * An editable field of a single value: the label, the native control and its notes. Lists,
 * objects and attachments have their own templates, passed in as `lists`.
 */
export function editField(field: FieldView, context: RenderContext, lists: Record<'object' | 'group-list' | 'value-list' | 'attachments', Renders>): TemplateResult {
  switch (field.kind) {
    case 'object':
    case 'group-list':
    case 'value-list':
    case 'attachments':
      return lists[field.kind](field, context);
    case 'radio':
    case 'multiselect':
      return choiceGroup(field, context);
    case 'boolean':
      return checkbox(field, context);
    default:
      return singleControl(field, context);
  }
}

function singleControl(field: FieldView, context: RenderContext): TemplateResult {
  const errors = context.errorsAt(field.pointer);
  return html`<div class="field" part="field" data-pointer=${field.pointer} ?data-invalid=${errors.length > 0}>
    <label for=${field.id} part="label" class=${field.showLabel ? '' : 'visually-hidden'}>${labelText(field, context)}</label>
    ${control(field, context, errors.length > 0)}${fieldNotes(field, errors)}
  </div>`;
}

/** The bare control of a single-valued field, also used for the items of value lists. */
export function control(field: FieldView, context: RenderContext, invalid: boolean): TemplateResult {
  const described = ifDefined(describedBy(field, invalid));
  const common = {
    id: field.id,
    invalid: invalid ? 'true' : 'false',
  };
  const blur = () => context.touch(field.pointer);
  switch (field.kind) {
    case 'textarea':
      return html`<textarea
        id=${common.id}
        part="input"
        rows="4"
        .value=${plainText(field.value)}
        ?required=${field.required}
        ?disabled=${field.disabled}
        aria-invalid=${common.invalid}
        aria-describedby=${described}
        placeholder=${ifDefined(field.options.placeholder)}
        @input=${(event: Event) => inputText(event, field, context, false)}
        @change=${(event: Event) => inputText(event, field, context, true)}
        @blur=${blur}
      ></textarea>`;
    case 'select':
      return html`<select
        id=${common.id}
        part="input"
        ?required=${field.required}
        ?disabled=${field.disabled}
        aria-invalid=${common.invalid}
        aria-describedby=${described}
        @change=${(event: Event) => pick(event, field, context)}
        @blur=${blur}
      >
        <option value="" ?selected=${field.value === undefined}>${context.messages.choose}</option>
        ${choiceOptions(field.choices ?? [], field.value)}
      </select>`;
    default: {
      const { type, value, read } = inputShape(field);
      return html`<input
        id=${common.id}
        part="input"
        type=${type}
        inputmode=${ifDefined(field.kind === 'integer' ? 'numeric' : field.kind === 'number' ? 'decimal' : undefined)}
        step=${ifDefined(field.kind === 'integer' ? '1' : field.kind === 'number' ? 'any' : undefined)}
        .value=${value}
        ?required=${field.required}
        ?disabled=${field.disabled}
        aria-invalid=${common.invalid}
        aria-describedby=${described}
        placeholder=${ifDefined(field.options.placeholder)}
        @input=${(event: Event) => context.setValue(field.pointer, read(event.target as HTMLInputElement), false)}
        @change=${(event: Event) => context.setValue(field.pointer, read(event.target as HTMLInputElement), true)}
        @blur=${blur}
      />`;
    }
  }
}

function inputShape(field: FieldView): { type: string; value: string; read: (input: HTMLInputElement) => unknown } {
  switch (field.kind) {
    case 'number':
    case 'integer':
      return { type: 'number', value: field.value === undefined ? '' : String(field.value), read: numberFrom };
    case 'date':
      return { type: 'date', value: typeof field.value === 'string' ? field.value : '', read: (input) => input.value || undefined };
    case 'datetime':
      return { type: 'datetime-local', value: toLocalDateTime(field.value), read: (input) => fromLocalDateTime(input.value) };
    case 'email':
      return { type: 'email', value: typeof field.value === 'string' ? field.value : '', read: (input) => input.value };
    default:
      // A value of another type (data that does not fit the schema) shows as JSON, never "[object Object]".
      return { type: 'text', value: plainText(field.value), read: (input) => input.value };
  }
}

function inputText(event: Event, field: FieldView, context: RenderContext, commit: boolean): void {
  context.setValue(field.pointer, (event.target as HTMLTextAreaElement).value, commit);
}

function pick(event: Event, field: FieldView, context: RenderContext): void {
  const index = (event.target as HTMLSelectElement).value;
  context.setValue(field.pointer, index === '' ? undefined : field.choices?.[Number(index)]?.value, true);
}

function checkbox(field: FieldView, context: RenderContext): TemplateResult {
  const errors = context.errorsAt(field.pointer);
  return html`<div class="field checkbox" part="field" data-pointer=${field.pointer} ?data-invalid=${errors.length > 0}>
    <input
      id=${field.id}
      part="input"
      type="checkbox"
      .checked=${field.value === true}
      ?disabled=${field.disabled}
      aria-invalid=${errors.length > 0 ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field, errors.length > 0))}
      @change=${(event: Event) => context.setValue(field.pointer, (event.target as HTMLInputElement).checked, true)}
    />
    <label for=${field.id} part="label">${labelText(field, context)}</label>
    ${fieldNotes(field, errors)}
  </div>`;
}

/** Radio buttons (one of an enum) or checkboxes (several of an enum), in a fieldset. */
function choiceGroup(field: FieldView, context: RenderContext): TemplateResult {
  const errors = context.errorsAt(field.pointer);
  const many = field.kind === 'multiselect';
  const selected = many ? (Array.isArray(field.value) ? field.value : []) : [field.value];
  const toggle = (value: unknown, checked: boolean) => {
    if (!many) return context.setValue(field.pointer, value, true);
    const next = (field.choices ?? []).map((choice) => choice.value).filter((candidate) => (candidate === value ? checked : selected.includes(candidate)));
    context.setValue(field.pointer, next, true);
  };
  return html`<fieldset
    class="field choices"
    part="field choices"
    data-pointer=${field.pointer}
    ?data-invalid=${errors.length > 0}
    aria-describedby=${ifDefined(describedBy(field, errors.length > 0))}
    ?disabled=${field.disabled}
  >
    <legend part="label" class=${field.showLabel ? '' : 'visually-hidden'}>${labelText(field, context)}</legend>
    ${(field.choices ?? []).map(
      (choice, index) => html`<label class="choice" part="choice">
        <input
          type=${many ? 'checkbox' : 'radio'}
          name=${field.id}
          id=${index === 0 ? field.id : `${field.id}-${index}`}
          .checked=${selected.includes(choice.value)}
          aria-invalid=${errors.length > 0 ? 'true' : 'false'}
          @change=${(event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked)}
        />
        <span>${choice.label}</span>
      </label>`,
    )}
    ${fieldNotes(field, errors)}
  </fieldset>`;
}

