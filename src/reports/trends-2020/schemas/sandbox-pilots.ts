import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

/** 表 2: fintech innovation regulatory pilots (China's "sandbox") by city, with the blockchain share. */
export const sandboxPilots = defineDataset({
  id: 'trends-2020/sandbox-pilots',
  report: 'trends-2020',
  title: { 'zh-CN': '各试点城市的金融科技创新监管项目与区块链项目数' },
  description: {
    'zh-CN': '央行推动的金融科技创新监管试点覆盖的九个城市（区），每城一行：试点项目总数及其中与区块链有关的项目数，行序同报告表 2。',
  },
  key: ['city_en'],
  notes: { 'zh-CN': [
    '表 2 的“合计”行（60、20）不是数据行，记在 stated-figures.csv（sandbox_total_projects、sandbox_blockchain_projects），构建时与各城之和核对。',
    '正文称区块链项目恰为总数的三分之一；20/60 与此相符，构建时核对。',
    '正文给出的时间是“截至 2020 年 7 月”，表 2 本身未注明统计时点。',
    '正文列举城市的顺序与表 2 不同；city_full_zh 采用正文中的全称（如“河北雄安新区”），city_zh 照录表 2。',
  ] },
  schema: z.object({
    /** Position of the row in 表 2, from 1. */
    table_order: col.integer({ title: { 'zh-CN': '表中行序' }, unit: 'item' }, { min: 1 }),
    /** City as printed in 表 2. */
    city_zh: col.text({ title: { 'zh-CN': '城市' } }),
    /** Full name of the city or district as the prose gives it. */
    city_full_zh: col.text({ title: { 'zh-CN': '城市（全称）' } }),
    /** English name of the city. */
    city_en: col.text({ title: { 'zh-CN': '城市（英文）' } }),
    /** All pilot projects in the city (个). */
    total_projects: col.integer({ title: { 'zh-CN': '项目总数' }, unit: 'project' }),
    /** Pilot projects involving blockchain (个). */
    blockchain_projects: col.integer({ title: { 'zh-CN': '区块链相关项目数量' }, unit: 'project' }),
    ...sourceColumns('trends-2020'),
  }),
});

export type SandboxPilotRow = RowOf<typeof sandboxPilots>;
