/**
 * What a report folder hands the site: its meta (how it is cited, its
 * chapters), its data (datasets and checks), its chart declarations, the
 * content of each chapter and, optionally, headline figures for the home page.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { CoverageRow } from '../charts/coverage.ts';
import type { ChartList } from '../charts/entry.ts';
import type { ReportData } from '../data/catalog.ts';
import type { Headline } from '../data/headlines.ts';
import type { ReportMeta } from '../data/report.ts';
import { LOCALE_IDS, type Locale } from '../i18n/locales.ts';
import type { Localized } from '../i18n/localized.ts';

/**
 * A chapter's text; it takes no props: everything it shows comes from its
 * report's queries and charts. Imported when the page is built, so the
 * report's data and charts load in plain Node too (scripts/check-data.ts).
 */
export type ChapterContent = () => Promise<{ default: AstroComponentFactory }>;

export interface ReportModule {
  meta: ReportMeta;
  data: ReportData;
  /** The report's charts in a language (its charts/index.ts chartsIn). */
  charts: (locale?: Locale) => ChartList;
  /** The text of each chapter of meta.chapters, by language and slug: every chapter is written in every language. */
  chapters: Localized<Readonly<Record<string, ChapterContent>>>;
  headlines?: (locale?: Locale) => Headline[];
  /** The report's tables and figures matched with its charts in a language (its charts/index.ts figureCoverage). */
  coverage: (locale?: Locale) => CoverageRow[];
}

/** A report module, checked: in every language, every chapter of the meta has content and no content lacks a chapter. */
export function defineReport(report: ReportModule): ReportModule {
  const slugs = report.meta.chapters.map((c) => c.slug);
  for (const locale of LOCALE_IDS) {
    const written = report.chapters[locale];
    for (const slug of slugs) {
      if (!written[slug]) throw new Error(`report ${report.meta.id}: chapter "${slug}" has no ${locale} content in its index.ts`);
    }
    for (const slug of Object.keys(written)) {
      if (!slugs.includes(slug)) throw new Error(`report ${report.meta.id}: ${locale} content for "${slug}", which meta.ts does not list`);
    }
  }
  if (report.data.report !== report.meta.id) throw new Error(`report ${report.meta.id}: its data.ts declares ${report.data.report}`);
  return report;
}
