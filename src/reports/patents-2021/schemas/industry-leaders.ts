import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

/** Chapter 三、1.–3.: the companies the text names as holding the most granted patents in finance, healthcare and energy. */
export const industryLeaders = dataset('industry-leaders', { key: ['industry_zh', 'rank'], rows: 8, ranked: { column: 'rank', within: ['industry_zh'] } }, {
  /** Sector, as named in 表 3. */
  industry_zh: col.text(),
  /** Position by granted patents within the sector, as the text orders them. */
  rank: col.integer({ unit: 'item' }, { min: 1 }),
  /** Company as the text names it. */
  company_zh: col.text(),
  /** English name of the company. */
  company_en: col.text(),
});

export type IndustryLeaderRow = RowOf<typeof industryLeaders>;
