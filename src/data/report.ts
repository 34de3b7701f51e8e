/**
 * What the site knows of a source report before any of its data is read:
 * its id, how it is cited and its chapters. Each report folder under
 * src/reports/ declares one (its meta.ts); nothing below src/reports/ names a
 * particular report.
 */

/** A report's stable id, used in URLs and dataset ids: `patents-2021`. */
export type ReportId = string;

export interface Chapter {
  /** URL slug of the chapter page. */
  slug: string;
  /** Chapter number as the report prints it (一, 二…, 壹, 贰…), or '' for front matter. */
  number: string;
  title: string;
  /** The meta description search engines and link previews show. */
  description: string;
}

export interface Report {
  id: ReportId;
  /** Short letter the site cites the report by ("报告 A"). */
  letter: string;
  title: string;
  subtitle?: string;
  publisher: string;
  published: string;
  /** Where the figures in the report come from, as the report credits them. */
  credits: string;
  chapters: Chapter[];
}

export function defineReportMeta<const R extends Report>(report: R): R {
  return report;
}
