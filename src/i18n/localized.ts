/**
 * Text that exists once per locale: column titles, dataset descriptions and
 * other words declared beside the data. The type has one key per locale of
 * locales.ts, so a new locale makes every declaration without it a type error.
 */
import { LOCALE_IDS, type Locale } from './locales.ts';

export type Localized<T = string> = Readonly<Record<Locale, T>>;

export function inLocale<T>(text: Localized<T>, locale: Locale): T {
  return text[locale];
}

/** `make` run for every locale of the site: text that a locale's words are built into. */
export function everyLocale<T>(make: (locale: Locale) => T): Localized<T> {
  return Object.fromEntries(LOCALE_IDS.map((locale) => [locale, make(locale)])) as Localized<T>;
}
