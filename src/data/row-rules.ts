/**
 * What a typed row must say about itself, beyond what each cell's column
 * allows: rules that read two or more cells of one row. Each returns the
 * column to blame and why, or null; the loader turns the first into a
 * located error. The rules go by column names the extracts share
 * (`*_code` beside `*_en`/`*_zh`, `value` with `unit`, `value_text` and
 * `qualifier`), so a new dataset that uses those names gets them too.
 */
import { openingQualifier, printedValues } from '../i18n/format.ts';
import { COUNTRY_CODE_FORMAT, countryNamesProblem, type ColumnMeta } from './columns.ts';
import { rounding } from './qualifiers.ts';
import { CN_REGIONS, REGION_CODE_FORMAT } from './regions.ts';

export type Row = Record<string, unknown>;
export interface RowProblem {
  column: string;
  reason: string;
}
export type RowRule = (row: Row) => RowProblem | null;

const stemOf = (codeColumn: string) => codeColumn.slice(0, -'_code'.length);

/** An ISO country code and the names beside it (country_code, country_en, country_zh) name one country. */
function countryNames(column: string): RowRule {
  return (row) => {
    const code = row[column];
    if (typeof code !== 'string') return null;
    const stem = stemOf(column);
    const reason = countryNamesProblem(code, { en: row[`${stem}_en`] as string | null, zh: row[`${stem}_zh`] as string | null });
    return reason ? { column, reason } : null;
  };
}

/** A province code and the English name beside it name one province. */
function regionName(column: string): RowRule {
  return (row) => {
    const code = row[column];
    const named = row[`${stemOf(column)}_en`];
    if (typeof code !== 'string' || typeof named !== 'string') return null;
    const region = CN_REGIONS[code];
    return region && named.startsWith(region) ? null : { column, reason: `${code} is ${region}, not ${named}` };
  };
}

/** In the long tables a `unit` cell says what `value` is; a share is a part of a whole. */
const shareInRange: RowRule = (row) =>
  row.unit === 'percent' && typeof row.value === 'number' && (row.value < 0 || row.value > 100)
    ? { column: 'value', reason: 'a percentage must lie between 0 and 100 (its unit cell says percent)' }
    : null;

/** A figure printed 近 7800 is recorded as nearly, not exact. */
const qualifierAsPrinted: RowRule = (row) => {
  if (typeof row.value_text !== 'string' || typeof row.qualifier !== 'string') return null;
  const opening = openingQualifier(row.value_text);
  return opening && opening !== row.qualifier
    ? { column: 'qualifier', reason: `the printed figure ${JSON.stringify(row.value_text)} (value_text) opens with a word of ${opening}` }
    : null;
};

/** A printed figure and its value agree: 5.49 万件 is 54900, give or take its rounding. */
const valueAsPrinted: RowRule = (row) => {
  if (typeof row.value !== 'number' || typeof row.value_text !== 'string') return null;
  const value = row.value;
  const printed = printedValues(row.value_text);
  const slack = Math.max(rounding(row.value_text, value), 1e-9);
  return printed.length > 0 && !printed.some((p) => Math.abs(p - value) <= slack)
    ? { column: 'value', reason: `the printed figure ${JSON.stringify(row.value_text)} (value_text) does not say ${value}` }
    : null;
};

/** The rules that apply to a dataset with these columns, in the order they are checked. */
export function rowRules(columns: Readonly<Record<string, ColumnMeta>>): RowRule[] {
  const codes = (format: string) => Object.keys(columns).filter((name) => name.endsWith('_code') && columns[name]!.format === format);
  return [...codes(COUNTRY_CODE_FORMAT).map(countryNames), ...codes(REGION_CODE_FORMAT).map(regionName), shareInRange, qualifierAsPrinted, valueAsPrinted];
}
