/**
 * Which dataset row a value came from. The loader remembers, for every row it
 * types, the dataset that holds it; prose that writes a row's value can then
 * say where it comes from (report, section, table, the value as printed) and
 * link to the row on its dataset page, whose anchor is made from the row's
 * key columns so that it survives rows being added or reordered.
 */
import type { DatasetDef } from './dataset.ts';
import type { ReportId } from './report.ts';

/** Rows are the loader's own objects, shared by every query; a WeakMap keeps them free of extra fields. */
const DATASET_OF_ROW = new WeakMap<object, DatasetDef>();

/** Called by the loader for every row it types. */
export function rememberRows(def: DatasetDef, rows: readonly object[]): void {
  for (const row of rows) DATASET_OF_ROW.set(row, def);
}

/** The dataset a row was loaded from, or undefined for an object the loader did not make (a derived value). */
export function datasetOfRow(row: object): DatasetDef | undefined {
  return DATASET_OF_ROW.get(row);
}

/** Letters and digits of any script survive; every run of anything else becomes one hyphen. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** A key cell as an anchor part; the world row of a by-country table has no country code. */
function keyPart(value: unknown): string {
  return value === null || value === undefined || value === '' ? 'none' : slug(String(value));
}

/**
 * The row's anchor on its dataset page, `<dataset name>-<key>`: `top50-3`,
 * `country-comparison-china-applications`. Built from the key columns, which
 * the loader holds unique, never from the row's position.
 */
export function rowAnchor(def: Pick<DatasetDef, 'id' | 'key'>, row: Readonly<Record<string, unknown>>): string {
  const name = def.id.slice(def.id.indexOf('/') + 1);
  return [slug(name), ...def.key.map((k) => keyPart(row[k]))].join('-');
}

/** Where one value of prose comes from, in the words of the data (the page puts them into a locale). */
export interface RowSource {
  /** `<report>/<name>`. */
  dataset: string;
  /** The row's id on the dataset page. */
  anchor: string;
  report: ReportId;
  /** Section of the report, as numbered there (一、1.). */
  section: string;
  /** Table or figure (表 2, 图 4), null when the report states the value in its prose. */
  sourceRef: string | null;
  /** The value as the report printed it: the row's `value_text` where it has one, else the cell itself. */
  printed: string;
}

/**
 * The source of a row's value: `column` names the cell for a table row
 * (industries' `granted`); a stated figure's row carries its printed form.
 * Undefined for an object that is not a loaded row.
 */
export function sourceOfRow(row: object, column?: string): RowSource | undefined {
  const def = datasetOfRow(row);
  if (!def) return undefined;
  const cells = row as Readonly<Record<string, unknown>>;
  if (column !== undefined && !(column in cells)) throw new Error(`dataset ${def.id} has no column "${column}"`);
  const valueText = typeof cells.value_text === 'string' && (column === undefined || column === 'value') ? cells.value_text : undefined;
  const cell = column === undefined ? cells.value : cells[column];
  return {
    dataset: def.id,
    anchor: rowAnchor(def, cells),
    report: def.report,
    section: String(cells.section ?? ''),
    sourceRef: typeof cells.source_ref === 'string' && cells.source_ref !== '' ? cells.source_ref : null,
    printed: valueText ?? String(cell ?? ''),
  };
}
