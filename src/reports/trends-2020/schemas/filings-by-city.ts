import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

/** 图 8: blockchain information service filings by city; only the leader's count is published. */
export const filingsByCity = defineDataset({
  id: 'trends-2020/filings-by-city',
  report: 'trends-2020',
  title: { 'zh-CN': '区块链信息服务备案项目数（分城市）' },
  description: {
    'zh-CN': '网信办已公布的四批备案名单中，各城市区块链信息服务项目的数目（图 8）。正文只写出北京的数目，其余城市只点了名、排了先后。',
  },
  key: ['city_en'],
  notes: { 'zh-CN': [
    '图 8 的柱值未公布：正文只给出北京 295 个；深圳、杭州、上海、广州、南京仅按正文提及的先后列出，filings 留空，stated_order 是正文的提及次序，不一定等于名次。',
    '四批清单合计 1015 个项目，记在 stated-figures.csv（filings_total），不是本表的行；构建时只核对已知城市之和不超过合计。',
    '图 8 可能还包含正文未提及的城市，本表无从收录。',
  ] },
  schema: z.object({
    /** Order in which the prose names the city (1 = Beijing, named as the largest). */
    stated_order: col.integer({ title: { 'zh-CN': '正文提及次序' }, unit: 'item' }, { min: 1 }),
    /** City, Chinese. */
    city_zh: col.text({ title: { 'zh-CN': '城市' } }),
    /** City, English. */
    city_en: col.text({ title: { 'zh-CN': '城市（英文）' } }),
    /** Filed projects in the city; blank when the report does not state it. */
    filings: col.integer({ title: { 'zh-CN': '备案项目数' }, unit: 'project' }, { optional: true }),
    /** The count as printed; blank when not stated. */
    filings_text: col.text({ title: { 'zh-CN': '原文数值' } }, { optional: true }),
    /** Last batch covered, YYYY-MM (the fourth list, October 2020). */
    as_of: col.yearMonth({ title: { 'zh-CN': '截至' } }),
    ...sourceColumns('trends-2020'),
  }),
});

export type FilingsByCityRow = RowOf<typeof filingsByCity>;
