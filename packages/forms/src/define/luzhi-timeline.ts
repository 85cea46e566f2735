import { LuzhiTimeline } from '../timeline/luzhi-timeline.js';
import { defineElement } from './define-element.js';

/** Registers `<luzhi-timeline>`. Importing this module is the side effect. */
defineElement('luzhi-timeline', LuzhiTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'luzhi-timeline': LuzhiTimeline;
  }
}

export { LuzhiTimeline };
