import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

/** 表 4: Hyperledger Fabric and FISCO BCOS compared dimension by dimension. */
export const platformComparison = dataset('platform-comparison', { key: ['dimension_zh'], rows: 14 }, {
  /** Position of the dimension in 表 4, from 1. */
  dimension_order: col.integer({ unit: 'item' }, { min: 1 }),
  /** Comparison dimension (对比维度) as printed. */
  dimension_zh: col.text(),
  /** English name of the dimension. */
  dimension_en: col.text(),
  /** The Hyperledger Fabric cell, as printed. */
  fabric: col.text(),
  /** The FISCO BCOS cell, as printed. */
  fisco_bcos: col.text(),
});

export type PlatformComparisonRow = RowOf<typeof platformComparison>;
