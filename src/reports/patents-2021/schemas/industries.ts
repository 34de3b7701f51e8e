import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

/** 表 3: Chinese blockchain patents by application sector, one row per sector. */
export const industries = dataset('industries', { key: ['name_zh'], rows: 19 }, {
  /** Sector as printed (应用场景). */
  name_zh: col.text(),
  /** Sector, English. */
  name_en: col.text(),
  /** Patent applications in the sector (件). */
  applications: col.integer({ unit: 'patent' }),
  /** Companies that filed in the sector (家). */
  applicant_companies: col.integer({ unit: 'company' }),
  /** Granted patents in the sector (件). */
  granted: col.integer({ unit: 'patent' }),
  /** Companies with at least one granted patent in the sector (家). */
  granted_companies: col.integer({ unit: 'company' }),
});

export type IndustryRow = RowOf<typeof industries>;
