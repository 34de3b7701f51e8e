/** Constants and small helpers the chart declarations of patents-2021 share, chapter by chapter. */
import { META } from '../meta.ts';
import { countryFigure, type CountryMetric } from '../queries.ts';
import { num, table, text } from '../../../charts/declare.ts';

export { META };
export const REPORT = META.id;
export const CREDIT = '零壹智库，智慧芽';
export const COUNTRIES = [
  { code: 'CN', label: '中国' },
  { code: 'US', label: '美国' },
  { code: 'KR', label: '韩国' },
  { code: null, label: '全球' },
] as const;

export function countryValue(code: string | null, metric: CountryMetric): number | null {
  return countryFigure(code, metric)?.value ?? null;
}

/** China, the US, Korea and the world for a few measures, nulls where the text gives none. */
export function countryTable(metrics: { metric: CountryMetric; label: string }[]) {
  return table(
    [text('country', '国家/地区'), ...metrics.map((m) => num(m.metric, m.label))],
    COUNTRIES.map((c) => ({ country: c.label, ...Object.fromEntries(metrics.map((m) => [m.metric, countryValue(c.code, m.metric)])) })),
  );
}

export function unpublished(metric: CountryMetric, label: string): string[] {
  const missing = COUNTRIES.filter((c) => countryValue(c.code, metric) === null).map((c) => c.label);
  return missing.length ? [`${missing.join('、')}的${label}报告未给出。`] : [];
}

/**
 * The palette has six colours, so past five countries the rest are pooled
 * into one square colour, named in its label; the table keeps every country.
 */
export function wafflePartsWithOther(counts: { country_zh: string; companies: number }[]) {
  const sorted = [...counts].sort((a, b) => b.companies - a.companies);
  const [shown, pooled] = [sorted.slice(0, 5), sorted.slice(5)];
  const parts = shown.map((c) => ({ label: c.country_zh, value: c.companies }));
  if (pooled.length > 0) {
    parts.push({ label: `其他（${pooled.map((c) => c.country_zh).join('、')}）`, value: pooled.reduce((sum, c) => sum + c.companies, 0) });
  }
  return parts;
}
