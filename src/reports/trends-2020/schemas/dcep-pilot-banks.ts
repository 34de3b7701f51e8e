import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

/** Banks taking part in the 2020 digital-yuan red-packet pilots (Shenzhen, Suzhou), one row per pilot and bank. */
export const dcepPilotBanks = dataset('dcep-pilot-banks', { key: ['pilot_city_en', 'bank_en'], rows: 10 }, {
  /** Pilot city, Chinese. */
  pilot_city_zh: col.text(),
  /** Pilot city, English. */
  pilot_city_en: col.text(),
  /** Month the pilot started, YYYY-MM. */
  pilot_month: col.yearMonth(),
  /** The bank as the report writes it (工, 农, 中, 建, 交通银行, 邮储银行). */
  bank_text: col.text(),
  /** Full Chinese name of the bank. */
  bank_zh: col.text(),
  /** English name of the bank. */
  bank_en: col.text(),
  /** true for banks that joined in this pilot, beyond the earlier Shenzhen four. */
  newly_added: col.flag(),
});

export type DcepPilotBankRow = RowOf<typeof dcepPilotBanks>;
