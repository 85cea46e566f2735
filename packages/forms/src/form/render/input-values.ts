/** Conversions between field values and what native inputs hold. */

/** The number in a number input: undefined when empty, the raw text when it is not a number (so validation says so). */
export function numberFrom(input: HTMLInputElement): unknown {
  if (input.value === '') return input.validity.badInput ? input.value : undefined;
  const number = input.valueAsNumber;
  return Number.isNaN(number) ? input.value : number;
}

/** `2026-03-02T09:30:00.000Z` → `2026-03-02T17:30` in the browser's time zone, for datetime-local. */
export function toLocalDateTime(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as an RFC 3339 date-time (what `format: "date-time"` accepts); undefined when empty. */
export function fromLocalDateTime(local: string): string | undefined {
  if (local === '') return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** Text for any value, for review mode and read-only fields. */
export function plainText(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
