import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

/** Provincial-level blockchain policy documents of 2020 named in 壹.03, one row per document. */
export const provincialPolicies = defineDataset({
  id: 'trends-2020/provincial-policies',
  report: 'trends-2020',
  title: { 'zh-CN': '2020 年中国省级区块链政策文件' },
  description: {
    'zh-CN': '报告在中国政策部分点名的省级（含直辖市、自治区）区块链政策：发布月份、地区、发文机关与文件名，每份文件一行；只提到机关、未给出文件名的也各占一行。',
  },
  key: ['id'],
  notes: { 'zh-CN': [
    '文件名照录报告，去掉书名号；江苏、海南、河北三行报告只说相关部门出台了专项行动计划或支持措施，未给文件名与月份，title 与 month 留空。',
    '广西 8 月同时发布两份文件，分作两行。广东的文件由七个省级部门联合印发（七记在 stated-figures.csv）。',
    '本段文字在提取稿中开头缺失：列表从“包括”起，前面可能还有文件未能收录。',
    '北京的行动计划在人才一节再次出现，年份区间写作“2020-2022年”（连字符），此处照录政策一节的写法“2020—2022年”。',
    '趋势篇另提到海南省工信厅发文支持探索数字资产交易平台，未给月份与文件名，可能与本表海南一行是同一批政策，无法确认，未另立一行。',
    '另据正文，福建、云南、湖南等省已把 BSN 写入新基建规划；那是新基建规划而非区块链专项政策，且未给时间，本表不收。',
    'region_code 为 ISO 3166-2:CN 省级代码。',
  ] },
  schema: z.object({
    /** Stable row id, snake_case. */
    id: col.text({ title: { 'zh-CN': '编号' } }),
    /** Month of publication, YYYY-MM; blank when the report gives none. */
    month: col.yearMonth({ title: { 'zh-CN': '发布月份' } }, { optional: true }),
    /** Province-level region, Chinese. */
    region_zh: col.text({ title: { 'zh-CN': '地区' } }),
    /** Province-level region, English. */
    region_en: col.text({ title: { 'zh-CN': '地区（英文）' } }),
    /** ISO 3166-2:CN code of the region. */
    region_code: col.text({ title: { 'zh-CN': '地区代码' }, description: { 'zh-CN': 'ISO 3166-2:CN，如 CN-BJ' } }),
    /** Issuing body as the report names it. */
    issuer_zh: col.text({ title: { 'zh-CN': '发文机关' } }),
    /** Issuing body in English. */
    issuer_en: col.text({ title: { 'zh-CN': '发文机关（英文）' } }),
    /** Document title as printed, without 《》; blank when the report gives none. */
    title: col.text({ title: { 'zh-CN': '文件名称' } }, { optional: true }),
    ...sourceColumns('trends-2020'),
  }),
});

export type ProvincialPolicyRow = RowOf<typeof provincialPolicies>;
