/** Where the print view of a whole report lives (src/pages/[report]/print.astro). */
import type { ReportId } from '../data/reports.ts';

export function reportPrintPath(report: ReportId): string {
  return `/${report}/print/`;
}

/** The id of a chapter's wrapper on the whole-report page, the target of its contents entry. */
export function printChapterAnchor(chapter: string): string {
  return `chapter-${chapter}`;
}
