/**
 * The language of the page being built, from its address: components inside
 * a chapter's text (sections, callouts, notes) read it here instead of
 * having every chapter pass it down.
 */
import { DEFAULT_LOCALE, LOCALE_IDS, type Locale } from './locales.ts';
import { localePrefix } from '../paths.ts';

export function pageLocale(url: URL): Locale {
  const path = url.pathname;
  return LOCALE_IDS.find((locale) => {
    const prefix = localePrefix(locale);
    return prefix !== '' && (path === prefix || path.startsWith(`${prefix}/`));
  }) ?? DEFAULT_LOCALE;
}
