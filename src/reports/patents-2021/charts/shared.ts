/** Constants and small helpers the chart declarations of patents-2021 share, chapter by chapter. */
import { META } from '../meta.ts';
import { countryComparison, countryFigure, type CountryMetric } from '../queries.ts';
import { num, table, text, wordsIn } from '../../../charts/declare.ts';
import { formatList } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/locales.ts';

export { META };
export const REPORT = META.id;
/** Who the report credits for the raw data, in each language (`tr(CREDIT)`). */
export const CREDIT = { 'zh-CN': '零壹智库，智慧芽', en: '01 Think Tank; PatSnap' } as const;

const COUNTRY_CODES = [
  { code: 'CN', zh: '中国' },
  { code: 'US', zh: '美国' },
  { code: 'KR', zh: '韩国' },
  { code: null, zh: '全球' },
] as const;

/** China, the US, Korea and the world as 一、1. compares them; English names from the data's country_en. */
export function countriesIn(locale: Locale) {
  return COUNTRY_CODES.map((c) => {
    if (locale !== 'en') return { code: c.code, label: c.zh };
    const row = countryComparison().find((r) => (r.country_code ?? null) === c.code);
    if (!row) throw new Error(`patents-2021 charts: no country-comparison row names ${c.code ?? 'the world'}`);
    return { code: c.code, label: row.country_en };
  });
}

export function countryValue(code: string | null, metric: CountryMetric): number | null {
  return countryFigure(code, metric)?.value ?? null;
}

/** China, the US, Korea and the world for a few measures, nulls where the text gives none. */
export function countryTable(metrics: { metric: CountryMetric; label: string }[], locale: Locale) {
  const tr = wordsIn(locale);
  return table(
    [text('country', tr({ 'zh-CN': '国家/地区', en: 'Country or region' })), ...metrics.map((m) => num(m.metric, m.label))],
    countriesIn(locale).map((c) => ({ country: c.label, ...Object.fromEntries(metrics.map((m) => [m.metric, countryValue(c.code, m.metric)])) })),
  );
}

/** A note naming the countries the report gives no `label` for; `label` in the chart's language (en lower case: "citation rate"). */
export function unpublished(metric: CountryMetric, label: string, locale: Locale): string[] {
  const missing = countriesIn(locale)
    .filter((c) => countryValue(c.code, metric) === null)
    .map((c) => c.label);
  if (!missing.length) return [];
  return [locale === 'en' ? `The report gives no ${label} for ${formatList(missing, 'en')}.` : `${missing.join('、')}的${label}报告未给出。`];
}

/**
 * The palette has six colours, so past five countries the rest are pooled
 * into one square colour, named in its label; the table keeps every country.
 */
export function wafflePartsWithOther(counts: { country_zh: string; country_en: string; companies: number }[], locale: Locale) {
  const name = (c: { country_zh: string; country_en: string }) => (locale === 'en' ? c.country_en : c.country_zh);
  const sorted = [...counts].sort((a, b) => b.companies - a.companies);
  const [shown, pooled] = [sorted.slice(0, 5), sorted.slice(5)];
  const parts = shown.map((c) => ({ label: name(c), value: c.companies }));
  if (pooled.length > 0) {
    const names = pooled.map(name);
    parts.push({ label: locale === 'en' ? `Other (${formatList(names, 'en')})` : `其他（${names.join('、')}）`, value: pooled.reduce((sum, c) => sum + c.companies, 0) });
  }
  return parts;
}
