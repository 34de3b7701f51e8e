/**
 * A dataset is one CSV in data/ plus the schema that types it and the words
 * that describe it. Its definition is the single place that says what the
 * file holds; the loader, the data page and datapackage.json all read it.
 * The schema says what each cell is (type, unit, bounds); the text, one per
 * locale, says what the dataset and each of its columns are called.
 */
import { z } from 'zod';
import { everyLocale, inLocale, type Localized } from '../i18n/localized.ts';
import { LOCALE_IDS, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { col } from './columns.ts';
import type { ReportId } from './report.ts';

export type RowSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

/** What a column is called and, where the name is not enough, what it holds. */
export interface ColumnText {
  title: string;
  description?: string;
}

/** A dataset's words in one locale. */
export interface DatasetText {
  title: string;
  /** What the rows are, in a sentence or two. */
  description: string;
  /** Caveats a reader needs: ambiguities, disagreements between figures, gaps. */
  notes?: readonly string[];
  /** Every column of the schema, by name. */
  columns: Readonly<Record<string, ColumnText>>;
}

export interface DatasetDef<S extends RowSchema = RowSchema> {
  /** Stable id, `<report>/<name>`; also the file's path under data/ without `.csv`. */
  id: string;
  report: ReportId;
  schema: S;
  /** Columns whose values together identify a row; repeated keys fail the build. */
  key: readonly (keyof z.output<S> & string)[];
  text: Localized<DatasetText>;
  /**
   * How many rows the report's table or text gives, so a deleted or added
   * row fails the build instead of changing a count the prose prints.
   */
  rows?: number;
  /** A column that ranks the rows 1, 2 … n without gaps, within each group of rows sharing the `within` columns. */
  ranked?: { column: string; within?: readonly string[] };
}

export type RowOf<D> = D extends DatasetDef<infer S> ? z.output<S> : never;

/** A dataset, checked: its text names every column of its schema, and no other, in every locale. */
export function defineDataset<S extends RowSchema>(def: DatasetDef<S>): DatasetDef<S> {
  const columns = Object.keys(def.schema.shape);
  for (const locale of LOCALE_IDS) {
    const named = Object.keys(inLocale(def.text, locale).columns);
    const untitled = columns.filter((c) => !named.includes(c));
    const unknown = named.filter((c) => !columns.includes(c));
    if (untitled.length) throw new Error(`dataset ${def.id}: no ${locale} title for column${untitled.length > 1 ? 's' : ''} ${untitled.join(', ')}`);
    if (unknown.length) throw new Error(`dataset ${def.id}: ${locale} text names column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}, which the schema lacks`);
  }
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
    report: col.oneOf([report]),
    /** Chapter and section of the report, as numbered there. */
    section: col.text(),
    /** Table or figure number, blank when the figure is stated only in prose. */
    source_ref: col.text({ optional: true }),
  };
}

type SourceShape = ReturnType<typeof sourceColumns>;

/** What the source columns are called in `locale`. */
export function sourceColumnText(report: ReportId, locale: Locale): Record<keyof SourceShape, ColumnText> {
  const t = useTranslations(locale);
  return {
    report: { title: t('data.source.report'), description: t('data.source.reportMeans', { report }) },
    section: { title: t('data.source.section'), description: t('data.source.sectionMeans') },
    source_ref: { title: t('data.source.ref'), description: t('data.source.refMeans') },
  };
}

/** A report's own words for its datasets, by dataset name: its text/<locale>.json. */
export type ReportDatasetText = Readonly<Record<string, Omit<DatasetText, 'columns'> & { columns?: Readonly<Record<string, ColumnText>> }>>;

/**
 * The dataset builder of one report: `dataset('top50', { key, rows }, columns)`
 * makes `<report>/top50` with the source columns appended and its words from
 * the report's text files, so a schema file holds only what its cells are.
 */
export function datasetsOf(report: ReportId, text: Localized<ReportDatasetText>) {
  const textOf = (name: string, locale: Locale, extra: Record<string, ColumnText> = {}): DatasetText => {
    const own = inLocale(text, locale)[name];
    if (!own) throw new Error(`dataset ${report}/${name} has no ${locale} text (src/reports/${report}/text/${locale}.json)`);
    return { ...own, columns: { ...own.columns, ...extra, ...sourceColumnText(report, locale) } };
  };
  return function dataset<C extends Record<string, z.ZodType<unknown, string>>, const K extends readonly (keyof z.output<z.ZodObject<C & SourceShape>> & string)[]>(
    name: string,
    def: { key: K; rows?: number; ranked?: { column: keyof C & string; within?: readonly (keyof C & string)[] }; schemaText?: (locale: Locale) => Record<string, ColumnText> },
    columns: C,
  ): DatasetDef<z.ZodObject<C & SourceShape>> {
    const schema = z.object({ ...columns, ...sourceColumns(report) }) as z.ZodObject<C & SourceShape>;
    const localizedText = everyLocale((locale) => textOf(name, locale, def.schemaText?.(locale)));
    return defineDataset({
      id: `${report}/${name}`,
      report,
      schema,
      key: def.key,
      text: localizedText,
      ...(def.rows === undefined ? {} : { rows: def.rows }),
      ...(def.ranked ? { ranked: def.ranked } : {}),
    });
  };
}
