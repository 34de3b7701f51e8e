/**
 * A report's data: its datasets, where their CSVs live and the consistency
 * checks that tie them together. Each report folder declares one
 * (src/reports/<id>/data.ts); its queries read rows from it. The first read
 * loads every dataset of the report and runs its checks, so a broken CSV
 * fails any build that touches the report.
 */
import type { Check } from './checks.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { datasetFile, type DatasetDef } from './dataset.ts';
import type { z } from 'zod';
import { columnMeta } from './columns.ts';
import { DataError } from './errors.ts';
import { figureRef, type FigureRow } from './figures.ts';
import { loadDataset, type Catalog, type LoadedDataset } from './load.ts';
import type { ReportId } from './report.ts';

export type { Catalog };

export interface ReportDataDef {
  report: ReportId;
  /** Folder, relative to the project root, that holds `<report>/<name>.csv` for each dataset. */
  dataRoot: string;
  /** In the order the data page lists them. */
  datasets: readonly DatasetDef[];
  checks: readonly Check[];
  /**
   * The parts of the report's contents a `section` cell may begin with
   * ("一、", "壹.", "引言" …): a section the report does not have fails.
   */
  sections: readonly string[];
  /** When the report was published (2021, 2020-12): no year, month or day in its data comes later, but a forecast's. */
  published: string;
  /**
   * Stated figures recorded but shown nowhere, each with the reason; every
   * other id of stated-figures.csv must be read somewhere in the report's
   * folder (tests/unit/reports/stated-figures-used.test.ts holds both).
   */
  unshown?: Readonly<Record<string, string>>;
}

export interface ReportData extends ReportDataDef {
  /** Every dataset of the report, loaded and checked once per root. */
  catalog(root?: string): Catalog;
  /** Typed rows of one dataset, from `catalog` (a test's) or the report's own. */
  rows<D extends DatasetDef>(def: D, catalog?: Catalog): LoadedDataset<D['schema']>;
}

export function defineReportData(def: ReportDataDef): ReportData {
  for (const dataset of def.datasets) {
    if (dataset.report !== def.report) throw new Error(`dataset ${dataset.id} says it belongs to ${dataset.report}, but ${def.report} declares it`);
  }
  const loaded = new Map<string, Catalog>();
  const catalog = (root = process.cwd()): Catalog => {
    let found = loaded.get(root);
    if (!found) {
      refuseUndeclared(def, root);
      const map = new Map<string, LoadedDataset>();
      for (const dataset of def.datasets) map.set(dataset.id, loadDataset(dataset, root, def.dataRoot));
      checkSources(def, map);
      checkDates(def, map);
      for (const check of def.checks) check(map);
      loaded.set(root, (found = map));
    }
    return found;
  };
  return {
    ...def,
    catalog,
    rows<D extends DatasetDef>(dataset: D, from: Catalog = catalog()) {
      const rows = from.get(dataset.id);
      if (!rows) throw new Error(`dataset ${dataset.id} is not in the catalog (add it to its report's data.ts)`);
      return rows as unknown as LoadedDataset<D['schema']>;
    },
  };
}

/** A CSV in the report's folder that no dataset declares would be published nowhere and checked by nothing. */
function refuseUndeclared(def: ReportDataDef, root: string): void {
  const folder = join(def.dataRoot, def.report);
  let names: string[];
  try {
    names = readdirSync(join(root, folder));
  } catch {
    return; // a missing folder shows up as each dataset's missing file
  }
  const declared = new Set(def.datasets.map((d) => datasetFile(d, def.dataRoot)));
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.csv')).sort()) {
    const file = `${folder}/${name}`;
    if (!declared.has(file)) {
      throw new DataError({ file, line: 1, reason: `no dataset declares this file: give it a schema in src/reports/${def.report}/schemas/ (and its text), or remove it` });
    }
  }
}

/**
 * Every row names where in the report it comes from: its section must be one
 * of the report's own, and its table or figure one that figures.csv lists.
 */
function checkSources(def: ReportDataDef, catalog: Catalog): void {
  const figures = catalog.get(`${def.report}/figures`);
  const listed = new Set((figures?.rows ?? []).map((r) => figureRef(r as FigureRow)));
  for (const loaded of catalog.values()) {
    loaded.rows.forEach((row, index) => {
      const { section, source_ref } = row as { section?: string; source_ref?: string | null };
      const line = loaded.lines[index]!;
      if (section !== undefined && !def.sections.some((s) => section.startsWith(s))) {
        throw new DataError({ file: loaded.file, line, column: 'section', value: section, reason: `the report has no such section: a section begins with one of ${def.sections.join(' ')}` });
      }
      if (source_ref && figures && !listed.has(source_ref)) {
        throw new DataError({ file: loaded.file, line, column: 'source_ref', value: source_ref, reason: `the report's list of tables and figures (${figures.file}) has no ${source_ref}` });
      }
    });
  }
}

/** A date after the report was published is a typo, unless its column looks ahead (a forecast's year). */
function checkDates(def: ReportDataDef, catalog: Catalog): void {
  for (const loaded of catalog.values()) {
    const shape = loaded.def.schema.shape as Record<string, z.ZodType>;
    const dated = Object.keys(shape).filter((name) => {
      const meta = columnMeta(shape[name]!);
      return ['year', 'yearmonth', 'date'].includes(meta.type) && !meta.future;
    });
    loaded.rows.forEach((row, index) => {
      for (const name of dated) {
        const value = (row as Record<string, unknown>)[name];
        if (value === null || value === undefined) continue;
        const text = String(value);
        // Compare as far as both are written: 2020-12 against 2021 compares the years.
        const length = Math.min(text.length, def.published.length);
        if (text.slice(0, length) > def.published.slice(0, length)) {
          throw new DataError({ file: loaded.file, line: loaded.lines[index]!, column: name, value: text, reason: `comes after the report was published (${def.published}); only a forecast's column may look ahead` });
        }
      }
    });
  }
}

/** Several reports' catalogs as one, in order. */
export function mergeCatalogs(catalogs: readonly Catalog[]): Catalog {
  return new Map(catalogs.flatMap((c) => [...c]));
}
