import type { FormMessages } from '../../locale/messages.js';
import type { FieldView } from '../resolve-view.js';

/** What the templates need from the element: strings, errors and the ways to change the value. */
export interface RenderContext {
  messages: FormMessages;
  /** The messages to show beside a field now (empty when none, or not shown yet). */
  errorsAt(pointer: string): string[];
  /** Writes a field's new value; `commit` marks a `change` (the field is done with), not an `input`. */
  setValue(pointer: string, value: unknown, commit: boolean): void;
  /** Marks a field as visited (its errors show from then on). */
  touch(pointer: string): void;
  addItem(field: FieldView): void;
  removeItem(field: FieldView, index: number): void;
  attach(field: FieldView, files: FileList): void;
  /** Text of an ISO date-time for display in the element's locale. */
  formatDateTime(value: string): string;
  /** The category a Categorization shows now (its index among the elements), if one was chosen. */
  category(id: string): number | undefined;
  /** Shows another category; `focus` moves focus to its tab (keyboard navigation). */
  selectCategory(id: string, index: number, focus: boolean): void;
}

/** The ids of the hint and error texts that describe a field's control. */
export function describedBy(field: FieldView, hasErrors: boolean): string | undefined {
  const ids = [field.description ? `${field.id}-hint` : '', hasErrors ? `${field.id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
