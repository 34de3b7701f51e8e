import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

export const BAND_ROW_KINDS = ['band', 'sub_row'] as const;

/** 表 1: Chinese companies by how many blockchain patent applications each filed, bands and the three sub-rows printed under 1 ~ 9 件. */
export const applicationBands = defineDataset({
  id: 'patents-2021/application-bands',
  report: 'patents-2021',
  title: { 'zh-CN': '中国公司按区块链专利申请量分档' },
  description: {
    'zh-CN': '把 2015 年以来在中国参与区块链专利申请的公司按各自的累计申请量分档计数。四个档位之外，表 1 在“1 ~ 9 件”之下还印有三个子行，原样保留。',
  },
  key: ['band_id'],
  notes: { 'zh-CN': [
    '“> (1 件)”“> (2 件)”“> (3 件)”三个子行的含义报告没有交代。它们相加为 3658 家，并不等于“1 ~ 9 件”档的 4119 家。一种读法是“恰好 1、2、3 件”，那么剩下的 461 家是 4~9 件，报告未列；另一种读法是“多于 1、2、3 件”，三个数逐级包含，不能相加。两种读法都与三个数逐行递减相容，因此子行不设上下限，也不参与任何加总。',
    '四个档位合计 4386 家；正文说参与申请的中国公司“近 4500 家”，两者相差 114 家，报告未作说明。',
    '档位的上下限取自表头文字（“以上”按含本数理解，与相邻档位 100 ~ 999 衔接）；子行的上下限留空。',
  ] },
  schema: z.object({
    /** Stable id of the row, e.g. `100_999`, `1_9_sub_1`. */
    band_id: col.text({ title: { 'zh-CN': '编号' } }),
    /** The row label exactly as printed in 表 1. */
    band_label: col.text({ title: { 'zh-CN': '专利申请数量区间' } }),
    /** `band` for the four application-count bands, `sub_row` for the rows printed under 1 ~ 9 件. */
    row_kind: col.oneOf(BAND_ROW_KINDS, { title: { 'zh-CN': '行类型' }, description: { 'zh-CN': 'band 档位；sub_row 档位下的子行（含义不明）' } }),
    /** For a sub-row, the band_id of the band it is printed under. */
    parent_band: col.text({ title: { 'zh-CN': '所属档位' } }, { optional: true }),
    /** Fewest applications a company in the band has; blank for sub-rows. */
    min_applications: col.integer({ title: { 'zh-CN': '下限（件）' }, unit: 'patent' }, { optional: true }),
    /** Most applications a company in the band has; blank when open-ended or for sub-rows. */
    max_applications: col.integer({ title: { 'zh-CN': '上限（件）' }, unit: 'patent' }, { optional: true }),
    /** Number of companies (家). */
    companies: col.integer({ title: { 'zh-CN': '公司' }, unit: 'company' }),
    ...sourceColumns('patents-2021'),
  }),
});

export type ApplicationBandRow = RowOf<typeof applicationBands>;
