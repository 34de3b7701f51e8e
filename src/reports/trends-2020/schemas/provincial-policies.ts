import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

/** Provincial-level blockchain policy documents of 2020 named in 壹.03, one row per document. */
export const provincialPolicies = dataset('provincial-policies', { key: ['id'], rows: 9 }, {
  /** Stable row id, snake_case. */
  id: col.text(),
  /** Month of publication, YYYY-MM; blank when the report gives none. */
  month: col.yearMonth({ optional: true }),
  /** Province-level region, Chinese. */
  region_zh: col.text(),
  /** Province-level region, English. */
  region_en: col.text(),
  /** ISO 3166-2:CN code of the region. */
  region_code: col.regionCode(),
  /** Issuing body as the report names it. */
  issuer_zh: col.text(),
  /** Issuing body in English. */
  issuer_en: col.text(),
  /** Document title as printed, without 《》; blank when the report gives none. */
  title: col.text({ optional: true }),
  /** The title in English: the site's translation (no English title is published); blank when the report gives no title. */
  title_en: col.text({ optional: true }),
});

export type ProvincialPolicyRow = RowOf<typeof provincialPolicies>;
