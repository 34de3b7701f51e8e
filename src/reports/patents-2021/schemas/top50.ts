import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

/** 表 2: the 2021 global blockchain patent quality TOP50, one row per company. */
export const top50 = defineDataset({
  id: 'patents-2021/top50',
  report: 'patents-2021',
  title: { 'zh-CN': '2021 年全球区块链专利质量榜单 TOP50' },
  description: {
    'zh-CN': '专利申请量超过 100 件的公司中，按授权、被引用、底层技术、专利家族、国际申请五个维度（各占权重 20）综合评分的前 50 家公司。',
  },
  key: ['rank'],
  notes: { 'zh-CN': [
    '蚂蚁集团的专利数包含阿里巴巴、创新先进与支付宝；京东科技包含京东（报告表 2 注 2、注 3）。',
    '报告未公布五个维度如何换算为得分，只给出权重，因此得分无法由各列数据复算。',
  ] },
  schema: z.object({
    /** Position in the ranking, 1 = best. */
    rank: col.integer({ title: { 'zh-CN': '排名' }, unit: 'item' }, { min: 1, max: 50 }),
    /** Company name as printed in the report (行标签). */
    company_zh: col.text({ title: { 'zh-CN': '公司' } }),
    /** English name of the company. */
    company_en: col.text({ title: { 'zh-CN': '公司（英文）' } }),
    /** Home country, Chinese name. */
    country_zh: col.text({ title: { 'zh-CN': '国家' } }),
    /** Home country, English name. */
    country_en: col.text({ title: { 'zh-CN': '国家（英文）' } }),
    /** ISO 3166-1 alpha-2 code of the home country. */
    country_code: col.countryCode({ title: { 'zh-CN': '国家代码' } }),
    /** Granted blockchain patents (件). */
    granted: col.integer({ title: { 'zh-CN': '授权专利数量' }, unit: 'patent' }),
    /** Patents cited at least once by later patents (件). */
    cited: col.integer({ title: { 'zh-CN': '专利被引用数量' }, unit: 'patent' }),
    /** Patents on core (underlying) blockchain technology (件). */
    core_tech: col.integer({ title: { 'zh-CN': '技术专利数量' }, description: { 'zh-CN': '区块链底层技术专利' }, unit: 'patent' }),
    /** Patent families (组) the company holds. */
    families: col.integer({ title: { 'zh-CN': '专利家族数量' }, unit: 'family' }),
    /** International (non-home-office) patent applications (件). */
    international: col.integer({ title: { 'zh-CN': '国际专利申请数量' }, unit: 'patent' }),
    /** Composite patent quality score, 0–100. */
    score: col.number({ title: { 'zh-CN': '专利质量得分' }, unit: 'score' }, { min: 0, max: 100 }),
    ...sourceColumns('patents-2021'),
  }),
});

export type Top50Row = RowOf<typeof top50>;
