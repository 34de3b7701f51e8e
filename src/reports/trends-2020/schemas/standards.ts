import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

export const STANDARD_LEVELS = ['international', 'national', 'industry'] as const;
export const STANDARD_STATUSES = ['released', 'approved', 'project_approved', 'consultation', 'in_preparation'] as const;
export type StandardStatus = (typeof STANDARD_STATUSES)[number];

/** Blockchain standards the report names in 贰.04 标准成果对比, one row per standard. */
export const standards = defineDataset({
  id: 'trends-2020/standards',
  report: 'trends-2020',
  title: { 'zh-CN': '报告点名的区块链标准' },
  description: {
    'zh-CN': '标准一节逐一点名的国际与国内区块链标准：制定机构、层级、所处阶段与时间，每项标准一行。只有数量、没有名称的（如 16 项团体标准、IEEE 在研的 20 余项）记在 stated-figures.csv。',
  },
  key: ['id'],
  notes: { 'zh-CN': [
    '本节开头在提取稿中缺失：前三行只剩标准名（第一项的中文名开头也缺了字，照录为“约束力的智能合约”），制定机构、层级与阶段均无从得知，留空，不据推测补上。',
    '国际标准的英文名照录报告；国内标准报告只给中文名，title_en 为本站翻译（title_en_printed 为 false）。',
    'ITU 的三项于 2020 年 6 月审议通过；IEEE 的三项报告只说“今年”发布，记年份不记月份。',
    '《金融分布式账本技术应用指南》在 ITU-T SG16 立项，发起单位为央行数字货币研究所、中国信通院、华为等；立项时间报告未写。',
    '金融行业标准由央行数研所与金标委组织制定；“术语、参考架构、贸易金融规范”三项报告只说正在筹划或撰写，名称是简称。',
  ] },
  schema: z.object({
    /** Stable row id, snake_case. */
    id: col.text({ title: { 'zh-CN': '编号' } }),
    /** Standards body or organiser, Chinese; blank where the text is lost. */
    body_zh: col.text({ title: { 'zh-CN': '制定机构' } }, { optional: true }),
    /** The same in English. */
    body_en: col.text({ title: { 'zh-CN': '制定机构（英文）' } }, { optional: true }),
    /** international, national or industry; blank where unknown. */
    level: col.oneOf(STANDARD_LEVELS, { title: { 'zh-CN': '层级' }, description: { 'zh-CN': 'international 国际；national 国家；industry 行业' } }, { optional: true }),
    /** Stage: released, approved, project_approved, consultation or in_preparation; blank where unknown. */
    status: col.oneOf(
      STANDARD_STATUSES,
      { title: { 'zh-CN': '阶段' }, description: { 'zh-CN': 'released 已发布；approved 已审议通过；project_approved 已立项；consultation 已完成起草、征求意见中；in_preparation 筹划或撰写中' } },
      { optional: true },
    ),
    /** Year of the stage, when stated. */
    year: col.year({ title: { 'zh-CN': '年份' } }, { optional: true }),
    /** Month of the stage, YYYY-MM, when stated. */
    month: col.yearMonth({ title: { 'zh-CN': '月份' } }, { optional: true }),
    /** Chinese name as printed. */
    title_zh: col.text({ title: { 'zh-CN': '标准名称' } }),
    /** English name: as printed for international standards, translated otherwise. */
    title_en: col.text({ title: { 'zh-CN': '标准名称（英文）' } }),
    /** true when title_en is the report's own English. */
    title_en_printed: col.flag({ title: { 'zh-CN': '英文名是否为原文' } }),
    ...sourceColumns('trends-2020'),
  }),
});

export type StandardRow = RowOf<typeof standards>;
