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
import { REPORT_MODULES } from './index.ts';
import type { ChapterContent } from './types.ts';

/** Each report's meta, in reading order. */
export const REPORTS: readonly Report[] = REPORT_MODULES.map((m) => m.meta);

{
  const seen = new Set<string>();
  for (const { meta } of REPORT_MODULES) {
    if (seen.has(meta.id)) throw new Error(`report id "${meta.id}" is registered twice in src/reports/index.ts`);
    seen.add(meta.id);
  }
}

export function reportMeta(id: ReportId): Report {
  const found = REPORTS.find((r) => r.id === id);
  if (!found) throw new Error(`no report "${id}" in src/reports/index.ts`);
  return found;
}

/** Every dataset of every report, in order. */
export const DATASETS: readonly DatasetDef[] = REPORT_MODULES.flatMap((m) => m.data.datasets);

/** Every report's data, loaded and checked. */
export function loadCatalog(root = process.cwd()): Catalog {
  return mergeCatalogs(REPORT_MODULES.map((m) => m.data.catalog(root)));
}

/** Every chart of the site, in report order. */
const CHARTS = chartList(() => REPORT_MODULES.flatMap((m) => m.charts.all()));
export const chartRegistry = CHARTS.all;
export const chartById = CHARTS.byId;

/** Every report's tables and figures, matched with their charts. */
export function figureCoverage(): CoverageRow[] {
  return REPORT_MODULES.flatMap((m) => m.coverage());
}

/** The home page's figures: each report's own, in reading order. */
export function homeHeadlines(): Headline[] {
  return REPORT_MODULES.flatMap((m) => m.headlines?.() ?? []);
}

export interface ChapterPage {
  report: Report;
  chapter: Chapter;
  content: ChapterContent;
  previous: { report: Report; chapter: Chapter } | null;
  next: { report: Report; chapter: Chapter } | null;
}

/** Every chapter in reading order: the first report from start to end, then the next. */
export function chapterPages(): ChapterPage[] {
  const sequence = REPORT_MODULES.flatMap((m) => m.meta.chapters.map((chapter) => ({ report: m.meta, chapter, content: m.chapters[chapter.slug]! })));
  return sequence.map(({ report, chapter, content }, i) => {
    const previous = sequence[i - 1];
    const next = sequence[i + 1];
    return {
      report,
      chapter,
      content,
      previous: previous ? { report: previous.report, chapter: previous.chapter } : null,
      next: next ? { report: next.report, chapter: next.chapter } : null,
    };
  });
}
