/**
 * Table model for rankings: cells already formatted, a sortable raw value per
 * cell (for data-value), and an inline bar width per numeric column as a
 * percentage of that column's largest magnitude. Rows come sorted by the given
 * key so the table reads right without JS; a later script re-sorts on click.
 */
import { chartWords } from '../describe.ts';
import { collator, formatValue } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { LayoutContext, ValueFormat } from '../types.ts';

export type RankingValue = string | number | null;
export type RankingRow = Record<string, RankingValue>;

export interface RankingColumn {
  key: string;
  label: string;
  unit?: string;
  kind: 'text' | 'number';
  format?: ValueFormat;
  /** Draw an inline bar (default: true for number columns). */
  bar?: boolean;
  /** This column names the row (<th scope="row">), e.g. the company. */
  rowHeader?: boolean;
}

export interface RankingTableOptions {
  sortKey: string;
  direction?: 'ascending' | 'descending';
  /** Column whose value keys each row (default: row index). */
  rowKey?: string;
  /** Row fields written as data attributes of each row for a script: attribute name (without `data-`) → row field. */
  rowData?: Record<string, string>;
  /**
   * The row the chart is about, by its `rowKey` value, and a short cue that says why (报告正文点名):
   * the row is marked for the eye and as aria-current, and the cue follows its name, so colour is not the only sign.
   */
  current?: { key: string; cue: string };
}

export interface RankingCell {
  key: string;
  text: string;
  /** Raw value for sorting scripts: the number, the text, or "" for a missing value. */
  value: string;
  numeric: boolean;
  rowHeader: boolean;
  /** Bar width in percent of the column's largest magnitude, rounded to 0.1. */
  bar?: number;
  missing: boolean;
  /** On the name of the current row: the cue as the table prints it after the name (zh-CN "（报告正文点名）"). */
  cue?: string;
}

/** A cell's text as printed, its cue (if any) after it. */
export function shownText(cell: RankingCell): string {
  return cell.cue ? `${cell.text}${cell.cue}` : cell.text;
}

export interface RankingTableModel {
  columns: (RankingColumn & { numeric: boolean; sort?: 'ascending' | 'descending' })[];
  rows: { key: string; cells: RankingCell[]; data?: Record<string, string>; current?: boolean }[];
  sortKey: string;
  direction: 'ascending' | 'descending';
  notes: string[];
  /** The language of the table's words; Chinese originals in a table of another language are marked as such. */
  locale: Locale;
}

/** Compare two values of a column: numbers numerically, text by the locale's collation (zh-CN: pinyin), missing values last either way. */
function compare(a: RankingValue, b: RankingValue, direction: 'ascending' | 'descending', locale: Locale): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  const sign = direction === 'ascending' ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
  return sign * collator(locale, { numeric: true }).compare(String(a), String(b));
}

export function layoutRankingTable(rows: RankingRow[], columns: RankingColumn[], options: RankingTableOptions, context: LayoutContext = {}): RankingTableModel {
  const words = chartWords(context.locale);
  const direction = options.direction ?? 'ascending';
  const maxima = new Map(
    columns.filter((c) => c.kind === 'number').map((c) => [c.key, Math.max(0, ...rows.map((r) => Math.abs(Number(r[c.key] ?? 0)) || 0))]),
  );
  const nameColumn = columns.find((c) => c.rowHeader) ?? columns.find((c) => c.kind === 'text');
  const notes: string[] = [];
  const sorted = rows.map((row, index) => ({ row, index })).sort((p, q) => compare(p.row[options.sortKey] ?? null, q.row[options.sortKey] ?? null, direction, words.locale) || p.index - q.index);

  const keyOf = (row: RankingRow, index: number): string => (options.rowKey ? String(row[options.rowKey] ?? index) : String(index));
  const currentKey = options.current?.key;
  if (currentKey !== undefined && !rows.some((row, index) => keyOf(row, index) === currentKey)) throw new Error(`ranking table: no row keyed ${currentKey} to mark as current`);
  const cue = options.current ? words.t('chart.rowCue', { cue: options.current.cue }) : '';

  const modelRows = sorted.map(({ row, index }) => ({
    key: keyOf(row, index),
    ...(options.rowData ? { data: Object.fromEntries(Object.entries(options.rowData).map(([name, field]) => [name, String(row[field] ?? '')])) } : {}),
    ...(keyOf(row, index) === currentKey ? { current: true } : {}),
    cells: columns.map((column): RankingCell => {
      const raw = row[column.key] ?? null;
      const numeric = column.kind === 'number';
      const missing = raw === null || raw === '';
      if (missing) {
        if (numeric) notes.push(words.unpublished(words.pair(nameColumn ? String(row[nameColumn.key] ?? '') : String(index + 1), column.label)));
        return { key: column.key, text: '—', value: '', numeric, rowHeader: Boolean(column.rowHeader), missing: true };
      }
      if (!numeric || typeof raw !== 'number') {
        const named = column.rowHeader && keyOf(row, index) === currentKey ? { cue } : {};
        return { key: column.key, text: String(raw), value: String(raw), numeric, rowHeader: Boolean(column.rowHeader), missing: false, ...named };
      }
      const max = maxima.get(column.key) ?? 0;
      const wantsBar = column.bar ?? true;
      return {
        key: column.key,
        text: formatValue(raw, column.format ?? {}, words.locale),
        value: String(raw),
        numeric,
        rowHeader: Boolean(column.rowHeader),
        missing: false,
        ...(wantsBar ? { bar: max > 0 ? Math.round((Math.abs(raw) / max) * 1000) / 10 : 0 } : {}),
      };
    }),
  }));

  return {
    columns: columns.map((c) => ({ ...c, numeric: c.kind === 'number', ...(c.key === options.sortKey ? { sort: direction } : {}) })),
    rows: modelRows,
    sortKey: options.sortKey,
    direction,
    notes,
    locale: words.locale,
  };
}
