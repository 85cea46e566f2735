import { html, type TemplateResult } from 'lit';
import { ElementInputError } from './element-input-error.js';

/** What reading an element's input gave: the checked value, or why it cannot be shown. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: ElementInputError };

/**
 * Runs `read` (which checks the element's properties) and turns an {@link ElementInputError} into
 * a result, firing `luzhi-error` on `host` with the error as its detail; other errors propagate.
 */
export function checkInput<T>(host: HTMLElement, read: () => T): Checked<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (!(error instanceof ElementInputError)) throw error;
    host.dispatchEvent(new CustomEvent('luzhi-error', { detail: error, bubbles: true, composed: true }));
    return { ok: false, error };
  }
}

/** The message of an input error, in place of the element's content. */
export function renderInputError(error: ElementInputError, language: 'zh-CN' | 'en'): TemplateResult {
  return html`<div class="input-error" part="error" role="alert">${error.messages[language]}</div>`;
}
