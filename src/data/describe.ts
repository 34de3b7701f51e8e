/**
 * What a reader or a machine needs to know about each dataset, derived from
 * its definition and rows: the data page and datapackage.json both use this,
 * so column meanings are written once, in the schema.
 */
import type { z } from 'zod';
import { inLocale } from '../i18n/localized.ts';
import type { Locale } from '../i18n/locales.ts';
import { referenceIn, sectionIn } from '../i18n/references.ts';
import { useTranslations } from '../i18n/translate.ts';
import { columnMeta, type ColumnMeta } from './columns.ts';
import { datasetFile, type DatasetDef } from './dataset.ts';
import type { LoadedDataset } from './load.ts';
import type { Report } from './report.ts';
import { rowAnchor } from './row-source.ts';
import { UNITS } from './units.ts';

export interface ColumnSummary extends ColumnMeta {
  name: string;
  title: string;
  description?: string;
  /** Unit as a reader sees it, e.g. 件 (patents); empty when unitless. */
  unitLabel: string;
}

export interface DatasetSummary {
  id: string;
  title: string;
  description: string;
  reportTitle: string;
  reportLetter: string;
  /** Distinct "section · table/figure" references found in the rows. */
  sources: string[];
  rowCount: number;
  columns: ColumnSummary[];
  notes: readonly string[];
  /** Site paths of the CSV as it is and with a UTF-8 byte-order mark (for Excel). */
  csvPath: string;
  csvBomPath: string;
}

/** The dataset's columns as `locale` names and describes them. */
export function describeColumns(def: DatasetDef, locale: Locale): ColumnSummary[] {
  const t = useTranslations(locale);
  return Object.entries(def.schema.shape as Record<string, z.ZodType>).map(([name, schema]) => {
    const meta = columnMeta(schema);
    const words = inLocale(def.text, locale).columns[name];
    if (!words) throw new Error(`dataset ${def.id}: column ${name} has no ${locale} title`);
    const unit = meta.unit ? UNITS[meta.unit] : undefined;
    return {
      name,
      ...meta,
      title: words.title,
      ...(words.description ? { description: words.description } : {}),
      unitLabel: unit ? t('dataset.unitLabel', { unit: unit.zh, en: unit.en }) : '',
    };
  });
}

/** What the data page says of one dataset in `locale`; `report` is the report it belongs to. */
export function describeDataset(loaded: LoadedDataset, report: Report, locale: Locale): DatasetSummary {
  const { def, rows } = loaded;
  const t = useTranslations(locale);
  const sources = new Set<string>();
  for (const row of rows as { section: string; source_ref: string | null }[]) {
    const ref = row.source_ref ? referenceIn(row.source_ref, locale) : t('data.source.prose');
    sources.add(`${sectionIn(row.section, locale, report.sections)} · ${ref}`);
  }
  return {
    id: def.id,
    title: inLocale(def.text, locale).title,
    description: inLocale(def.text, locale).description,
    reportTitle: report.subtitle ? t('report.titleWithSubtitle', { title: report.title, subtitle: report.subtitle }) : report.title,
    reportLetter: report.letter,
    sources: [...sources],
    rowCount: rows.length,
    columns: describeColumns(def, locale),
    notes: inLocale(def.text, locale).notes ?? [],
    csvPath: `/${datasetFile(def)}`,
    csvBomPath: `/${datasetFile(def).replace(/\.csv$/, '.utf8-bom.csv')}`,
  };
}

/** One cell of a dataset's row table; Chinese text keeps its language on an English page. */
export interface RowCell {
  text: string;
  lang?: 'zh-CN';
}

/** A dataset row as its own page lists it, with the anchor prose links to. */
export interface RowView {
  anchor: string;
  cells: RowCell[];
}

const HAN = /\p{Script=Han}/u;

/** Every row of the dataset, cells in schema order and as the CSV holds them (blank for an empty cell). */
export function describeRows(loaded: LoadedDataset): RowView[] {
  const names = Object.keys(loaded.def.schema.shape as Record<string, unknown>);
  return (loaded.rows as Record<string, unknown>[]).map((row) => ({
    anchor: rowAnchor(loaded.def, row),
    cells: names.map((name) => {
      const value = row[name];
      const text = value === null || value === undefined ? '' : String(value);
      return HAN.test(text) ? { text, lang: 'zh-CN' as const } : { text };
    }),
  }));
}
