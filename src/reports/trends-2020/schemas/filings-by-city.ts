import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

/** 图 8: blockchain information service filings by city; only the leader's count is published. */
export const filingsByCity = dataset('filings-by-city', { key: ['city_en'], rows: 6, ranked: { column: 'stated_order' } }, {
  /** Order in which the prose names the city (1 = Beijing, named as the largest). */
  stated_order: col.integer({ unit: 'item' }, { min: 1 }),
  /** City, Chinese. */
  city_zh: col.text(),
  /** City, English. */
  city_en: col.text(),
  /** Filed projects in the city; blank when the report does not state it. */
  filings: col.integer({ unit: 'project' }, { optional: true }),
  /** The count as printed; blank when not stated. */
  filings_text: col.text({ optional: true }),
  /** Last batch covered, YYYY-MM (the fourth list, October 2020). */
  as_of: col.yearMonth(),
});

export type FilingsByCityRow = RowOf<typeof filingsByCity>;
