import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

export const SALARY_MARKETS = ['europe', 'remote', 'us'] as const;

/** 图 14: average yearly pay of blockchain back-end engineers by market (Cryptocurrency Jobs data). */
export const engineerSalaries = defineDataset({
  id: 'trends-2020/engineer-salaries',
  report: 'trends-2020',
  title: { 'zh-CN': '区块链后端工程师平均年薪（欧洲、远程、美国）' },
  description: {
    'zh-CN': '图 14 比较的三个就业市场，每个一行，顺序同图注；年薪以美元计，数据截至 2020 年 10 月，来源为 Cryptocurrency Jobs 网站。',
  },
  key: ['market'],
  notes: { 'zh-CN': [
    '正文只写出美国 11 万美元与欧洲 8.5 万美元；图 14 中“远程”一栏的数值未公布，salary_usd 留空，不从图上估读。',
    '美国与欧洲两个数同时记在 stated-figures.csv（backend_salary_us、backend_salary_eu），构建时核对两处一致。',
  ] },
  schema: z.object({
    /** Market code: europe, remote or us. */
    market: col.oneOf(SALARY_MARKETS, { title: { 'zh-CN': '市场代码' }, description: { 'zh-CN': 'europe 欧洲；remote 远程；us 美国' } }),
    /** Position in the caption of 图 14, from 1. */
    figure_order: col.integer({ title: { 'zh-CN': '图中次序' }, unit: 'item' }, { min: 1 }),
    /** Market, Chinese. */
    market_zh: col.text({ title: { 'zh-CN': '市场' } }),
    /** Market, English. */
    market_en: col.text({ title: { 'zh-CN': '市场（英文）' } }),
    /** Average yearly salary in US dollars; blank when not stated. */
    salary_usd: col.number({ title: { 'zh-CN': '平均年薪' }, unit: 'usd_per_year' }, { optional: true, min: 0 }),
    /** The salary as printed; blank when not stated. */
    salary_text: col.text({ title: { 'zh-CN': '原文数值' } }, { optional: true }),
    /** Month the data run to, YYYY-MM. */
    as_of: col.yearMonth({ title: { 'zh-CN': '截至' } }),
    ...sourceColumns('trends-2020'),
  }),
});

export type EngineerSalaryRow = RowOf<typeof engineerSalaries>;
