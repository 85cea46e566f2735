import { LuzhiDiagram } from '../diagram/luzhi-diagram.js';
import { defineElement } from './define-element.js';

/** Registers `<luzhi-diagram>`. Importing this module is the side effect. */
defineElement('luzhi-diagram', LuzhiDiagram);

declare global {
  interface HTMLElementTagNameMap {
    'luzhi-diagram': LuzhiDiagram;
  }
}

export { LuzhiDiagram };
