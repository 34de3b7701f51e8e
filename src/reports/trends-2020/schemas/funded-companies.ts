import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

export const AMOUNT_CURRENCIES = ['CNY', 'USD'] as const;
export type AmountCurrency = (typeof AMOUNT_CURRENCIES)[number];

/** exact: a figure is printed; range: only an order of magnitude (数千万); undisclosed: 未披露. */
export const AMOUNT_PRECISIONS = ['exact', 'range', 'undisclosed'] as const;
export type AmountPrecision = (typeof AMOUNT_PRECISIONS)[number];

/** 表 3: consortium-chain companies and projects funded in 2020, one row per company. */
export const fundedCompanies = dataset('funded-companies', { key: ['company'], rows: 12 }, {
  /** Company name as printed in 表 3. */
  company: col.text(),
  /** The company's English name: its own where it has one, else a transliteration (see company_en_note). */
  company_en: col.text(),
  /** Blank where company_en is the company's own English name; else why it is not certain, so pages show the original beside it. */
  company_en_note: col.text({ optional: true }),
  /** Business track (赛道类型) as printed. */
  track_zh: col.text(),
  /** English translation of the track. */
  track_en: col.text(),
  /** City (地点) as printed. */
  city_zh: col.text(),
  /** English name of the city. */
  city_en: col.text(),
  /** Funding round (当前轮次) as printed. */
  round: col.text(),
  /** English name of the round. */
  round_en: col.text(),
  /** Date of the latest investment (最新获投时间), YYYY-MM-DD. */
  date: col.date(),
  /** The amount exactly as printed (最新融资金额), e.g. 3.24 亿美元, 数千万人民币, 未披露. */
  amount_text: col.text(),
  /** The amount as a plain number in `amount_currency`; blank when undisclosed or only a range. */
  amount_value: col.number(
    { unit: 'item' },
    { optional: true, min: 0 },
  ),
  /** Currency of the amount (CNY or USD); blank when not disclosed. */
  amount_currency: col.oneOf(AMOUNT_CURRENCIES, { optional: true }),
  /** false when the table says 未披露. */
  amount_disclosed: col.flag(),
  /** exact, range (e.g. 数千万) or undisclosed. */
  amount_precision: col.oneOf(AMOUNT_PRECISIONS),
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
