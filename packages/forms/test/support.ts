import type { LuzhiForm } from '../src/index.js';
import '../src/define/luzhi-form.js';

/** Renders a `<luzhi-form>` with the given properties into the page and waits for it. */
export async function mount(properties: Partial<LuzhiForm>, lang = 'zh-CN'): Promise<LuzhiForm> {
  document.documentElement.lang = lang;
  const form = document.createElement('luzhi-form');
  Object.assign(form, properties);
  document.body.replaceChildren(form);
  await form.updateComplete;
  return form;
}

/** The element's shadow root. */
export function shadow(form: LuzhiForm): ShadowRoot {
  return form.shadowRoot!;
}

/** The field wrapper of a pointer. */
export function fieldAt(form: LuzhiForm, pointer: string): HTMLElement {
  const found = [...shadow(form).querySelectorAll<HTMLElement>('[data-pointer]')].find((element) => element.dataset.pointer === pointer);
  if (!found) throw new Error(`no field at ${pointer}`);
  return found;
}

/** Whether a field is rendered. */
export function hasField(form: LuzhiForm, pointer: string): boolean {
  return [...shadow(form).querySelectorAll<HTMLElement>('[data-pointer]')].some((element) => element.dataset.pointer === pointer);
}

/** The first control of a field. */
export function controlAt<T extends HTMLElement = HTMLInputElement>(form: LuzhiForm, pointer: string): T {
  return fieldAt(form, pointer).querySelector<T>('input, select, textarea')!;
}

/** The element focused inside the form's shadow root. */
export function focused(form: LuzhiForm): Element | null {
  return shadow(form).activeElement;
}
