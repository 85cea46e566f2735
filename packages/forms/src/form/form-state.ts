import { emptyItem, isSchema, payloadIssues, setAtPointer, type FieldPermissions, type Issue } from '@luzhi/engine';
import type { FormModel } from './form-model.js';
import { buildPayload, tokensOf } from './payload.js';
import { resolveForm, type FieldView, type ResolvedForm } from './resolve-view.js';

/**
 * The state of one form, free of any DOM: the value being edited, which fields were visited,
 * whether a submit was tried, and what follows from them — the resolved view, the payload and
 * the engine's issues for it. `<luzhi-form>` holds one and renders it.
 */
export class FormState {
  value: Record<string, unknown>;
  /** Fields the user has left or changed: their errors show before a submit. */
  readonly touched = new Set<string>();
  /** After a submit was tried every error shows. */
  showAll = false;
  /** Issues the host set, e.g. from the engine's PayloadError; cleared by the next change. */
  external: Issue[] = [];
  /** Problems that are not the schema's, such as an upload the host refused, by pointer. */
  readonly local = new Map<string, string[]>();
  private resolved: ResolvedForm | undefined;
  private computedIssues: Issue[] | undefined;

  constructor(
    readonly model: FormModel,
    value: unknown,
    readonly fields: FieldPermissions,
    readonly flags: { readonly: boolean; disabled: boolean },
  ) {
    this.value = isSchema(value) ? (value as Record<string, unknown>) : {};
  }

  /** The locale labels given per locale are shown in; changing it resolves the form again. */
  get locale(): string | undefined {
    return this.#locale;
  }

  set locale(locale: string | undefined) {
    if (locale === this.#locale) return;
    this.#locale = locale;
    this.resolved = undefined;
  }

  #locale: string | undefined;

  /** The form resolved for the current value. */
  get form(): ResolvedForm {
    return (this.resolved ??= resolveForm({ model: this.model, value: this.value, fields: this.fields, ...this.flags, locale: this.#locale }));
  }

  /** What the form submits now: the value without hidden, read-only and empty fields. */
  get payload(): Record<string, unknown> {
    return buildPayload(this.value, this.form.omitted);
  }

  /**
   * The engine's issues for the payload (schema, then field permissions), and any the host set;
   * none at or below a field nobody sees (such a field is not validated, as it is not submitted).
   */
  get issues(): Issue[] {
    if (!this.computedIssues) {
      const hidden = this.form.hidden;
      const seen = (pointer: string): boolean => {
        for (let at = pointer; at !== ''; at = at.slice(0, at.lastIndexOf('/'))) if (hidden.has(at)) return false;
        return true;
      };
      this.computedIssues = [...payloadIssues(this.model.validate, this.fields, this.payload), ...this.external].filter((issue) => seen(issue.pointer));
    }
    return this.computedIssues;
  }

  /** Shows issues from elsewhere (the engine's `PayloadError.issues`) beside their fields. */
  showIssues(issues: readonly Issue[]): void {
    this.external = [...issues];
    this.showAll = true;
    this.invalidate();
  }

  /** Writes a field; the view, payload and issues follow. */
  set(pointer: string, value: unknown): void {
    this.value = setAtPointer(this.value, tokensOf(pointer), value);
    this.external = [];
    this.local.delete(pointer);
    this.invalidate();
  }

  /** Appends an empty item to a list field. */
  addItem(field: FieldView): string {
    const list = Array.isArray(field.value) ? field.value : [];
    const items = isSchema(field.schema.items) ? field.schema.items : {};
    this.set(field.pointer, [...list, emptyItem(items) ?? '']);
    return `${field.pointer}/${list.length}`;
  }

  /** Removes item `index` of a list field. */
  removeItem(field: FieldView, index: number): void {
    const list = Array.isArray(field.value) ? field.value : [];
    this.set(field.pointer, list.filter((_, at) => at !== index));
  }

  /** The messages of the issues at `pointer`, in one language, once visited or after a submit. */
  messagesAt(pointer: string, language: 'zh-CN' | 'en'): string[] {
    const local = this.local.get(pointer) ?? [];
    if (!this.showAll && !this.touched.has(pointer)) return local;
    return [...this.issues.filter((issue) => issue.pointer === pointer).map((issue) => issue.message[language]), ...local];
  }

  /** Issues at no rendered field (such as an unexpected property): listed above the form. */
  get unplacedIssues(): Issue[] {
    const fields = this.form.fields;
    return this.issues.filter((issue) => !fields.has(issue.pointer));
  }

  private invalidate(): void {
    this.resolved = undefined;
    this.computedIssues = undefined;
  }
}
