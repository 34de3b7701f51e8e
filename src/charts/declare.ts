/** Small builders shared by the registry declarations. */
import type { Report } from '../data/report.ts';
import { formatDatesIn, formatYearMonthSpaced } from '../i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { DataTable } from './entry.ts';

/** "报告 A《…》一、1.（图 2）；数据：零壹智库，智慧芽" */
export function sourceLine(r: Pick<Report, 'letter' | 'title'>, section: string, credit?: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = useTranslations(locale);
  const line = t('chart.sourceLine', { letter: r.letter, title: r.title, section });
  return credit ? line + t('chart.sourceCredit', { credit }) : line;
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
export const yearMonth = (ym: string): string => formatYearMonthSpaced(ym);

/** Writes the ISO dates and months inside a period text out: "截至 2020-07" → "截至 2020 年 7 月". */
export const datesIn = (period: string): string => formatDatesIn(period);
