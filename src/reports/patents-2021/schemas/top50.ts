import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

/** 表 2: the 2021 global blockchain patent quality TOP50, one row per company. */
export const top50 = dataset('top50', { key: ['rank'], rows: 50, ranked: { column: 'rank' } }, {
  /** Position in the ranking, 1 = best. */
  rank: col.integer({ unit: 'rank' }, { min: 1, max: 50 }),
  /** Company name as printed in the report (行标签). */
  company_zh: col.text(),
  /** English name of the company. */
  company_en: col.text(),
  /** Blank where company_en is the company's own English name; else why it is uncertain (a transliteration), so English pages show the original beside it. */
  company_en_note: col.text({ optional: true }),
  /** Home country, Chinese name. */
  country_zh: col.text(),
  /** Home country, English name. */
  country_en: col.text(),
  /** ISO 3166-1 alpha-2 code of the home country. */
  country_code: col.countryCode(),
  /** Granted blockchain patents (件). */
  granted: col.integer({ unit: 'patent' }),
  /** Patents cited at least once by later patents (件). */
  cited: col.integer({ unit: 'patent' }),
  /** Patents on core (underlying) blockchain technology (件). */
  core_tech: col.integer({ unit: 'patent' }),
  /** Patent families (组) the company holds. */
  families: col.integer({ unit: 'family' }),
  /** International (non-home-office) patent applications (件). */
  international: col.integer({ unit: 'patent' }),
  /** Composite patent quality score, 0–100. */
  score: col.number({ unit: 'score' }, { min: 0, max: 100 }),
});

export type Top50Row = RowOf<typeof top50>;
