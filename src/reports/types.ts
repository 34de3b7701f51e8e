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
import type { Report } from '../data/report.ts';

/**
 * A chapter's text; it takes no props: everything it shows comes from its
 * report's queries and charts. Imported when the page is built, so the
 * report's data and charts load in plain Node too (scripts/check-data.ts).
 */
export type ChapterContent = () => Promise<{ default: AstroComponentFactory }>;

export interface ReportModule {
  meta: Report;
  data: ReportData;
  charts: ChartList;
  /** The text of each chapter of meta.chapters, by slug. */
  chapters: Readonly<Record<string, ChapterContent>>;
  headlines?: () => Headline[];
  /** The report's tables and figures matched with its charts (its charts/index.ts figureCoverage). */
  coverage: () => CoverageRow[];
}

/** A report module, checked: every chapter of the meta has content and no content lacks a chapter. */
export function defineReport(report: ReportModule): ReportModule {
  const slugs = report.meta.chapters.map((c) => c.slug);
  for (const slug of slugs) {
    if (!report.chapters[slug]) throw new Error(`report ${report.meta.id}: chapter "${slug}" has no content in its index.ts`);
  }
  for (const slug of Object.keys(report.chapters)) {
    if (!slugs.includes(slug)) throw new Error(`report ${report.meta.id}: content for "${slug}", which meta.ts does not list`);
  }
  if (report.data.report !== report.meta.id) throw new Error(`report ${report.meta.id}: its data.ts declares ${report.data.report}`);
  return report;
}
