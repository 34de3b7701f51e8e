import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

export const FORECAST_REGIONS = ['global', 'cn'] as const;
export const FORECAST_KINDS = ['forecast'] as const;

/** IDC blockchain spending forecasts the prose quotes (图 2 global, 图 7 China): only the published points. */
export const marketForecasts = defineDataset({
  id: 'trends-2020/market-forecasts',
  report: 'trends-2020',
  title: { 'zh-CN': 'IDC 区块链市场支出预测（全球与中国）' },
  description: {
    'zh-CN': '报告引用的 IDC《全球区块链支出指南》预测值：每个地区、每个年份一行，金额以美元计，附原文写法与 IDC 版本。只收正文写明的年份。',
  },
  key: ['region', 'year'],
  notes: { 'zh-CN': [
    '图 2 画的是 2018–2023 年全球支出、图 7 画的是 2020–2024 年中国支出，但正文只写出全球 2020 年与 2023 年、中国 2024 年三个数；其余年份的柱值未公布，本表不收，也不按增长率推算。',
    '全球数字只计联盟链与分布式账本技术的支出，不含虚拟货币相关支出（报告引 IDC 的说明）；中国数字未注明口径。',
    '复合增长率（全球 57.1%、亚太 55.3%、制造与资源行业 60.5%、中国 51%）记在 stated-figures.csv，不在本表。',
    '由全球 2020 年与 2023 年两点反推的年均增速约 50%，低于报告所说的 57.1%；后者是五年期（2018–2023）的增速，起点不同，二者并不矛盾，但 2018 年的值报告未给出，无法复核。',
    '全球数字出自 2020V1 版（未注明发布月份），中国数字出自 2020 年 8 月发布的 2020V2 版；图 7 的图注写作“IDC 中国”。',
  ] },
  schema: z.object({
    /** global or cn. */
    region: col.oneOf(FORECAST_REGIONS, { title: { 'zh-CN': '地区代码' }, description: { 'zh-CN': 'global 全球；cn 中国' } }),
    /** Region, Chinese. */
    region_zh: col.text({ title: { 'zh-CN': '地区' } }),
    /** Region, English. */
    region_en: col.text({ title: { 'zh-CN': '地区（英文）' } }),
    /** Year the spending refers to. */
    year: col.year({ title: { 'zh-CN': '年份' } }),
    /** Forecast spending in US dollars, 亿 multiplied out. */
    value_usd: col.number({ title: { 'zh-CN': '市场支出' }, description: { 'zh-CN': '美元，亿已展开' }, unit: 'usd' }, { min: 0 }),
    /** The value as printed, e.g. 42.8亿美元. */
    value_text: col.text({ title: { 'zh-CN': '原文数值' } }),
    /** Whether the point is a forecast (all points here are). */
    kind: col.oneOf(FORECAST_KINDS, { title: { 'zh-CN': '性质' }, description: { 'zh-CN': 'forecast 预测值' } }),
    /** Who made the forecast. */
    publisher: col.text({ title: { 'zh-CN': '预测机构' } }),
    /** Publication title as the report names it in Chinese. */
    publication_zh: col.text({ title: { 'zh-CN': '出处' } }),
    /** Publication title and version in English, as the report gives it. */
    publication_en: col.text({ title: { 'zh-CN': '出处（英文）' } }),
    /** IDC version code, e.g. 2020V1. */
    edition: col.text({ title: { 'zh-CN': '版本' } }),
    /** Month the publication came out, when the report says. */
    published: col.yearMonth({ title: { 'zh-CN': '发布时间' } }, { optional: true }),
    ...sourceColumns('trends-2020'),
  }),
});

export type MarketForecastRow = RowOf<typeof marketForecasts>;
