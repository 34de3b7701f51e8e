/**
 * The site's view across its reports: every chapter in reading order, every
 * chart, every dataset, the home page's headline figures and the list of the
 * reports' tables and figures. Pages and routes read these; a report folder
 * never does (it knows only itself).
 */
import { chartList } from '../charts/entry.ts';
import type { CoverageRow } from '../charts/coverage.ts';
import { mergeCatalogs, type Catalog } from '../data/catalog.ts';
import type { DatasetDef } from '../data/dataset.ts';
import type { Headline } from '../data/headlines.ts';
import type { Chapter, Report, ReportId } from '../data/report.ts';
import { DEFAULT_LOCALE, LOCALE_IDS, perLocale, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { REPORT_MODULES } from './index.ts';
import type { ChapterContent } from './types.ts';

/** Each report's meta in the default language, in reading order. */
export const REPORTS: readonly Report[] = REPORT_MODULES.map((m) => m.meta);

/** Each report's meta in a language, in reading order. */
export function reportsIn(locale: Locale = DEFAULT_LOCALE): readonly Report[] {
  return REPORT_MODULES.map((m) => m.meta.in(locale));
}

{
  const seen = new Set<string>();
  for (const { meta } of REPORT_MODULES) {
    if (seen.has(meta.id)) throw new Error(`report id "${meta.id}" is registered twice in src/reports/index.ts`);
    seen.add(meta.id);
  }
}

export function reportMeta(id: ReportId, locale: Locale = DEFAULT_LOCALE): Report {
  const found = REPORT_MODULES.find((m) => m.meta.id === id);
  if (!found) throw new Error(`no report "${id}" in src/reports/index.ts`);
  return found.meta.in(locale);
}

/** Every dataset of every report, in order. */
export const DATASETS: readonly DatasetDef[] = REPORT_MODULES.flatMap((m) => m.data.datasets);

/** Every report's data, loaded and checked. */
export function loadCatalog(root = process.cwd()): Catalog {
  return mergeCatalogs(REPORT_MODULES.map((m) => m.data.catalog(root)));
}

/** Every chart of the site in a language, in report order. */
const chartsIn = perLocale((locale) => chartList(locale, () => REPORT_MODULES.flatMap((m) => m.charts(locale).all())));
export const chartRegistry = (locale?: Locale) => chartsIn(locale).all();
export const chartById = (id: string, locale?: Locale) => chartsIn(locale).byId(id);

/** Every report's tables and figures, matched with their charts. */
export function figureCoverage(locale?: Locale): CoverageRow[] {
  return REPORT_MODULES.flatMap((m) => m.coverage(locale));
}

/** The home page's figures: each report's own, in reading order. */
export function homeHeadlines(locale?: Locale): Headline[] {
  return REPORT_MODULES.flatMap((m) => m.headlines?.(locale) ?? []);
}

export interface ChapterPage {
  locale: Locale;
  report: Report;
  chapter: Chapter;
  content: ChapterContent;
  previous: { report: Report; chapter: Chapter } | null;
  next: { report: Report; chapter: Chapter } | null;
}

/** Every chapter of one language's edition in reading order: the first report from start to end, then the next. */
export function chapterPages(locale: Locale = DEFAULT_LOCALE): ChapterPage[] {
  const sequence = REPORT_MODULES.flatMap((m) => {
    const report = m.meta.in(locale);
    return report.chapters.map((chapter) => ({ report, chapter, content: m.chapters[locale][chapter.slug]! }));
  });
  return sequence.map(({ report, chapter, content }, i) => {
    const previous = sequence[i - 1];
    const next = sequence[i + 1];
    return {
      locale,
      report,
      chapter,
      content,
      previous: previous ? { report: previous.report, chapter: previous.chapter } : null,
      next: next ? { report: next.report, chapter: next.chapter } : null,
    };
  });
}

/** The site's languages, each with its own edition of every page. */
export const EDITIONS: readonly Locale[] = LOCALE_IDS;

/** Where a chart or chapter sits, in a line: "报告 A · 一　全球区块链专利质量" / "Report A · 1. Blockchain patent quality worldwide". */
export function chapterContext(reportId: ReportId, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = useTranslations(locale);
  const report = reportMeta(reportId, locale);
  const chapter = report.chapters.find((c) => c.slug === slug);
  const name = chapter ? (chapter.number ? t('chapter.numbered', { number: chapter.number, title: chapter.title }) : chapter.title) : '';
  return [t('report.label', { letter: report.letter }), name].filter(Boolean).join(' · ');
}

/** The charts to read after `entry`: the rest of its chapter, then of its report, at most `count`. */
export function relatedCharts(entry: { id: string; report: ReportId; chapter: string }, locale: Locale = DEFAULT_LOCALE, count = 4) {
  const all = chartRegistry(locale).filter((e) => e.id !== entry.id);
  const sameChapter = all.filter((e) => e.report === entry.report && e.chapter === entry.chapter);
  const sameReport = all.filter((e) => e.report === entry.report && e.chapter !== entry.chapter);
  return [...sameChapter, ...sameReport].slice(0, count);
}
