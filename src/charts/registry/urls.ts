/** Where things live on the site, in one place, so pages, embeds and the catalogue agree. */
import type { ReportId } from '../../data/reports.ts';
import type { ChartEntry } from './types.ts';

export function chapterPath(report: ReportId, chapter: string): string {
  return `/${report}/${chapter}/`;
}

/** The chart on its chapter page. */
export function chartPath(entry: Pick<ChartEntry, 'report' | 'chapter' | 'id'>): string {
  return `${chapterPath(entry.report, entry.chapter)}#${entry.id}`;
}

/** The chart alone, for iframes. */
export function embedPath(entry: Pick<ChartEntry, 'id'>): string {
  return `/embed/${entry.id}/`;
}
