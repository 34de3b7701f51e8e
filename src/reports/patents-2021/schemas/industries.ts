import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

/** 表 3: Chinese blockchain patents by application sector, one row per sector. */
export const industries = defineDataset({
  id: 'patents-2021/industries',
  report: 'patents-2021',
  title: { 'zh-CN': '中国区块链专利的行业分布' },
  description: {
    'zh-CN': '按应用行业统计的中国区块链专利：每个行业的申请量、参与申请的公司数、授权量和获得授权的公司数。共 19 个行业，行序同报告表 3（按授权量从多到少）。',
  },
  key: ['name_zh'],
  notes: { 'zh-CN': [
    '表 3 只列 19 个行业；正文说行业应用专利覆盖 40 多个行业、共 1.61 万件，19 行的申请量合计 8823 件，其余行业报告未列出。',
    '同一家公司可在多个行业申请，因此公司数各行不能相加。',
    '表中“4,998”“1,426”带千位分隔符，这里写作普通数字。',
    '正文对智慧金融、医疗健康和能源三行另有文字叙述，构建时逐项核对；金融一行与正文的出入见 stated-figures.csv 的说明。',
  ] },
  schema: z.object({
    /** Sector as printed (应用场景). */
    name_zh: col.text({ title: { 'zh-CN': '应用场景' } }),
    /** Sector, English. */
    name_en: col.text({ title: { 'zh-CN': '应用场景（英文）' } }),
    /** Patent applications in the sector (件). */
    applications: col.integer({ title: { 'zh-CN': '专利申请数量' }, unit: 'patent' }),
    /** Companies that filed in the sector (家). */
    applicant_companies: col.integer({ title: { 'zh-CN': '参与专利申请的公司数量' }, unit: 'company' }),
    /** Granted patents in the sector (件). */
    granted: col.integer({ title: { 'zh-CN': '授权专利数量' }, unit: 'patent' }),
    /** Companies with at least one granted patent in the sector (家). */
    granted_companies: col.integer({ title: { 'zh-CN': '获得授权专利的公司数量' }, unit: 'company' }),
    ...sourceColumns('patents-2021'),
  }),
});

export type IndustryRow = RowOf<typeof industries>;
