/** A message in both languages the project speaks. Every error and issue carries one. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** The languages in which Luzhi writes its own messages. */
export type MessageLanguage = keyof LocalizedText;

/** Builds a {@link LocalizedText}: Chinese first, as committee staff read it. */
export function text(zhCN: string, en: string): LocalizedText {
  return { 'zh-CN': zhCN, en };
}

/**
 * Picks the text of a definition `title` (a string or a locale map) for a locale, falling back to
 * zh-CN, then en, then the first entry.
 */
export function pickTitle(
  title: string | Readonly<Record<string, string>> | undefined,
  locale: string = 'zh-CN',
): string | undefined {
  if (title === undefined || typeof title === 'string') return title;
  return title[locale] ?? title['zh-CN'] ?? title.en ?? Object.values(title)[0];
}

/** A definition `title` as a message in both languages, each falling back as {@link pickTitle} does. */
export function titleText(title: string | Readonly<Record<string, string>>): LocalizedText {
  return text(pickTitle(title, 'zh-CN') ?? '', pickTitle(title, 'en') ?? '');
}
