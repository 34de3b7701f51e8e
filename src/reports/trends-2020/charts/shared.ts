/** Constants and small helpers the chart declarations of trends-2020 share, chapter by chapter. */
import { META } from '../meta.ts';
import { cbdcAttitudes } from '../queries.ts';
import type { CbdcAttitude } from '../schemas/cbdc-attitudes.ts';
import type { StatedFigure } from '../../../data/stated-figures.ts';
import { datesIn } from '../../../charts/declare.ts';
import { formatNumber, formatTrimmed, formatWan, formatYi, qualifierWord, withUnitWord } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/locales.ts';

export { META };
export const REPORT = META.id;

export const ATTITUDE_LABELS = { issued: '已发行', pilot: '试点', research: '研究', no_plan: '暂无计划' } as const;

/** 表 5's attitudes as the chart's language names them: zh-CN as printed, en from the data's attitude_en. */
export function attitudeLabels(locale: Locale): Record<CbdcAttitude, string> {
  if (locale === 'zh-CN') return ATTITUDE_LABELS;
  const rows = cbdcAttitudes();
  const label = (a: CbdcAttitude): string => rows.find((r) => r.attitude === a)?.attitude_en ?? a;
  return { issued: label('issued'), pilot: label('pilot'), research: label('research'), no_plan: label('no_plan') };
}

/** A stated figure with its qualifier (近, 约, 超过 …; nearly, about, over …) in front, so a rounded figure never reads as exact. */
export function qualified(
  figure: StatedFigure,
  locale: Locale,
  format: (value: number, locale: Locale) => string = (v, l) => formatNumber(v, 0, l),
): string {
  return `${qualifierWord(figure.qualifier, locale)}${format(figure.value, locale)}`;
}

/** The row with the largest value, or null when several share it (a title then names none). */
export function uniqueMax<T>(rows: readonly T[], value: (row: T) => number): T | null {
  const max = Math.max(...rows.map(value));
  const top = rows.filter((r) => value(r) === max);
  return top.length === 1 ? (top[0] ?? null) : null;
}

/** Percent with up to one decimal: 57.1 → "57.1%", 39 → "39%". */
export const pct = (value: number, locale: Locale): string => `${formatTrimmed(value, 1, locale)}%`;

/** A count in 万 from 10 000 up, so a title never breaks inside "20 000": 20000 → "2万", 3400 → "3400"; en "20,000", "3,400". */
export const tpsText = (value: number, locale: Locale): string => (value >= 1e4 ? formatWan(value, 2, locale) : formatNumber(value, 0, locale));

/** Money in 亿 with the unit: 14400000000 → "144亿美元"; en "14.4 billion US dollars". */
export const yiUsd = (value: number, locale: Locale): string => withUnitWord(formatYi(value, 2, locale), 'usd', locale);

/** 3 → "third" (1–9 spelt out, as a newsroom writes them), 12 → "12th". */
export function ordinalEn(n: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const word = Number.isInteger(n) && n >= 1 && n <= 9 ? words[n - 1] : undefined;
  if (word) return word;
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)];
  return `${formatNumber(n, 0, 'en')}${suffix}`;
}

/**
 * A stated figure's period as a phrase in the chart's language. zh-CN: its ISO
 * dates written out, as before ("截至 2020 年 5 月"). en: "as of May 2020",
 * "as of the end of 2019", "at launch on November 3, 2020"; a form it does not
 * know is returned with its dates written out, so the CJK check shows it.
 */
export function periodWords(period: string, locale: Locale): string {
  if (locale === 'zh-CN') return datesIn(period, locale);
  const asOf = /^截至\s*(.+)$/u.exec(period);
  if (asOf?.[1]) return `as of ${periodWords(asOf[1], locale)}`;
  const yearEnd = /^(\d{4})\s*年末$/u.exec(period);
  if (yearEnd?.[1]) return `the end of ${yearEnd[1]}`;
  const launch = /^(\d{4}-\d{2}(?:-\d{2})?)\s*上线时$/u.exec(period);
  if (launch?.[1]) return `at launch on ${datesIn(launch[1], locale)}`;
  return datesIn(period, locale);
}
