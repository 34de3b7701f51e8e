/**
 * Text that exists once per locale: column titles, dataset descriptions and
 * other words declared beside the data. The type has one key per locale of
 * locales.ts, so a new locale makes every declaration without it a type error.
 */
import { LOCALE_IDS, type Locale } from './locales.ts';
import { useTranslations, type TranslationVars, type UIKey } from './translate.ts';

export type Localized<T = string> = Readonly<Record<Locale, T>>;

export function inLocale<T>(text: Localized<T>, locale: Locale): T {
  return text[locale];
}

/** A UI string in every locale, for declarations the data layer makes (shared schemas, the data package). */
export function localized(key: UIKey, vars?: TranslationVars): Localized {
  return Object.fromEntries(LOCALE_IDS.map((locale) => [locale, useTranslations(locale)(key, vars)])) as Localized;
}
