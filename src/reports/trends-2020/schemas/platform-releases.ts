import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

/** Versions of Hyperledger Fabric and FISCO BCOS the report dates, one row per release. */
export const platformReleases = defineDataset({
  id: 'trends-2020/platform-releases',
  report: 'trends-2020',
  title: { 'zh-CN': 'Fabric 与 FISCO BCOS 的版本发布时间' },
  description: {
    'zh-CN': '报告为说明两平台迭代快慢而提到的版本及其发布时间，每个版本一行。',
  },
  key: ['platform', 'version'],
  notes: { 'zh-CN': [
    'FISCO BCOS 2.0 报告只说 2019 年发布，没有月份，month 留空。',
    '报告只点了这四个版本，其间的版本一概未提，不能据此计算发布频率。',
  ] },
  schema: z.object({
    /** Platform name. */
    platform: col.text({ title: { 'zh-CN': '平台' } }),
    /** Version as the report writes it, without a leading v. */
    version: col.text({ title: { 'zh-CN': '版本' } }),
    /** Year of release. */
    year: col.year({ title: { 'zh-CN': '发布年份' } }),
    /** Month of release, YYYY-MM, when stated. */
    month: col.yearMonth({ title: { 'zh-CN': '发布月份' } }, { optional: true }),
    ...sourceColumns('trends-2020'),
  }),
});

export type PlatformReleaseRow = RowOf<typeof platformReleases>;
