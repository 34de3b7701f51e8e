/**
 * UI strings per locale. ui/<locale>.json holds them; the zh-CN file's keys are
 * the key set, so a misspelt or missing key is a type error (astro check), and
 * another locale's file must have every key. Pages make `t` once with
 * useTranslations(locale) and hand it to components as a prop.
 */
import en from './ui/en.json' with { type: 'json' };
import zhCN from './ui/zh-CN.json' with { type: 'json' };
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import { interpolate, type TranslationVars } from './interpolate.ts';

export { interpolate, type TranslationVars };

export type UIKey = keyof typeof zhCN;
export type UIStrings = Record<UIKey, string>;

/** `t('report.heading', { letter: 'A', title })` → "报告 A：…"; `{name}` is replaced by vars.name. */
export type Translate = (key: UIKey, vars?: TranslationVars) => string;

const UI: Record<Locale, UIStrings> = {
  'zh-CN': zhCN,
  // `satisfies` makes a key missing from en.json a type error (astro check), not a blank on the page.
  en: en satisfies UIStrings,
};

export function uiStrings(locale: Locale = DEFAULT_LOCALE): UIStrings {
  return UI[locale];
}

const made = new Map<Locale, Translate>();

export function useTranslations(locale: Locale = DEFAULT_LOCALE): Translate {
  let t = made.get(locale);
  if (!t) {
    const strings = UI[locale];
    t = (key, vars) => {
      const text = strings[key];
      // The types rule this out; a key built at run time could still miss.
      if (typeof text !== 'string') throw new Error(`No UI string "${key}" in ${locale}`);
      return interpolate(text, vars);
    };
    made.set(locale, t);
  }
  return t;
}

/** A subset of the strings, for a client script: written into the page as JSON, read back by the script. */
export function pickStrings<K extends UIKey>(t: Translate, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as Record<K, string>;
}
