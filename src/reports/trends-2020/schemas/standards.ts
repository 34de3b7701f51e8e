import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

export const STANDARD_LEVELS = ['international', 'national', 'industry'] as const;
export const STANDARD_STATUSES = ['released', 'approved', 'project_approved', 'consultation', 'in_preparation'] as const;
export type StandardStatus = (typeof STANDARD_STATUSES)[number];

/** Blockchain standards the report names in 贰.04 标准成果对比, one row per standard. */
export const standards = dataset('standards', { key: ['id'], rows: 16 }, {
  /** Stable row id, snake_case. */
  id: col.text(),
  /** Standards body or organiser, Chinese; blank where the text is lost. */
  body_zh: col.text({ optional: true }),
  /** The same in English. */
  body_en: col.text({ optional: true }),
  /** international, national or industry; blank where unknown. */
  level: col.oneOf(STANDARD_LEVELS, { optional: true }),
  /** Stage: released, approved, project_approved, consultation or in_preparation; blank where unknown. */
  status: col.oneOf(STANDARD_STATUSES, { optional: true }),
  /** Year of the stage, when stated. */
  year: col.year({ optional: true }),
  /** Month of the stage, YYYY-MM, when stated. */
  month: col.yearMonth({ optional: true }),
  /** Chinese name as printed. */
  title_zh: col.text(),
  /** English name: as printed for international standards, translated otherwise. */
  title_en: col.text(),
  /** true when title_en is the report's own English. */
  title_en_printed: col.flag(),
});

export type StandardRow = RowOf<typeof standards>;
