import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

export const LEADING_COMPANY_METRICS = ['applications', 'granted', 'cited'] as const;

/** Chapter 一、2.: the three Chinese companies the text names as leading in applications, grants and cited patents. */
export const leadingCompanies = defineDataset({
  id: 'patents-2021/leading-companies',
  report: 'patents-2021',
  title: { 'zh-CN': '中国区块链专利头部公司：申请、授权与被引用' },
  description: {
    'zh-CN': '正文在中国专利分析中分别点名了申请量、授权量和被引用专利数最多的三家公司，并给出各自数字。每家公司每项指标一行，名次为其在中国公司中的位次。',
  },
  key: ['company_zh', 'metric'],
  notes: { 'zh-CN': [
    '三项排名都是蚂蚁集团、平安集团与腾讯，只是授权量一项腾讯排在平安集团之前。',
    '授权与被引用数字与表 2 中三家公司的对应列一致，构建时核对。',
  ] },
  schema: z.object({
    /** Company as the text names it. */
    company_zh: col.text({ title: { 'zh-CN': '公司' } }),
    /** English name of the company. */
    company_en: col.text({ title: { 'zh-CN': '公司（英文）' } }),
    /** applications = patent applications; granted = granted patents; cited = patents cited at least once. */
    metric: col.oneOf(LEADING_COMPANY_METRICS, { title: { 'zh-CN': '指标' }, description: { 'zh-CN': 'applications 申请量；granted 授权量；cited 被引用专利数' } }),
    /** Position among Chinese companies on this metric, as the text orders them. */
    rank_cn: col.integer({ title: { 'zh-CN': '中国排名' }, unit: 'item' }, { min: 1 }),
    /** Number of patents (件). */
    value: col.integer({ title: { 'zh-CN': '专利数量' }, unit: 'patent' }),
    ...sourceColumns('patents-2021'),
  }),
});

export type LeadingCompanyRow = RowOf<typeof leadingCompanies>;
