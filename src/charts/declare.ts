/** Small builders shared by the registry declarations. */
import type { Report } from '../data/report.ts';
import type { DataTable } from './entry.ts';

/** "报告 A《…》一、1.（图 2）；数据：零壹智库，智慧芽" */
export function sourceLine(r: Pick<Report, 'letter' | 'title'>, section: string, credit?: string): string {
  return `报告 ${r.letter}《${r.title}》${section}${credit ? `；原始数据：${credit}` : ''}`;
}

type Column = DataTable['columns'][number];

export const text = (key: string, label: string): Column => ({ key, label, numeric: false });
export const num = (key: string, label: string): Column => ({ key, label, numeric: true });

export function table(columns: Column[], rows: DataTable['rows']): DataTable {
  return { columns, rows };
}

/** A value that must exist in the data (see need.ts). */
export { need as required } from '../data/need.ts';

/** "2020-05" → "2020 年 5 月". */
export function yearMonth(ym: string): string {
  const [year, month] = ym.split('-');
  return `${year} 年 ${Number(month)} 月`;
}

/** Writes the ISO dates and months inside a period text in Chinese: "截至 2020-07" → "截至 2020 年 7 月". */
export function datesIn(period: string): string {
  return period
    .replace(/(\d{4})-(\d{2})-(\d{2})\s*/gu, (_, y: string, m: string, d: string) => `${y} 年 ${Number(m)} 月 ${Number(d)} 日`)
    .replace(/(\d{4})-(\d{2})/gu, (ym: string) => yearMonth(ym))
    .replace('/', '至');
}
