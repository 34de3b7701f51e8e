import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

/** 表 1: the 20 critical and emerging technologies of the 2020 US national strategy. */
export const usCriticalTechnologies = dataset('us-critical-technologies', { key: ['number'], rows: 20 }, {
  /** Item number as printed in 表 1, 1–20. */
  number: col.integer({ unit: 'item' }, { min: 1, max: 20 }),
  /** Technology name as printed in the report (Chinese). */
  name_zh: col.text(),
  /** Official English name from the White House list. */
  name_en: col.text(),
  /** true for the technology the report's text names beside the table (分布式账本技术…就位列其中), the one the table is cited for. */
  named_in_text: col.flag(),
});

export type UsCriticalTechnologyRow = RowOf<typeof usCriticalTechnologies>;
