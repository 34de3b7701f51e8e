import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

export const LEADING_COMPANY_METRICS = ['applications', 'granted', 'cited'] as const;

/** Chapter 一、2.: the three Chinese companies the text names as leading in applications, grants and cited patents. */
export const leadingCompanies = dataset('leading-companies', { key: ['company_zh', 'metric'], rows: 9, ranked: { column: 'rank_cn', within: ['metric'] } }, {
  /** Company as the text names it. */
  company_zh: col.text(),
  /** English name of the company. */
  company_en: col.text(),
  /** applications = patent applications; granted = granted patents; cited = patents cited at least once. */
  metric: col.oneOf(LEADING_COMPANY_METRICS),
  /** Position among Chinese companies on this metric, as the text orders them. */
  rank_cn: col.integer({ unit: 'item' }, { min: 1 }),
  /** Number of patents (件). */
  value: col.integer({ unit: 'patent' }),
});

export type LeadingCompanyRow = RowOf<typeof leadingCompanies>;
