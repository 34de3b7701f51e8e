import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';
import { QUALIFIERS } from '../../../data/qualifiers.ts';
import type { Unit } from '../../../data/units.ts';

/**
 * The measures chapter 一、1. compares across countries. Each id names what
 * `value` holds; its unit is fixed here and the build checks the `unit` cell
 * against it.
 */
export const COUNTRY_METRICS = {
  applications: { zh: '专利申请数量', en: 'Patent applications', unit: 'patent' },
  applications_rank: { zh: '申请数量排名', en: 'Rank by applications', unit: 'item' },
  applications_share: { zh: '占全球申请量的比例', en: 'Share of global applications', unit: 'percent' },
  granted: { zh: '授权专利数量', en: 'Granted patents', unit: 'patent' },
  granted_rank: { zh: '授权数量排名', en: 'Rank by granted patents', unit: 'item' },
  grant_rate: { zh: '授权占比（授权 ÷ 申请）', en: 'Grant rate (granted ÷ applications)', unit: 'percent' },
  families: { zh: '专利家族数量', en: 'Patent families', unit: 'family' },
  families_single_share: { zh: '仅含 1 件专利的家族占比', en: 'Share of families with a single member', unit: 'percent' },
  families_multi_share: { zh: '含2件及以上专利的家族占比', en: 'Share of families with two or more members', unit: 'percent' },
  cited: { zh: '被引用过的专利数量', en: 'Patents cited at least once', unit: 'patent' },
  citation_rate: { zh: '被引用率（被引专利 ÷ 申请）', en: 'Citation rate (cited ÷ applications)', unit: 'percent' },
  international: { zh: '国际专利申请数量', en: 'International patent applications', unit: 'patent' },
  international_share: { zh: '国际申请占本国申请总量的比例', en: 'International applications as a share of all applications', unit: 'percent' },
} as const satisfies Record<string, { zh: string; en: string; unit: Unit }>;

export type CountryMetric = keyof typeof COUNTRY_METRICS;
const METRIC_IDS = Object.keys(COUNTRY_METRICS) as [CountryMetric, ...CountryMetric[]];

/** Chapter 一、1. (with China's total from 一、2.): China, the US, Korea and the world compared, one row per country and measure. */
export const countryComparison = dataset('country-comparison', { key: ['country_en', 'metric'], rows: 39 }, {
  /** ISO 3166-1 alpha-2 code; blank for the world total. */
  country_code: col.countryCode({ optional: true }),
  /** Country (or 全球 for the world total), Chinese. */
  country_zh: col.text(),
  /** Country (or World), English. */
  country_en: col.text(),
  /** Which measure the row holds; see COUNTRY_METRICS for its meaning and unit. */
  metric: col.oneOf(METRIC_IDS),
  /** The figure as a plain number (万 multiplied out, percentages in percent). */
  value: col.number({ unit: 'item' }, { min: 0 }),
  /** Unit of `value`; must match the metric. */
  unit: col.unit(),
  /** Whether the report gives the figure as exact or approximate (近 60% → nearly). */
  qualifier: col.oneOf(QUALIFIERS),
  /** The figure as printed. */
  value_text: col.text(),
  /** Period the figure covers. */
  period: col.text({ optional: true }),
});

export type CountryComparisonRow = RowOf<typeof countryComparison>;
