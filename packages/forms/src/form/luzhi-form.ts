import { html, LitElement } from 'lit';
import { localeOf, messagesFor } from '../locale/registry.js';
import { baseStyles } from '../theme/base-styles.js';

/**
 * `<luzhi-form>`: a form rendered from a JSON Schema and a JSON Forms UI schema. This module
 * only declares the class; `@luzhi/forms/define/luzhi-form` registers the tag.
 */
export class LuzhiForm extends LitElement {
  static override styles = [baseStyles];
  static override properties = {
    locale: { type: String },
  };

  /** The locale of the element's own strings; defaults to the nearest `lang`. */
  declare locale: string | undefined;

  override render() {
    const messages = messagesFor(localeOf(this, this.locale));
    return html`<form part="form" novalidate><button class="primary" part="submit" type="submit">${messages.submit}</button></form>`;
  }
}
