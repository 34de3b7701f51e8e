import { describe, expect, test } from 'vitest';
import { LOCALE_IDS, localeInfo } from '../../../src/i18n/locales.ts';
import { interpolate, uiStrings, useTranslations } from '../../../src/i18n/translate.ts';

describe('useTranslations', () => {
  const t = useTranslations('zh-CN');
  test('fills {name} placeholders', () => {
    expect(t('report.heading', { letter: 'A', title: '甲' })).toBe('报告A：甲');
    expect(t('dataset.rowsAfterFile', { count: 12 })).toBe('，12行');
    expect(useTranslations('en')('dataset.rowsAfterFile', { count: 12 })).toBe(', 12 rows');
    expect(t('nav.home')).toBe('首页');
  });
  test('a placeholder without a value stays visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  test('keys are typed', () => {
    // @ts-expect-error a misspelt key does not compile
    expect(() => t('nav.hmoe')).toThrowErrorMatchingInlineSnapshot(`[Error: No UI string "nav.hmoe" in zh-CN]`);
  });
  test('every locale has every key and its html lang, og:locale and Intl locale', () => {
    const keys = Object.keys(uiStrings('zh-CN')).sort();
    for (const locale of LOCALE_IDS) {
      expect(Object.keys(uiStrings(locale)).sort()).toEqual(keys);
      expect(localeInfo(locale).htmlLang).toBeTruthy();
      expect(localeInfo(locale).ogLocale).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    }
    expect(localeInfo('zh-CN')).toEqual({ htmlLang: 'zh-CN', ogLocale: 'zh_CN', intl: 'zh-CN' });
  });
  test('a translation fills only placeholders its string is given (one it names but never gets would show as {name})', () => {
    const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]));
    const source = uiStrings('zh-CN');
    for (const locale of LOCALE_IDS) {
      const strings = uiStrings(locale);
      const unknown = (Object.keys(source) as (keyof typeof source)[]).filter((key) => [...placeholders(strings[key])].some((p) => !placeholders(source[key]).has(p)));
      expect(unknown, `${locale} strings naming a placeholder the zh-CN string does not have`).toEqual([]);
    }
  });
});
