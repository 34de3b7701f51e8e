import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

/** 表 1: the 20 critical and emerging technologies of the 2020 US national strategy. */
export const usCriticalTechnologies = defineDataset({
  id: 'trends-2020/us-critical-technologies',
  report: 'trends-2020',
  title: { 'zh-CN': '美国 2020 年列出的 20 项关键与新兴技术' },
  description: {
    'zh-CN': '美国白宫 2020 年 10 月公布的国家战略所列 20 项关键与新兴技术，按报告表 1 的编号排列；分布式账本技术为第 14 项。',
  },
  key: ['number'],
  notes: { 'zh-CN': [
    '英文名称采用白宫文件 National Strategy for Critical and Emerging Technologies 中的官方写法；中文名称照录报告表 1。',
    '清单按英文字母顺序编号，编号不代表重要程度。',
  ] },
  schema: z.object({
    /** Item number as printed in 表 1, 1–20. */
    number: col.integer({ title: { 'zh-CN': '序号' }, unit: 'item' }, { min: 1, max: 20 }),
    /** Technology name as printed in the report (Chinese). */
    name_zh: col.text({ title: { 'zh-CN': '技术' } }),
    /** Official English name from the White House list. */
    name_en: col.text({ title: { 'zh-CN': '技术（英文）' } }),
    ...sourceColumns('trends-2020'),
  }),
});

export type UsCriticalTechnologyRow = RowOf<typeof usCriticalTechnologies>;
