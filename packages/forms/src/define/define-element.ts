/**
 * Registers `constructor` as `tag` unless the tag is taken already (by this class, or by another
 * copy of the package loaded twice on one page), so importing a definition module twice is safe.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
