import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

/** 表 4: Hyperledger Fabric and FISCO BCOS compared dimension by dimension. */
export const platformComparison = defineDataset({
  id: 'trends-2020/platform-comparison',
  report: 'trends-2020',
  title: { 'zh-CN': '两大开源联盟链平台逐项比较：Fabric 与 FISCO BCOS' },
  description: {
    'zh-CN': '报告表 4 对两个开源联盟链底层平台的逐项比较，每个对比维度一行，两平台的单元格文字照录原表。',
  },
  key: ['dimension_zh'],
  notes: { 'zh-CN': [
    '表 4 共 14 个对比维度（不含表头），逐一收录。',
    '性能一行的 TPS 数字（Fabric 3400、FISCO BCOS 20000）原表注明依赖测试环境、仅供参考；这两个数也记在 stated-figures.csv，构建时核对与本表单元格一致。',
    '社区生态一行里 FISCO BCOS 的规模（成员 4 万以上、机构 2000 以上、投产应用 120 以上）与报告末页金链盟简介的数字（开发者上万、机构逾千、落地应用 80 余）对不上，两组都记在 stated-figures.csv，未作取舍。',
    '共识方式一行的“游历节点”照录原文，疑为 FISCO BCOS 文档中“游离节点”的笔误。',
    '部署支撑一行 Fabric 单元格中的“Baas”大小写照录原文。',
    '原表资料来源：CSDN《Hyperledger Fabric和FISCO BCOS技术对比》、两个项目的 GitHub 文档等。出品方金链盟正是 FISCO BCOS 的推出者，读者宜留意其立场。',
  ] },
  schema: z.object({
    /** Position of the dimension in 表 4, from 1. */
    dimension_order: col.integer({ title: { 'zh-CN': '表中行序' }, unit: 'item' }, { min: 1 }),
    /** Comparison dimension (对比维度) as printed. */
    dimension_zh: col.text({ title: { 'zh-CN': '对比维度' } }),
    /** English name of the dimension. */
    dimension_en: col.text({ title: { 'zh-CN': '对比维度（英文）' } }),
    /** The Hyperledger Fabric cell, as printed. */
    fabric: col.text({ title: { 'zh-CN': 'Hyperledger Fabric' } }),
    /** The FISCO BCOS cell, as printed. */
    fisco_bcos: col.text({ title: { 'zh-CN': 'FISCO BCOS' } }),
    ...sourceColumns('trends-2020'),
  }),
});

export type PlatformComparisonRow = RowOf<typeof platformComparison>;
