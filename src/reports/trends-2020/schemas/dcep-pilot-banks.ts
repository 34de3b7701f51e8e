import { z } from 'zod';
import { col } from '../../../data/columns.ts';
import { defineDataset, sourceColumns, type RowOf } from '../../../data/dataset.ts';

/** Banks taking part in the 2020 digital-yuan red-packet pilots (Shenzhen, Suzhou), one row per pilot and bank. */
export const dcepPilotBanks = defineDataset({
  id: 'trends-2020/dcep-pilot-banks',
  report: 'trends-2020',
  title: { 'zh-CN': '数字人民币红包试点的参与银行' },
  description: {
    'zh-CN': '2020 年深圳（10 月）与苏州（12 月）两次数字人民币红包试点中参与的商业银行，每个试点、每家银行一行。',
  },
  key: ['pilot_city_en', 'bank_en'],
  notes: { 'zh-CN': [
    '深圳试点只有工、农、中、建四家大型国有银行；正文写明“四大”，该数记在 stated-figures.csv（dcep_sz_banks），构建时与本表深圳行数核对。',
    '苏州在深圳四家之外加入交通银行与邮储银行；正文没有直接写出苏州共几家银行，6 家是由本表行数得出的派生值。',
    'bank_text 为报告中的写法（“工农中建”是简称串写），bank_zh 为银行全称。',
  ] },
  schema: z.object({
    /** Pilot city, Chinese. */
    pilot_city_zh: col.text({ title: { 'zh-CN': '试点城市' } }),
    /** Pilot city, English. */
    pilot_city_en: col.text({ title: { 'zh-CN': '试点城市（英文）' } }),
    /** Month the pilot started, YYYY-MM. */
    pilot_month: col.yearMonth({ title: { 'zh-CN': '试点月份' } }),
    /** The bank as the report writes it (工, 农, 中, 建, 交通银行, 邮储银行). */
    bank_text: col.text({ title: { 'zh-CN': '原文写法' } }),
    /** Full Chinese name of the bank. */
    bank_zh: col.text({ title: { 'zh-CN': '银行' } }),
    /** English name of the bank. */
    bank_en: col.text({ title: { 'zh-CN': '银行（英文）' } }),
    /** true for banks that joined in this pilot, beyond the earlier Shenzhen four. */
    newly_added: col.flag({ title: { 'zh-CN': '本次新增' } }),
    ...sourceColumns('trends-2020'),
  }),
});

export type DcepPilotBankRow = RowOf<typeof dcepPilotBanks>;
