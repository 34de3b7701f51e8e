/** Small builders shared by the registry declarations. */
import type { z } from 'zod';
import { columnMeta } from '../data/columns.ts';
import type { DatasetDef } from '../data/dataset.ts';
import type { Report } from '../data/report.ts';
import { inLocale, type Localized } from '../i18n/localized.ts';
import { referenceIn } from '../i18n/references.ts';
import { formatDatesIn, formatPeriodPoint } from '../i18n/dates.ts';
import { unitWord, withUnit } from '../i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { DataTable } from './entry.ts';

/**
 * "报告 A《…》一、1.（图 2）；原始数据：零壹智库，智慧芽", in the chart's
 * language: `report` is the report in that language (META.in(locale)), whose
 * title, section names and credit it uses.
 */
export function sourceLine(report: Pick<Report, 'letter' | 'title' | 'locale' | 'sections'>, section: string, credit?: string): string {
  const t = useTranslations(report.locale);
  const line = t('chart.sourceLine', { letter: report.letter, title: report.title, section: referenceIn(section, report.locale, report.sections) });
  return credit ? line + t('chart.sourceCredit', { credit }) : line;
}

/** Words of a chart declaration in its language: `tr({ 'zh-CN': '…', en: '…' })`; a missing language is a type error. */
export function wordsIn(locale: Locale) {
  return <T>(text: Localized<T>): T => inLocale(text, locale);
}

type Column = DataTable['columns'][number];

export const text = (key: string, label: string): Column => ({ key, label, numeric: false });
export const num = (key: string, label: string, decimals?: number): Column => ({ key, label, numeric: true, ...(decimals === undefined ? {} : { decimals }) });

/**
 * What a dataset column is called in `locale`, and the word of its unit
 * (件, 家 …; none for percentages and unitless columns), from the schema and
 * the report's text: chart axes and data-table headers read it instead of
 * retyping it.
 */
export function columnWords(def: DatasetDef, name: string, locale: Locale = DEFAULT_LOCALE): { title: string; unit?: string } {
  const words = inLocale(def.text, locale).columns[name];
  const schema = (def.schema.shape as Record<string, z.ZodType | undefined>)[name];
  if (!words || !schema) throw new Error(`chart declaration: dataset ${def.id} has no column "${name}"`);
  const { unit } = columnMeta(schema);
  // A share's % is written with the number, and a rank is a position, not a quantity: neither goes in a header.
  const shown = unit && unit !== 'percent' && unit !== 'rank';
  return { title: words.title, ...(shown ? { unit: unitWord(unit, locale) } : {}) };
}

/** A data-table column showing a dataset column as it is: the header is its title with its unit, "授权专利数量（件）". */
export function columnOf(def: DatasetDef, name: string, options: { key?: string; locale?: Locale } = {}): Column {
  const { title, unit } = columnWords(def, name, options.locale);
  const numeric = ['integer', 'number'].includes(columnMeta((def.schema.shape as Record<string, z.ZodType>)[name]!).type);
  return { key: options.key ?? name, label: withUnit(title, unit, options.locale), numeric };
}

/** The value axis of a chart of one dataset column: its title and unit word, as the layouts' options take them. */
export function axisOf(def: DatasetDef, name: string, locale?: Locale): { valueLabel: string; unit?: string; format?: { unit: string } } {
  const { title, unit } = columnWords(def, name, locale);
  return unit ? { valueLabel: title, unit, format: { unit } } : { valueLabel: title };
}

export function table(columns: Column[], rows: DataTable['rows']): DataTable {
  return { columns, rows };
}

/** A value that must exist in the data (see need.ts). */
export { need as required } from '../data/need.ts';

/** "2020-05" → "2020 年 5 月"; en "May 2020". */
export const yearMonth = (ym: string, locale: Locale = DEFAULT_LOCALE): string => formatPeriodPoint(ym, locale);

/** Writes the ISO dates and months inside a period text out: "截至 2020-07" → "截至 2020 年 7 月"; "2015-01/2021-06" → en "January 2015 to June 2021". */
export const datesIn = (period: string, locale: Locale = DEFAULT_LOCALE): string => formatDatesIn(period, locale);
