import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

/** Chapter 三、1.–3.: the companies the text names as holding the most granted patents in finance, healthcare and energy. */
export const industryLeaders = defineDataset({
  id: 'patents-2021/industry-leaders',
  report: 'patents-2021',
  title: { 'zh-CN': '重点行业授权专利最多的公司' },
  description: {
    'zh-CN': '第三章在智慧金融、医疗健康、能源三节中，各自点名了授权专利最多的几家公司（金融、医疗各三家，能源两家），只给顺序，不给数量。',
  },
  key: ['industry_zh', 'rank'],
  notes: { 'zh-CN': ['报告没有给出这些公司在各行业的授权件数，这里只记名次。'] },
  schema: z.object({
    /** Sector, as named in 表 3. */
    industry_zh: col.text({ title: { 'zh-CN': '行业' } }),
    /** Position by granted patents within the sector, as the text orders them. */
    rank: col.integer({ title: { 'zh-CN': '名次' }, unit: 'item' }, { min: 1 }),
    /** Company as the text names it. */
    company_zh: col.text({ title: { 'zh-CN': '公司' } }),
    /** English name of the company. */
    company_en: col.text({ title: { 'zh-CN': '公司（英文）' } }),
    ...sourceColumns('patents-2021'),
  }),
});

export type IndustryLeaderRow = RowOf<typeof industryLeaders>;
