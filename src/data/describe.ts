/**
 * What a reader or a machine needs to know about each dataset, derived from
 * its definition and rows: the data page and datapackage.json both use this,
 * so column meanings are written once, in the schema.
 */
import type { Report } from './report.ts';
import type { z } from 'zod';
import { columnMeta, type ColumnMeta } from './columns.ts';
import { datasetFile, type DatasetDef } from './dataset.ts';
import type { LoadedDataset } from './load.ts';
import { UNITS } from './units.ts';

export interface ColumnSummary extends ColumnMeta {
  name: string;
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

export function describeColumns(def: DatasetDef): ColumnSummary[] {
  return Object.entries(def.schema.shape as Record<string, z.ZodType>).map(([name, schema]) => {
    const meta = columnMeta(schema);
    const unit = meta.unit ? UNITS[meta.unit] : undefined;
    return { name, ...meta, unitLabel: unit ? `${unit.zh}（${unit.en}）` : '' };
  });
}

/** What the data page says of one dataset; `report` is the report it belongs to. */
export function describeDataset(loaded: LoadedDataset, report: Report): DatasetSummary {
  const { def, rows } = loaded;
  const sources = new Set<string>();
  for (const row of rows as { section: string; source_ref: string | null }[]) {
    sources.add(row.source_ref ? `${row.section} · ${row.source_ref}` : `${row.section} · 正文`);
  }
  return {
    id: def.id,
    title: def.title,
    description: def.description,
    reportTitle: report.subtitle ? `${report.title}——${report.subtitle}` : report.title,
    reportLetter: report.letter,
    sources: [...sources],
    rowCount: rows.length,
    columns: describeColumns(def),
    notes: def.notes ?? [],
    csvPath: `/${datasetFile(def)}`,
    csvBomPath: `/${datasetFile(def).replace(/\.csv$/, '.utf8-bom.csv')}`,
  };
}
