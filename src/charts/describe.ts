/**
 * The words every chart layout shares, and small helpers for the generated
 * descriptions. All words come from the text layer (src/i18n/ui/<locale>.json)
 * and the locale's Intl list formats, so a layout writes the locale it is given.
 */
import { formatList } from '../i18n/format.ts';
import { DEFAULT_LOCALE, perLocale, type Locale } from '../i18n/locales.ts';
import { useTranslations, type Translate } from '../i18n/translate.ts';
import type { LayoutBase } from './types.ts';

/** One locale's words for a layout. */
export interface ChartWords {
  locale: Locale;
  t: Translate;
  /** A list with its conjunction (Intl.ListFormat): zh-CN "A和B", "A、B和C"; en "A, B, and C". */
  list: (items: readonly string[]) => string;
  /** An enumeration without a conjunction: zh-CN "A、B、C"; en "A, B, C". */
  enumerate: (items: readonly string[]) => string;
  /** Whole clauses one after another: zh-CN "甲；乙". */
  clauses: (items: readonly string[]) => string;
  /** Phrases of one sentence: zh-CN "甲，乙". */
  phrases: (items: readonly string[]) => string;
  /** Note for a value the source does not give: "韩国：未公布". */
  unpublished: (label: string) => string;
  /** Two names of one thing, e.g. a category and a series: "中国·2020". */
  pair: (first: string, second: string) => string;
}

/** How many highlighted rows a description names; beyond this it counts them. */
const NAMED_HIGHLIGHTS = 5;

/**
 * The description's sentence on highlighted rows: a few are named, more are
 * counted. A long list (29 of the TOP50) would bury the sentence for a
 * screen reader, while the subtitle says what the highlight means and the
 * data table names every row.
 */
export function describeHighlights(highlighted: readonly string[], { t, list }: ChartWords): string {
  if (highlighted.length === 0) return '';
  if (highlighted.length > NAMED_HIGHLIGHTS) return t('rankedBars.describe.highlightCount', { count: highlighted.length });
  return t('rankedBars.describe.highlight', { items: list(highlighted) });
}

/** The words of `locale` (default: the site's default locale), made once per locale. */
export const chartWords = perLocale((locale): ChartWords => {
  const t = useTranslations(locale);
  const clauseSeparator = t('chart.clauseSeparator');
  const phraseSeparator = t('chart.phraseSeparator');
  return {
    locale,
    t,
    list: (items) => formatList(items, locale),
    enumerate: (items) => formatList(items, locale, { style: 'narrow' }),
    clauses: (items) => items.join(clauseSeparator),
    phrases: (items) => items.join(phraseSeparator),
    unpublished: (label) => t('chart.unpublishedNote', { label }),
    pair: (first, second) => t('chart.pair', { first, second }),
  };
});

/** Row of the largest and smallest value, first one wins on ties. */
export function extremes<T>(rows: T[], value: (row: T) => number): { max: T; min: T } | null {
  const [first] = rows;
  if (first === undefined) return null;
  let max: T = first;
  let min: T = first;
  for (const row of rows) {
    if (value(row) > value(max)) max = row;
    if (value(row) < value(min)) min = row;
  }
  return { max, min };
}

/**
 * The highest and lowest rows as a reader sees them: every row whose printed value equals the
 * extreme's is named with it. A rounded figure (a stated 23%) and a precise one (22.81%) that print
 * alike cannot be ordered; naming only one of them as the lowest would claim what the data cannot show.
 */
export function extremesAsShown<T>(rows: T[], value: (row: T) => number, shown: (row: T) => string): { max: T[]; min: T[] } | null {
  const ends = extremes(rows, value);
  if (!ends) return null;
  const alike = (end: T) => rows.filter((row) => shown(row) === shown(end));
  return { max: alike(ends.max), min: alike(ends.min) };
}

/** A chart with nothing to draw: a short frame that says so (zh-CN 无数据), and the notes of what was left out. */
export function emptyLayout(width: number, notes: string[], fontSize = 13, locale: Locale = DEFAULT_LOCALE): LayoutBase {
  const { t, clauses } = chartWords(locale);
  const height = 48;
  const noData = t('chart.noData');
  return {
    width,
    height,
    description: notes.length > 0 ? t('chart.noDataWithNotes', { notes: clauses(notes) }) : t('chart.noDataDescription'),
    notes,
    texts: [{ x: width / 2, y: height / 2, lines: [noData], full: noData, anchor: 'middle', fontSize, role: 'annotation', tone: 'muted' }],
    lines: [],
    legend: [],
  };
}
