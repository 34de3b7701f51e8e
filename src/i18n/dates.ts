/**
 * Years, months, days and periods as a locale writes them in prose and in
 * chart texts, from the templates of formats/<locale>.json (Intl has no
 * Chinese "2015年1月至2021年6月").
 */
import { dateFormat, formatData, type FormatLocale } from './format.ts';
import { interpolate } from './interpolate.ts';
import { DEFAULT_LOCALE } from './locales.ts';

/** The month's number and, for languages that write it (June 2021), its name. */
function monthVars(month: number, locale: FormatLocale) {
  const monthName = dateFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
  return { month, monthName };
}

/** A year or a "2020-06" month as prose writes it: 2020年6月, June 2020. */
export function formatPeriodPoint(point: string, locale: FormatLocale = DEFAULT_LOCALE): string {
  const { dates } = formatData(locale);
  const [year = '', month] = point.split('-');
  // A day is written to its month, as the chapters cite periods.
  return month ? interpolate(dates.yearMonth, { year, ...monthVars(Number(month), locale) }) : interpolate(dates.year, { year });
}

/** "2015-01/2021-06" → "2015年1月至2021年6月"; "2018/2020" → "2018—2020年"; "2020" → "2020年". */
export function formatPeriod(period: string, locale: FormatLocale = DEFAULT_LOCALE): string {
  const { dates } = formatData(locale);
  const [from = '', to] = period.split('/');
  if (to === undefined) return formatPeriodPoint(from, locale);
  if (!from.includes('-') && !to.includes('-')) return interpolate(dates.yearSpan, { from, to });
  return interpolate(dates.range, { from: formatPeriodPoint(from, locale), to: formatPeriodPoint(to, locale) });
}

/**
 * A span of years, with the one range mark of each locale (formats/<locale>.json yearSpan):
 * zh-CN "2018—2023年" (一字线, GB/T 15834), en "2018–2023" (en dash).
 */
export function formatYearSpan(from: number | string, to: number | string, locale: FormatLocale = DEFAULT_LOCALE): string {
  return interpolate(formatData(locale).dates.yearSpan, { from: String(from), to: String(to) });
}


/** The ISO days and months inside a period text, written out: "截至 2020-07" → "截至 2020年7月"; "a/b" → "a至b". */
export function formatDatesIn(period: string, locale: FormatLocale = DEFAULT_LOCALE): string {
  const { dates } = formatData(locale);
  let text = period
    .replace(/(\d{4})-(\d{2})-(\d{2})\s*/gu, (_, year: string, month: string, day: string) => interpolate(dates.yearMonthDay, { year, ...monthVars(Number(month), locale), day: Number(day) }))
    .replace(/(\d{4})-(\d{2})/gu, (ym: string) => formatPeriodPoint(ym, locale))
    .replace('/', dates.rangeWord);
  if (!dates.words) return text;
  for (const [word, translated] of Object.entries(dates.words)) text = text.replace(new RegExp(`${word}\\s*`, 'gu'), `${translated} `);
  return text.trim();
}

/** A "2026-12-03" day as the locale writes it in full: 2026年12月3日, 3 December 2026. */
export function formatDay(day: string, locale: FormatLocale = DEFAULT_LOCALE): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return dateFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
}
