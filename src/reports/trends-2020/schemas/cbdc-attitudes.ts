import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

export const CBDC_ATTITUDES = ['issued', 'pilot', 'research', 'no_plan'] as const;
export type CbdcAttitude = (typeof CBDC_ATTITUDES)[number];

/** 表 5: where selected countries stood on central bank digital currency, November 2020. */
export const cbdcAttitudes = dataset('cbdc-attitudes', { key: ['country_code'], rows: 27, ranked: { column: 'table_order', within: ['attitude'] } }, {
  /** Attitude code: issued, pilot, research or no_plan. */
  attitude: col.oneOf(CBDC_ATTITUDES),
  /** Attitude as printed in 表 5. */
  attitude_zh: col.text(),
  /** Attitude in English. */
  attitude_en: col.text(),
  /** Position of the country within its row of 表 5, from 1. */
  table_order: col.integer({ unit: 'item' }, { min: 1 }),
  /** Country as printed. */
  country_zh: col.text(),
  /** Country in English. */
  country_en: col.text(),
  /** ISO 3166-1 alpha-2 code of the country. */
  country_code: col.countryCode(),
  /** Month the table describes (截至), YYYY-MM. */
  as_of: col.yearMonth(),
});

export type CbdcAttitudeRow = RowOf<typeof cbdcAttitudes>;
