import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

export const BAND_ROW_KINDS = ['band', 'sub_row'] as const;

/** 表 1: Chinese companies by how many blockchain patent applications each filed, bands and the three sub-rows printed under 1 ~ 9 件. */
export const applicationBands = dataset('application-bands', { key: ['band_id'], rows: 7 }, {
  /** Stable id of the row, e.g. `100_999`, `1_9_sub_1`. */
  band_id: col.text(),
  /** The row label exactly as printed in 表 1. */
  band_label: col.text(),
  /** `band` for the four application-count bands, `sub_row` for the rows printed under 1 ~ 9 件. */
  row_kind: col.oneOf(BAND_ROW_KINDS),
  /** For a sub-row, the band_id of the band it is printed under. */
  parent_band: col.text({ optional: true }),
  /** Fewest applications a company in the band has; blank for sub-rows. */
  min_applications: col.integer({ unit: 'patent' }, { optional: true }),
  /** Most applications a company in the band has; blank when open-ended or for sub-rows. */
  max_applications: col.integer({ unit: 'patent' }, { optional: true }),
  /** Number of companies (家). */
  companies: col.integer({ unit: 'company' }),
});

export type ApplicationBandRow = RowOf<typeof applicationBands>;
