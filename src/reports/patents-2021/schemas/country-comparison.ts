import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';
import { QUALIFIERS } from '../../../data/qualifiers.ts';
import type { Unit } from '../../../data/units.ts';

/**
 * The measures chapter 一、1. compares across countries. Each id names what
 * `value` holds; its unit is fixed here and the build checks the `unit` cell
 * against it.
 */
export const COUNTRY_METRICS = {
  applications: { zh: '专利申请数量', en: 'Patent applications', unit: 'patent' },
  applications_rank: { zh: '申请数量排名', en: 'Rank by applications', unit: 'item' },
  applications_share: { zh: '占全球申请量的比例', en: 'Share of global applications', unit: 'percent' },
  granted: { zh: '授权专利数量', en: 'Granted patents', unit: 'patent' },
  granted_rank: { zh: '授权数量排名', en: 'Rank by granted patents', unit: 'item' },
  grant_rate: { zh: '授权占比（授权 ÷ 申请）', en: 'Grant rate (granted ÷ applications)', unit: 'percent' },
  families: { zh: '专利家族数量', en: 'Patent families', unit: 'family' },
  families_single_share: { zh: '仅含 1 件专利的家族占比', en: 'Share of families with a single member', unit: 'percent' },
  families_multi_share: { zh: '含 2 件及以上专利的家族占比', en: 'Share of families with two or more members', unit: 'percent' },
  cited: { zh: '被引用过的专利数量', en: 'Patents cited at least once', unit: 'patent' },
  citation_rate: { zh: '被引用率（被引专利 ÷ 申请）', en: 'Citation rate (cited ÷ applications)', unit: 'percent' },
  international: { zh: '国际专利申请数量', en: 'International patent applications', unit: 'patent' },
  international_share: { zh: '国际申请占本国申请总量的比例', en: 'International applications as a share of all applications', unit: 'percent' },
} as const satisfies Record<string, { zh: string; en: string; unit: Unit }>;

export type CountryMetric = keyof typeof COUNTRY_METRICS;
const METRIC_IDS = Object.keys(COUNTRY_METRICS) as [CountryMetric, ...CountryMetric[]];

/** Chapter 一、1. (with China's total from 一、2.): China, the US, Korea and the world compared, one row per country and measure. */
export const countryComparison = defineDataset({
  id: 'patents-2021/country-comparison',
  report: 'patents-2021',
  title: { 'zh-CN': '各国区块链专利质量对比' },
  description: {
    'zh-CN': '第一章比较各国专利的数量与质量：申请、授权、专利家族、被引用与国际申请，以及对应的占比。每个国家（或全球合计）的每项指标占一行，只收录正文写明的数字。',
  },
  key: ['country_en', 'metric'],
  notes: { 'zh-CN': [
    '只收正文明确给出的数字：美国、韩国的申请总量，韩国的被引用与国际申请情况，日本、英国除申请排名外的各项，报告均未写出，因而没有对应的行。',
    '全球合计一行的国家代码留空，国家名写作“全球 / World”。',
    '“万”已换算：5.49 万件记为 54900，0.33 万组记为 3300；原写法保留在 value_text 列，四舍五入的精度由此可见。',
    '美国的占比（授权 26%、被引 31%、国际 40%）没有对应的申请总量，构建时用“美国约占全球申请 19%”推算出的区间核对这些占比，结果相符。',
    '排名行（applications_rank、granted_rank）的 value_text 照录报告列出的国家顺序，名次即其在该列表中的位置。',
    '小标题说中国被引用率比美国低 7 个百分点，而正文数字（23% 与 31%）相差 8 个百分点，详见 stated-figures.csv 的 cn_us_citation_rate_gap。',
  ] },
  schema: z.object({
    /** ISO 3166-1 alpha-2 code; blank for the world total. */
    country_code: col.countryCode({ title: { 'zh-CN': '国家代码' }, description: { 'zh-CN': '全球合计留空' } }, { optional: true }),
    /** Country (or 全球 for the world total), Chinese. */
    country_zh: col.text({ title: { 'zh-CN': '国家' } }),
    /** Country (or World), English. */
    country_en: col.text({ title: { 'zh-CN': '国家（英文）' } }),
    /** Which measure the row holds; see COUNTRY_METRICS for its meaning and unit. */
    metric: col.oneOf(METRIC_IDS, { title: { 'zh-CN': '指标' }, description: { 'zh-CN': '指标编号，含义与单位见数据说明' } }),
    /** The figure as a plain number (万 multiplied out, percentages in percent). */
    value: col.number({ title: { 'zh-CN': '数值' }, description: { 'zh-CN': '普通数字，万已展开；单位见 unit 列' }, unit: 'item' }, { min: 0 }),
    /** Unit of `value`; must match the metric. */
    unit: col.unit({ title: { 'zh-CN': '单位' } }),
    /** Whether the report gives the figure as exact or approximate (近 60% → nearly). */
    qualifier: col.oneOf(QUALIFIERS, { title: { 'zh-CN': '限定' }, description: { 'zh-CN': 'exact 精确；nearly 近；about 约；over 超过' } }),
    /** The figure as printed. */
    value_text: col.text({ title: { 'zh-CN': '原文数值' } }),
    /** Period the figure covers. */
    period: col.text({ title: { 'zh-CN': '时间' } }, { optional: true }),
    ...sourceColumns('patents-2021'),
  }),
});

export type CountryComparisonRow = RowOf<typeof countryComparison>;
