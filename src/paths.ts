/**
 * Every address on the site, in one place, so pages, embeds, downloads, the
 * catalogue and the print view agree. Each path takes the locale: the default
 * locale lives at the root, any other under its own prefix (`/en/…`), with the
 * same ASCII slugs after it.
 */
import type { ReportId } from './data/report.ts';
import { DEFAULT_LOCALE, type Locale } from './i18n/locales.ts';

/** Where a locale's pages start: '' for the default locale, '/<tag>' for the others. */
export function localePrefix(locale: Locale = DEFAULT_LOCALE): string {
  const tag: string = locale;
  return tag === DEFAULT_LOCALE ? '' : `/${tag.toLowerCase().split('-')[0]}`;
}

/** A site-wide page (/charts/, /data/, /about/, /search/) in a language's edition. */
export function pagePath(path: `/${string}`, locale?: Locale): string {
  return `${localePrefix(locale)}${path}`;
}

const inLocale = (path: `/${string}`, locale?: Locale) => pagePath(path, locale);

/** A chart as the paths need it. */
export interface ChartAddress {
  id: string;
  report: ReportId;
  chapter: string;
}

export function homePath(locale?: Locale): string {
  return inLocale('/', locale);
}

export function chapterPath(report: ReportId, chapter: string, locale?: Locale): string {
  return inLocale(`/${report}/${chapter}/`, locale);
}

/** The chart on its chapter page. */
export function chartPath(entry: ChartAddress, locale?: Locale): string {
  return `${chapterPath(entry.report, entry.chapter, locale)}#${entry.id}`;
}

/** The chart's own page: the chart, its data, sources, citation, embed code and downloads. */
export function chartPagePath(entry: Pick<ChartAddress, 'id'>, locale?: Locale): string {
  return inLocale(`/charts/${entry.id}/`, locale);
}

/**
 * The share card of a chart (1200×630 PNG, og:image) and its small twin for
 * the gallery (600×315, the same drawing at half scale).
 */
export function chartCardPath(entry: Pick<ChartAddress, 'id'>, locale?: Locale, size: 'card' | 'thumb' = 'card'): string {
  return inLocale(`/cards/${entry.id}${size === 'thumb' ? '.thumb' : ''}.png`, locale);
}

/** The share card of a chapter (1200×630 PNG, og:image). */
export function chapterCardPath(report: ReportId, chapter: string, locale?: Locale): string {
  return inLocale(`/cards/${report}/${chapter}.png`, locale);
}

/** The id of a dataset's section on the data page (`patents-2021/top50` → `patents-2021--top50`). */
export function datasetAnchor(datasetId: string): string {
  return datasetId.replace('/', '--');
}

/** A dataset's section on the data page. */
export function datasetSectionPath(datasetId: string, locale?: Locale): string {
  return `${inLocale('/data/', locale)}#${datasetAnchor(datasetId)}`;
}

/** A dataset's own page (`patents-2021/top50` → `/data/patents-2021/top50/`), beside its CSV at `/data/patents-2021/top50.csv`. */
export function datasetPath(datasetId: string, locale?: Locale): string {
  return inLocale(`/data/${datasetId}/`, locale);
}

/** A dataset's CSV, every row (`patents-2021/top50` → `/data/patents-2021/top50.csv`), the same file for both editions. */
export function datasetCsvPath(datasetId: string): string {
  return `/data/${datasetId}.csv`;
}

/** The chart alone, for iframes. */
export function embedPath(entry: Pick<ChartAddress, 'id'>, locale?: Locale): string {
  return inLocale(`/embed/${entry.id}/`, locale);
}

export type DownloadKind = 'svg' | 'png' | 'csv';

export function downloadPath(entry: Pick<ChartAddress, 'id'>, kind: DownloadKind, locale?: Locale): string {
  return inLocale(`/downloads/${entry.id}.${kind}`, locale);
}

export function oembedPath(entry: Pick<ChartAddress, 'id'>, locale?: Locale): string {
  return inLocale(`/oembed/${entry.id}.json`, locale);
}

/** The print view of a whole report. */
export function reportPrintPath(report: ReportId, locale?: Locale): string {
  return inLocale(`/${report}/print/`, locale);
}

/** The id of a chapter's wrapper on the whole-report page, the target of its contents entry. */
export function printChapterAnchor(chapter: string): string {
  return `chapter-${chapter}`;
}

/**
 * The page for a missing address: the root's is /404.html, which hosts serve
 * for any missing path; another edition's is a page of its own, /en/404/.
 */
export function notFoundPath(locale: Locale = DEFAULT_LOCALE): string {
  const prefix = localePrefix(locale);
  return prefix ? `${prefix}/404/` : '/404.html';
}

/** The same page in another edition: a path of `from`'s edition with its prefix swapped for `to`'s. */
export function pathInLocale(path: string, from: Locale, to: Locale): string {
  if (path === notFoundPath(from)) return notFoundPath(to);
  const prefix = localePrefix(from);
  const bare = prefix && (path === prefix || path.startsWith(`${prefix}/`)) ? path.slice(prefix.length) || '/' : path;
  return `${localePrefix(to)}${bare}`;
}
