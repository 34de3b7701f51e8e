/**
 * The site's locales. Everything that depends on the language (the `<html lang>`,
 * og:locale, Intl formats, collation, UI strings) is looked up from here, so a
 * new language is one entry plus its JSON files in ui/ and formats/.
 */
export interface LocaleInfo {
  /** BCP 47 tag for `<html lang>` (Pagefind segments Chinese by it). */
  htmlLang: string;
  /** Open Graph locale, language_TERRITORY. */
  ogLocale: string;
  /** Locale tag given to Intl (NumberFormat, ListFormat, DateTimeFormat, Collator). */
  intl: string;
}

export const LOCALES = {
  'zh-CN': { htmlLang: 'zh-CN', ogLocale: 'zh_CN', intl: 'zh-CN' },
  en: { htmlLang: 'en', ogLocale: 'en_US', intl: 'en' },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * The language the source reports are written in: their printed figures
 * (value_text: "5.49 万件") are read with this locale's scale and qualifier words.
 */
export const SOURCE_LOCALE: Locale = 'zh-CN';

// Pure, so a client bundle that imports this module for a type or a helper does not carry the locale table.
export const LOCALE_IDS = /* @__PURE__ */ Object.keys(LOCALES) as [Locale, ...Locale[]];

export function localeInfo(locale: Locale): LocaleInfo {
  return LOCALES[locale];
}

export function isLocale(tag: string): tag is Locale {
  return Object.hasOwn(LOCALES, tag);
}

/**
 * `make` run once per locale and kept: the words, formats and translators
 * built from a locale's data are the same every time they are asked for.
 */
export function perLocale<T>(make: (locale: Locale) => T): (locale?: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale = DEFAULT_LOCALE) => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(locale)));
    return value;
  };
}
