import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

export const AMOUNT_CURRENCIES = ['CNY', 'USD'] as const;
export type AmountCurrency = (typeof AMOUNT_CURRENCIES)[number];

/** exact: a figure is printed; range: only an order of magnitude (数千万); undisclosed: 未披露. */
export const AMOUNT_PRECISIONS = ['exact', 'range', 'undisclosed'] as const;
export type AmountPrecision = (typeof AMOUNT_PRECISIONS)[number];

/** 表 3: consortium-chain companies and projects funded in 2020, one row per company. */
export const fundedCompanies = defineDataset({
  id: 'trends-2020/funded-companies',
  report: 'trends-2020',
  title: { 'zh-CN': '2020 年获得融资的联盟链代表企业' },
  description: {
    'zh-CN': '报告表 3 列出的 12 家 2020 年获得投资的联盟链企业（数据来源：烯牛数据）：赛道、所在城市、轮次、最近一次获投日期与金额。金额既保留原文写法，也拆成数值、币种与精确程度。',
  },
  key: ['company'],
  notes: { 'zh-CN': [
    '金额换算：3.24 亿美元记为 324000000（USD），1 亿人民币记为 100000000（CNY），万、亿均已展开。',
    '“数千万人民币”只说明量级，不是确数：amount_value 留空，币种记 CNY，amount_precision 记 range；图表与合计不得把它当作数值。',
    '“未披露”的行 amount_disclosed 为 false，数值与币种均留空。',
    '易见股份一行的轮次为“股权转让”，金额是股权交易的对价，性质与其他行的融资额不同，不宜直接相加比较。',
    '报告注明表中信息取自网络，编者不保证其真实性。',
    '公司名只有中文写法，报告未给出英文名，因此本表不提供英文公司名。',
  ] },
  schema: z.object({
    /** Company name as printed in 表 3. */
    company: col.text({ title: { 'zh-CN': '公司名称' } }),
    /** Business track (赛道类型) as printed. */
    track_zh: col.text({ title: { 'zh-CN': '赛道类型' } }),
    /** English translation of the track. */
    track_en: col.text({ title: { 'zh-CN': '赛道类型（英文）' } }),
    /** City (地点) as printed. */
    city_zh: col.text({ title: { 'zh-CN': '地点' } }),
    /** English name of the city. */
    city_en: col.text({ title: { 'zh-CN': '地点（英文）' } }),
    /** Funding round (当前轮次) as printed. */
    round: col.text({ title: { 'zh-CN': '当前轮次' } }),
    /** English name of the round. */
    round_en: col.text({ title: { 'zh-CN': '当前轮次（英文）' } }),
    /** Date of the latest investment (最新获投时间), YYYY-MM-DD. */
    date: col.date({ title: { 'zh-CN': '最新获投时间' } }),
    /** The amount exactly as printed (最新融资金额), e.g. 3.24 亿美元, 数千万人民币, 未披露. */
    amount_text: col.text({ title: { 'zh-CN': '最新融资金额（原文）' } }),
    /** The amount as a plain number in `amount_currency`; blank when undisclosed or only a range. */
    amount_value: col.number(
      { title: { 'zh-CN': '融资金额' }, description: { 'zh-CN': '已换算为普通数字（万、亿已展开），币种见 amount_currency；未披露或仅给量级时留空' }, unit: 'item' },
      { optional: true, min: 0 },
    ),
    /** Currency of the amount (CNY or USD); blank when not disclosed. */
    amount_currency: col.oneOf(AMOUNT_CURRENCIES, { title: { 'zh-CN': '币种' }, description: { 'zh-CN': 'CNY 人民币；USD 美元' } }, { optional: true }),
    /** false when the table says 未披露. */
    amount_disclosed: col.flag({ title: { 'zh-CN': '是否披露金额' } }),
    /** exact, range (e.g. 数千万) or undisclosed. */
    amount_precision: col.oneOf(AMOUNT_PRECISIONS, {
      title: { 'zh-CN': '金额精确程度' },
      description: { 'zh-CN': 'exact 给出确数；range 仅给量级（如“数千万”）；undisclosed 未披露' },
    }),
    ...sourceColumns('trends-2020'),
  }),
});

export type FundedCompanyRow = RowOf<typeof fundedCompanies>;

export interface ParsedAmount {
  value: number | null;
  currency: AmountCurrency | null;
  disclosed: boolean;
  precision: AmountPrecision;
}

const MULTIPLIER: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8 };
const CURRENCY: Record<string, AmountCurrency> = { 人民币: 'CNY', 美元: 'USD' };

/**
 * Reads a 表 3 amount cell: "3.24 亿美元" → 324000000 USD exact; "数千万人民币" →
 * no value, CNY, range; "未披露" → undisclosed. Returns null for a cell it cannot read.
 */
export function parseAmountText(text: string): ParsedAmount | null {
  const t = text.replace(/\s+/g, '');
  if (t === '未披露') return { value: null, currency: null, disclosed: false, precision: 'undisclosed' };
  const vague = /^数[十百千]?[万亿]?(人民币|美元)$/.exec(t);
  if (vague) return { value: null, currency: CURRENCY[vague[1]!]!, disclosed: true, precision: 'range' };
  const exact = /^(\d+(?:\.\d+)?)([万亿]?)(人民币|美元)$/.exec(t);
  if (!exact) return null;
  // Scale through integers so 3.24 亿 is exactly 324000000, not 324000000.00000006.
  const [whole, frac = ''] = exact[1]!.split('.');
  const scaled = (Number(whole + frac) * MULTIPLIER[exact[2]!]!) / 10 ** frac.length;
  return { value: Math.round(scaled * 100) / 100, currency: CURRENCY[exact[3]!]!, disclosed: true, precision: 'exact' };
}
