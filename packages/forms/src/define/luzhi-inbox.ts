import { LuzhiInbox, type LuzhiOpenDetail } from '../inbox/luzhi-inbox.js';
import { defineElement } from './define-element.js';

/** Registers `<luzhi-inbox>`. Importing this module is the side effect. */
defineElement('luzhi-inbox', LuzhiInbox);

declare global {
  interface HTMLElementTagNameMap {
    'luzhi-inbox': LuzhiInbox;
  }
  interface HTMLElementEventMap {
    'luzhi-open': CustomEvent<LuzhiOpenDetail>;
  }
}

export { LuzhiInbox };
