import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

export const SALARY_MARKETS = ['europe', 'remote', 'us'] as const;

/** 图 14: average yearly pay of blockchain back-end engineers by market (Cryptocurrency Jobs data). */
export const engineerSalaries = dataset('engineer-salaries', { key: ['market'], rows: 3, ranked: { column: 'figure_order' } }, {
  /** Market code: europe, remote or us. */
  market: col.oneOf(SALARY_MARKETS),
  /** Position in the caption of 图 14, from 1. */
  figure_order: col.integer({ unit: 'item' }, { min: 1 }),
  /** Market, Chinese. */
  market_zh: col.text(),
  /** Market, English. */
  market_en: col.text(),
  /** Average yearly salary in US dollars; blank when not stated. */
  salary_usd: col.number({ unit: 'usd_per_year' }, { optional: true, min: 0 }),
  /** The salary as printed; blank when not stated. */
  salary_text: col.text({ optional: true }),
  /** Month the data run to, YYYY-MM. */
  as_of: col.yearMonth(),
});

export type EngineerSalaryRow = RowOf<typeof engineerSalaries>;
