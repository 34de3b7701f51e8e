/**
 * A dataset is one CSV in data/ plus the schema that types it. Its definition
 * is the single place that says what the file holds; the loader, the data
 * page and datapackage.json all read it.
 */
import type { z } from 'zod';
import { col } from './columns.ts';
import { REPORT_IDS, type ReportId } from './reports.ts';

export type RowSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

export interface DatasetDef<S extends RowSchema = RowSchema> {
  /** Stable id, `<report>/<name>`; also the file's path under data/ without `.csv`. */
  id: string;
  report: ReportId;
  /** Chinese title for readers. */
  title: string;
  /** What the rows are, in a sentence or two (Chinese). */
  description: string;
  schema: S;
  /** Columns whose values together identify a row; repeated keys fail the build. */
  key: readonly (keyof z.output<S> & string)[];
  /** Caveats a reader needs: ambiguities, disagreements between figures, gaps. */
  notes?: readonly string[];
}

export type RowOf<D> = D extends DatasetDef<infer S> ? z.output<S> : never;

export function defineDataset<S extends RowSchema>(def: DatasetDef<S>): DatasetDef<S> {
  return def;
}

export function datasetFile(def: Pick<DatasetDef, 'id'>): string {
  return `data/${def.id}.csv`;
}

/**
 * Columns every extract ends with, so each value keeps its source.
 * `source_ref` names the table or figure (表 2, 图 4) or is blank for prose.
 */
export const sourceColumns = {
  /** Which report the row comes from. */
  report: col.oneOf(REPORT_IDS, { title: '来源报告', description: '报告编号：patents-2021（报告 A）或 trends-2020（报告 B）' }),
  /** Chapter and section of the report, as numbered there. */
  section: col.text({ title: '章节', description: '数据所在的报告章节，如“一、1. 3)”' }),
  /** Table or figure number, blank when the figure is stated only in prose. */
  source_ref: col.text({ title: '表/图', description: '表号或图号（如“表 2”“图 4”）；仅见于正文时留空' }, { optional: true }),
};
