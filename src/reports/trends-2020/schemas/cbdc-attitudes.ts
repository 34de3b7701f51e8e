import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

export const CBDC_ATTITUDES = ['issued', 'pilot', 'research', 'no_plan'] as const;
export type CbdcAttitude = (typeof CBDC_ATTITUDES)[number];

/** 表 5: where selected countries stood on central bank digital currency, November 2020. */
export const cbdcAttitudes = defineDataset({
  id: 'trends-2020/cbdc-attitudes',
  report: 'trends-2020',
  title: { 'zh-CN': '27 国央行数字货币（CBDC）进展分类（2020 年 11 月）' },
  description: {
    'zh-CN': '报告表 5 按“已发行、试点、研究、暂无计划”四类列出的 27 个国家，每国一行，附 ISO 国家代码，便于制图。',
  },
  key: ['country_code'],
  notes: { 'zh-CN': [
    '表 5 只列“部分国家”，不是全集：四类依次为 9、5、12、1 个国家，构建时按此核对。',
    '正文说截至 2020 年 11 月已有 10 个发展中国家推出 CBDC，而表 5“已发行”一栏只列 9 国；两处数字不一致，报告未说明差在哪一国。本表照录表 5，10 记在 stated-figures.csv（cbdc_issued_developing），构建时只核对表中国数不超过 10、且正文点名的塞内加尔与厄瓜多尔都在“已发行”栏。',
    '分类照录报告，未按其他资料修正。',
    'table_order 为国家在表 5 同一栏内的先后次序。',
  ] },
  schema: z.object({
    /** Attitude code: issued, pilot, research or no_plan. */
    attitude: col.oneOf(CBDC_ATTITUDES, { title: { 'zh-CN': '态度代码' }, description: { 'zh-CN': 'issued 已发行；pilot 试点；research 研究；no_plan 暂无计划' } }),
    /** Attitude as printed in 表 5. */
    attitude_zh: col.text({ title: { 'zh-CN': '态度' } }),
    /** Attitude in English. */
    attitude_en: col.text({ title: { 'zh-CN': '态度（英文）' } }),
    /** Position of the country within its row of 表 5, from 1. */
    table_order: col.integer({ title: { 'zh-CN': '栏内次序' }, unit: 'item' }, { min: 1 }),
    /** Country as printed. */
    country_zh: col.text({ title: { 'zh-CN': '国家' } }),
    /** Country in English. */
    country_en: col.text({ title: { 'zh-CN': '国家（英文）' } }),
    /** ISO 3166-1 alpha-2 code of the country. */
    country_code: col.countryCode({ title: { 'zh-CN': '国家代码' } }),
    /** Month the table describes (截至), YYYY-MM. */
    as_of: col.yearMonth({ title: { 'zh-CN': '截至' } }),
    ...sourceColumns('trends-2020'),
  }),
});

export type CbdcAttitudeRow = RowOf<typeof cbdcAttitudes>;
