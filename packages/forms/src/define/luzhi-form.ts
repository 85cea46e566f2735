import { LuzhiForm } from '../form/luzhi-form.js';
import { defineElement } from './define-element.js';

/** Registers `<luzhi-form>`. Importing this module is the side effect. */
defineElement('luzhi-form', LuzhiForm);

declare global {
  interface HTMLElementTagNameMap {
    'luzhi-form': LuzhiForm;
  }
}

export { LuzhiForm };
