/**
 * A dataset is one CSV in data/ plus the schema that types it. Its definition
 * is the single place that says what the file holds; the loader, the data
 * page and datapackage.json all read it.
 */
import type { z } from 'zod';
import { localized, type Localized } from '../i18n/localized.ts';
import { col } from './columns.ts';
import type { ReportId } from './report.ts';

export type RowSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

export interface DatasetDef<S extends RowSchema = RowSchema> {
  /** Stable id, `<report>/<name>`; also the file's path under data/ without `.csv`. */
  id: string;
  report: ReportId;
  /** Title for readers, in every locale. */
  title: Localized;
  /** What the rows are, in a sentence or two. */
  description: Localized;
  schema: S;
  /** Columns whose values together identify a row; repeated keys fail the build. */
  key: readonly (keyof z.output<S> & string)[];
  /** Caveats a reader needs: ambiguities, disagreements between figures, gaps. */
  notes?: Localized<readonly string[]>;
}

export type RowOf<D> = D extends DatasetDef<infer S> ? z.output<S> : never;

export function defineDataset<S extends RowSchema>(def: DatasetDef<S>): DatasetDef<S> {
  return def;
}

/** Where the dataset's CSV lives: `<dataRoot>/<id>.csv`, dataRoot being `data` for the site's own reports. */
export function datasetFile(def: Pick<DatasetDef, 'id'>, dataRoot = 'data'): string {
  return `${dataRoot}/${def.id}.csv`;
}

/**
 * Columns every extract ends with, so each value keeps its source.
 * `source_ref` names the table or figure (表 2, 图 4) or is blank for prose.
 * `report` must be the id of the report whose folder declares the dataset.
 */
export function sourceColumns(report: ReportId) {
  return {
    /** Which report the row comes from. */
    report: col.oneOf([report], { title: localized('data.source.report'), description: localized('data.source.reportMeans', { report }) }),
    /** Chapter and section of the report, as numbered there. */
    section: col.text({ title: localized('data.source.section'), description: localized('data.source.sectionMeans') }),
    /** Table or figure number, blank when the figure is stated only in prose. */
    source_ref: col.text({ title: localized('data.source.ref'), description: localized('data.source.refMeans') }, { optional: true }),
  };
}
