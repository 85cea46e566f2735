import { LuzhiTaskPanel, type LuzhiSentDetail } from '../task-panel/luzhi-task-panel.js';
import { defineElement } from './define-element.js';
import './luzhi-form.js';

/** Registers `<luzhi-task-panel>`, and `<luzhi-form>`, which it renders. Importing this module is the side effect. */
defineElement('luzhi-task-panel', LuzhiTaskPanel);

declare global {
  interface HTMLElementTagNameMap {
    'luzhi-task-panel': LuzhiTaskPanel;
  }
  interface HTMLElementEventMap {
    'luzhi-sent': CustomEvent<LuzhiSentDetail>;
  }
}

export { LuzhiTaskPanel };
