import { pickTitle, type FieldPermissions, type Issue } from '@luzhi/engine';
import { LitElement, nothing, type PropertyValues } from 'lit';
import { html } from '../shared/compact-html.js';
import { FormSchemaError } from '../errors.js';
import { issueLanguage, localeOf, messagesFor } from '../locale/registry.js';
import { baseStyles } from '../theme/base-styles.js';
import { formStyles } from './form-styles.js';
import { createFormModel } from './form-model.js';
import { FormState } from './form-state.js';
import type { RenderContext } from './render/render-context.js';
import { renderView } from './render/render-view.js';
import type { FieldView } from './resolve-view.js';
import type { UiElement } from './ui-schema.js';

/** A workflow form as the definition declares it (`forms.<name>`). */
export interface WorkflowForm {
  title?: string | Record<string, string> | undefined;
  description?: string | Record<string, string> | undefined;
  schema: unknown;
  ui?: unknown;
}

/**
 * Uploads one attached file and returns what to keep about it (an id, a URL, …); the form stores
 * `{ name, size, type }` and everything returned. Rejecting refuses the file.
 */
export type UploadHandler = (file: File, context: { pointer: string }) => Promise<Record<string, unknown>>;

/** The detail of `luzhi-submit`: the payload to send with the action. */
export interface LuzhiSubmitDetail {
  payload: Record<string, unknown>;
}

/** The detail of `luzhi-invalid`: why a submit was refused. */
export interface LuzhiInvalidDetail {
  issues: Issue[];
}

/**
 * `<luzhi-form>`: renders a workflow form from its JSON Schema and JSON Forms UI schema, and
 * validates it with the engine's own validator and field permissions, so what it submits the
 * engine accepts.
 *
 * - Properties: `form` (a workflow form `{ title, schema, ui }`) or `schema` + `uiSchema`;
 *   `value`; `fields` (the action's field permissions); `readonly` (review mode); `disabled`;
 *   `locale`; `upload` (the host's upload callback); `name` and `submitLabel`.
 * - Events: `input` and `change` as a native control fires them (read `value` / `payload`);
 *   `luzhi-submit` with `{ payload }`; `luzhi-invalid` with `{ issues }`; `luzhi-error` with a
 *   {@link FormSchemaError} when the schema or UI schema cannot be rendered.
 * - Form-associated: inside a `<form>` its value is the payload as JSON, its validity the
 *   engine's verdict.
 * - Parts: `form`, `title`, `description`, `summary`, `field`, `label`, `input`, `hint`,
 *   `field-error`, `group`, `list`, `row`, `item`, `choices`, `choice`, `value`, `review`,
 *   `button`, `add`, `remove`, `actions`, `submit`, `error`, `categorization`, `tabs`, `tab`,
 *   `steps`, `step`, `step-nav`, `previous`, `next`, `category`.
 *
 * This module declares the class only; `@luzhi/forms/define/luzhi-form` registers the tag.
 */
export class LuzhiForm extends LitElement {
  static formAssociated = true;
  /** The shared base styles, then this element's own (themed through CSS custom properties). */
  static override styles = [baseStyles, formStyles];
  static override properties = {
    form: { attribute: false },
    schema: { attribute: false },
    uiSchema: { attribute: false },
    value: { attribute: false },
    fields: { attribute: false },
    upload: { attribute: false },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    locale: { type: String },
    name: { type: String, reflect: true },
    submitLabel: { type: String, attribute: 'submit-label' },
    state: { state: true },
    error: { state: true },
    uploading: { state: true },
  };

  /** A workflow form: `{ title, description?, schema, ui? }`. */
  declare form: WorkflowForm | undefined;
  /** The JSON Schema, when no `form` is given. */
  declare schema: unknown;
  /** The JSON Forms UI schema, when no `form` is given; generated from the schema when absent. */
  declare uiSchema: UiElement | undefined;
  /** The value to start from (e.g. the instance data in review mode). */
  declare value: Record<string, unknown> | undefined;
  /** The action's field permissions: pointer → `hidden` | `readonly` | `required`. */
  declare fields: FieldPermissions | undefined;
  /** The host's upload callback for attachment fields. */
  declare upload: UploadHandler | undefined;
  /** Review mode: every field as text, no submit button. */
  declare readonly: boolean;
  declare disabled: boolean;
  /** The locale of the element's own strings and of the messages; defaults to the nearest `lang`. */
  declare locale: string | undefined;
  declare name: string | undefined;
  declare submitLabel: string | undefined;
  declare protected state: FormState | undefined;
  /** Why the schema or UI schema cannot be rendered, when it cannot. */
  declare error: FormSchemaError | undefined;
  declare protected uploading: number;

  readonly #internals: ElementInternals;
  #initialValue: Record<string, unknown> | undefined;
  /** The category each Categorization shows, by its id. */
  readonly #categories = new Map<string, number>();

  constructor() {
    super();
    this.readonly = false;
    this.disabled = false;
    this.uploading = 0;
    this.#internals = this.attachInternals();
  }

  /** The value being edited, hidden and read-only fields included. */
  get currentValue(): Record<string, unknown> {
    return this.state?.value ?? this.value ?? {};
  }

  /** What the form would submit now. */
  get payload(): Record<string, unknown> {
    return this.state?.payload ?? {};
  }

  /** The engine's issues for the current payload. */
  get issues(): Issue[] {
    return this.state?.issues ?? [];
  }

  /** The `<form>` this element belongs to, as for native controls. */
  get associatedForm(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Whether the payload is valid, as for native controls (fires `invalid` when it is not). */
  checkValidity(): boolean {
    if (this.#validityPending !== undefined && this.state) {
      clearTimeout(this.#validityPending);
      this.#validityPending = undefined;
      const state = this.state;
      this.#guard(() => this.#updateValidity(state));
    }
    return this.#internals.checkValidity();
  }

  /** Like {@link checkValidity}, and shows every error and moves focus to the first. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) void this.#revealErrors();
    return valid;
  }

  /**
   * Validates and, when valid, fires `luzhi-submit` with the payload (else `luzhi-invalid`, shows
   * every error and focuses the first). Returns whether it submitted.
   */
  requestSubmit(): boolean {
    const state = this.state;
    if (!state || this.readonly) return false;
    if (state.issues.length > 0 || this.uploading > 0) {
      void this.#revealErrors();
      this.dispatchEvent(new CustomEvent<LuzhiInvalidDetail>('luzhi-invalid', { detail: { issues: state.issues }, bubbles: true, composed: true }));
      return false;
    }
    this.dispatchEvent(new CustomEvent<LuzhiSubmitDetail>('luzhi-submit', { detail: { payload: state.payload }, bubbles: true, composed: true }));
    return true;
  }

  /** Shows issues the engine reported (`PayloadError.issues`) beside their fields. */
  showIssues(issues: readonly Issue[]): void {
    this.state?.showIssues(issues);
    this.#changed();
    void this.#revealErrors();
  }

  formResetCallback(): void {
    this.value = this.#initialValue;
    this.state = undefined;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#prepare(changed);
    const state = this.state;
    if (state) {
      // Resolve here, not while rendering, so a schema fragment that fails surfaces as luzhi-error.
      state.locale = this.#locale();
      this.#guard(() => {
        try {
          void state.form;
        } catch (error) {
          // An `if` that cannot be compiled: the engine's compiler says where, as a FormSchemaError.
          void state.model.validate;
          throw error;
        }
      });
    }
  }

  #prepare(changed: PropertyValues<this>): void {
    const inputs = ['form', 'schema', 'uiSchema', 'value', 'fields', 'readonly', 'disabled'] as const;
    // A form refused stays refused until one of its inputs changes.
    if ((this.state || this.error) && !inputs.some((key) => changed.has(key))) return;
    if (changed.has('value') || this.#initialValue === undefined) this.#initialValue = this.value;
    const schema = this.form?.schema ?? this.schema;
    if (schema === undefined) {
      this.state = undefined;
      return;
    }
    this.#guard(() => {
      const model = createFormModel({ schema, ui: this.form ? this.form.ui : this.uiSchema }, { compile: 'later' });
      const keep = this.state && !changed.has('value') && this.state.model === model ? this.state.value : this.value;
      this.state = new FormState(model, keep, this.fields ?? {}, { readonly: this.readonly, disabled: this.disabled });
      this.error = undefined;
    });
  }

  /** Runs `work`; a FormSchemaError from it replaces the form by the error and fires `luzhi-error`. */
  #guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      if (!(error instanceof FormSchemaError)) throw error;
      this.state = undefined;
      this.error = error;
      this.dispatchEvent(new CustomEvent('luzhi-error', { detail: error, bubbles: true, composed: true }));
    }
  }

  protected override updated(): void {
    const state = this.state;
    if (!state) return;
    this.#internals.setFormValue(this.readonly ? null : JSON.stringify(state.payload));
    if (!state.model.compiled) {
      // The first frame shows the fields; the validator is compiled right after it.
      this.#validityPending ??= setTimeout(() =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            this.#validityPending = undefined;
            if (this.state === state && !state.model.compiled) this.#guard(() => this.#updateValidity(state));
          }),
        ),
      );
      return;
    }
    this.#updateValidity(state);
  }

  #validityPending: ReturnType<typeof setTimeout> | undefined;

  #updateValidity(state: FormState): void {
    const [first] = state.issues;
    const language = issueLanguage(this.#locale());
    if (first && !this.readonly) this.#internals.setValidity({ customError: true }, first.message[language]);
    else this.#internals.setValidity({});
  }

  override render() {
    const locale = this.#locale();
    const messages = messagesFor(locale);
    const language = issueLanguage(locale);
    if (this.error) {
      return html`<div class="summary" part="error" role="alert">${this.error.messages[language]}</div>`;
    }
    const state = this.state;
    if (!state) return nothing;
    const title = pickTitle(this.form?.title, locale);
    const description = pickTitle(this.form?.description, locale);
    const context = this.#context(state, messages, language, locale);
    const unplaced = state.showAll ? state.unplacedIssues : [];
    const counted = state.showAll ? state.issues.length : 0;
    return html`<form part="form" novalidate aria-label=${title ?? nothing} @submit=${this.#onSubmit} @input=${stop} @change=${stop}>
      ${title ? html`<h2 part="title">${title}</h2>` : nothing}
      ${description ? html`<p class="hint" part="description">${description}</p>` : nothing}
      ${counted > 0
        ? html`<div class="summary" part="summary" role="alert" tabindex="-1">
            <p>${messages.errorSummary(counted)}</p>
            ${unplaced.length > 0 ? html`<ul>${unplaced.map((issue) => html`<li>${issue.pointer || '/'}：${issue.message[language]}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}
      ${renderView(state.form.view, context)}
      ${this.readonly
        ? nothing
        : html`<div class="actions" part="actions">
            <button class="primary" part="button submit" type="submit" ?disabled=${this.disabled}>
              ${this.uploading > 0 ? messages.uploading : (this.submitLabel ?? messages.submit)}
            </button>
          </div>`}
    </form>`;
  }

  #locale(): string {
    return localeOf(this, this.locale);
  }

  #context(state: FormState, messages: RenderContext['messages'], language: 'zh-CN' | 'en', locale: string): RenderContext {
    return {
      messages,
      errorsAt: (pointer) => state.messagesAt(pointer, language),
      setValue: (pointer, value, commit) => {
        state.set(pointer, value);
        if (commit) state.touched.add(pointer);
        this.#changed();
        this.dispatchEvent(new Event(commit ? 'change' : 'input', { bubbles: true, composed: !commit }));
      },
      touch: (pointer) => {
        if (state.touched.has(pointer)) return;
        state.touched.add(pointer);
        this.requestUpdate();
      },
      addItem: (field) => {
        const pointer = state.addItem(field);
        this.#changed();
        this.dispatchEvent(new Event('change', { bubbles: true }));
        void this.#focusWithin(pointer);
      },
      removeItem: (field, index) => {
        state.removeItem(field, index);
        state.touched.add(field.pointer);
        this.#changed();
        this.dispatchEvent(new Event('change', { bubbles: true }));
        void this.#focusWithin(field.pointer, field.kind === 'attachments' ? 'input' : 'button.add');
      },
      attach: (field, files) => void this.#attach(state, field, [...files], messages),
      formatDateTime: (value) => {
        const date = new Date(value);
        return Number.isNaN(date.getTime()) ? value : date.toLocaleString(locale);
      },
      category: (id) => this.#categories.get(id),
      selectCategory: (id, index, focus) => {
        this.#categories.set(id, index);
        this.requestUpdate();
        if (focus) void this.updateComplete.then(() => (this.renderRoot as ShadowRoot).getElementById(`${id}-tab-${index}`)?.focus());
      },
    };
  }

  async #attach(state: FormState, field: FieldView, files: File[], messages: RenderContext['messages']): Promise<void> {
    this.uploading += 1;
    const failed: string[] = [];
    const added: Array<Record<string, unknown>> = [];
    for (const file of files) {
      const metadata = { name: file.name, size: file.size, type: file.type };
      try {
        added.push(this.upload ? { ...metadata, ...(await this.upload(file, { pointer: field.pointer })) } : metadata);
      } catch {
        failed.push(messages.uploadFailed(file.name));
      }
    }
    this.uploading -= 1;
    const current = state.form.fields.get(field.pointer)?.value;
    state.set(field.pointer, [...(Array.isArray(current) ? current : []), ...added]);
    state.touched.add(field.pointer);
    if (failed.length > 0) state.local.set(field.pointer, failed);
    this.#changed();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #changed(): void {
    this.requestUpdate();
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.requestSubmit();
  };

  async #revealErrors(): Promise<void> {
    if (!this.state) return;
    this.state.showAll = true;
    this.requestUpdate();
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    let invalid = root.querySelector<HTMLElement>('[data-invalid]');
    // A field in a category not shown: show that category (and every enclosing one) first.
    if (invalid && this.#showCategoriesOf(invalid)) {
      this.requestUpdate();
      await this.updateComplete;
      invalid = root.querySelector<HTMLElement>('[data-invalid]');
    }
    const target =
      invalid?.querySelector<HTMLElement>('input, select, textarea, button') ?? root.querySelector<HTMLElement>('[part~="summary"]');
    target?.focus();
  }

  /** Selects the categories holding `element`; returns whether one was not shown. */
  #showCategoriesOf(element: HTMLElement): boolean {
    let changed = false;
    for (let panel = element.closest<HTMLElement>('[data-categorization]'); panel; panel = panel.parentElement?.closest<HTMLElement>('[data-categorization]') ?? null) {
      if (!panel.hidden) continue;
      this.#categories.set(panel.dataset.categorization!, Number(panel.dataset.category));
      changed = true;
    }
    return changed;
  }

  async #focusWithin(pointer: string, selector = 'input, select, textarea, button'): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    const holder = [...root.querySelectorAll<HTMLElement>('[data-pointer]')].find(
      (element) => element.dataset.pointer === pointer || element.dataset.pointer!.startsWith(`${pointer}/`),
    );
    holder?.querySelector<HTMLElement>(selector)?.focus();
  }
}

// Native input and change events of the inner controls stay inside; the element fires its own.
const stop = (event: Event): void => event.stopPropagation();
