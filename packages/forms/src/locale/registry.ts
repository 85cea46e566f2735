import { en } from './en.js';
import type { FormMessages } from './messages.js';
import { zhCN } from './zh-cn.js';

/** The locale used when neither the host nor the page names one the registry knows. */
export const DEFAULT_LOCALE = 'zh-CN';

const registry = new Map<string, FormMessages>([
  ['zh-CN', zhCN],
  ['en', en],
]);

/**
 * Registers (or replaces) the package's strings for a locale, such as `zh-Hant` or `ug`. Only this
 * package's elements read the registry: the page's own localization is left alone.
 */
export function registerLocale(locale: string, messages: FormMessages): void {
  registry.set(locale, messages);
}

/** The locales the registry holds. */
export function registeredLocales(): string[] {
  return [...registry.keys()];
}

/**
 * The registered locale that best serves `requested`: the exact tag, then its language alone
 * (`en-GB` → `en`), then any registered tag of that language (`zh-TW` → `zh-CN`), then zh-CN.
 */
export function matchLocale(requested: string | undefined): string {
  if (!requested) return DEFAULT_LOCALE;
  if (registry.has(requested)) return requested;
  const language = requested.toLowerCase().split('-')[0]!;
  if (registry.has(language)) return language;
  for (const tag of registry.keys()) if (tag.toLowerCase().split('-')[0] === language) return tag;
  return DEFAULT_LOCALE;
}

/** The strings of a registered locale (see {@link matchLocale}). */
export function messagesFor(locale: string | undefined): FormMessages {
  return registry.get(matchLocale(locale))!;
}

/**
 * The locale an element speaks: the one the host passed (`locale` property), else the `lang` of
 * the nearest ancestor that has one (crossing shadow roots), else the document's, else zh-CN.
 */
export function localeOf(element: Element, explicit?: string): string {
  if (explicit) return explicit;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || DEFAULT_LOCALE;
}

/** Which of the two message languages of engine issues to show for a locale. */
export function issueLanguage(locale: string): 'zh-CN' | 'en' {
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
