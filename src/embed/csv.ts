/**
 * A chart's data as CSV: the rows of entry.table (what the chart draws, the
 * same as its data table on the page), column labels as the header, UTF-8
 * with a byte-order mark so Excel reads the Chinese text right, CRLF lines.
 */
import Papa from 'papaparse';
import type { DataTable } from '../charts/entry.ts';

/** Header names: the column labels, made unique with the column key where two labels are the same. */
export function csvHeader(table: DataTable): string[] {
  const counts = new Map<string, number>();
  for (const c of table.columns) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  return table.columns.map((c) => ((counts.get(c.label) ?? 0) > 1 ? `${c.label}（${c.key}）` : c.label));
}

/**
 * A text cell a spreadsheet would run as a formula (it starts with = + - @,
 * a tab or a CR) gets a leading apostrophe, which spreadsheets show as text
 * (OWASP's advice on CSV injection); numbers stay numbers.
 */
export function formulaSafe(cell: string | number): string | number {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** A number with the digits the report printed (99.0 stays 99.0), else as stored. */
function printed(cell: string | number, decimals: number | undefined): string | number {
  return typeof cell === 'number' && decimals !== undefined ? cell.toFixed(decimals) : cell;
}

export function tableCsv(table: DataTable): string {
  const csv = Papa.unparse(
    { fields: csvHeader(table).map((h) => String(formulaSafe(h))), data: table.rows.map((row) => table.columns.map((c) => formulaSafe(printed(row[c.key] ?? '', c.decimals)))) },
    { newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
}
