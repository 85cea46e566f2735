import axe from 'axe-core';

/** Creates `tag` with `properties` in a page of language `lang`, and waits for it to render. */
export async function mountElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]>,
  lang = 'zh-CN',
): Promise<HTMLElementTagNameMap[K]> {
  document.documentElement.lang = lang;
  const element = document.createElement(tag);
  Object.assign(element, properties);
  document.body.replaceChildren(element);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** The element's shadow root. */
export function shadowOf(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** axe-core's violations inside `element` (shadow DOM included), as readable lines. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** A title that would run script if it were ever parsed as HTML. */
export const XSS_TITLE = '<img src=x onerror="window.__luzhiXss=1">';
