/**
 * CSV file → typed rows. Every cell goes through its column schema; the first
 * bad one stops the build with `file:line column "name" = "value": reason`.
 * No row is dropped: the result has exactly one typed row per data record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { parseCsv } from './csv.ts';
import { columnMeta } from './columns.ts';
import { rowRules } from './row-rules.ts';
import { datasetFile, type DatasetDef, type RowSchema } from './dataset.ts';
import { decodeCsv } from './encoding.ts';
import { DataError } from './errors.ts';
import { rememberRows } from './row-source.ts';

export interface LoadedDataset<S extends RowSchema = RowSchema> {
  def: DatasetDef<S>;
  file: string;
  rows: z.output<S>[];
  /** Line in the CSV where rows[i] starts, for errors found after loading. */
  lines: number[];
  /** The file's text as read, for downloads of the CSV exactly as it is. */
  text: string;
}

export function parseDataset<S extends RowSchema>(def: DatasetDef<S>, text: string, file = datasetFile(def)): LoadedDataset<S> {
  const { header, records } = parseCsv(text, file);
  const shape = def.schema.shape as Record<string, z.ZodType<unknown, string>>;
  const expected = Object.keys(shape);

  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') throw new DataError({ file, line: 1, reason: 'a header cell is blank: every column needs a name' });
    if (seen.has(name)) throw new DataError({ file, line: 1, column: name, value: name, reason: 'this column name appears twice in the header' });
    seen.add(name);
    if (!(name in shape)) {
      throw new DataError({ file, line: 1, column: name, value: name, reason: `unknown column; the schema has: ${expected.join(', ')}` });
    }
  }
  const missing = expected.filter((name) => !seen.has(name));
  if (missing.length > 0) {
    throw new DataError({ file, line: 1, reason: `the header lacks column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}` });
  }

  const rules = rowRules(Object.fromEntries(expected.map((name) => [name, columnMeta(shape[name]!)])));
  const rows: z.output<S>[] = [];
  const lines: number[] = [];
  const keys = new Map<string, number>();
  for (const record of records) {
    const row: Record<string, unknown> = {};
    header.forEach((name, i) => {
      const raw = record.cells[i]!;
      const result = shape[name]!.safeParse(raw);
      if (!result.success) {
        throw new DataError({ file, line: record.line, column: name, value: raw, reason: result.error.issues[0]?.message ?? 'invalid value' });
      }
      row[name] = result.data;
    });
    const key = JSON.stringify(def.key.map((k) => row[k]));
    const previous = keys.get(key);
    if (previous !== undefined) {
      const column = def.key.join('+');
      throw new DataError({
        file,
        line: record.line,
        column,
        value: def.key.map((k) => String(row[k])).join(' + '),
        reason: `duplicate id: line ${previous} has the same ${column}`,
      });
    }
    keys.set(key, record.line);
    for (const rule of rules) {
      const problem = rule(row);
      if (problem) throw new DataError({ file, line: record.line, column: problem.column, value: record.cells[header.indexOf(problem.column)] ?? '', reason: problem.reason });
    }
    rows.push(row as z.output<S>);
    lines.push(record.line);
  }
  if (def.ranked) checkRanks(def.ranked, rows as Record<string, unknown>[], lines, file);
  if (def.rows !== undefined && rows.length !== def.rows) {
    const last = lines.at(-1) ?? 1;
    throw new DataError({
      file,
      line: last,
      reason: `the dataset is pinned at ${def.rows} rows (what the report gives), the file has ${rows.length}: a row was ${rows.length < def.rows ? 'deleted' : 'added'}; if that is right, change rows in its schema and say why`,
    });
  }
  rememberRows(def, rows);
  return { def, file, rows, lines, text };
}

/** Reads `<dataRoot>/<id>.csv` under `root` (the project root by default). */
export function loadDataset<S extends RowSchema>(def: DatasetDef<S>, root = process.cwd(), dataRoot = 'data'): LoadedDataset<S> {
  const file = datasetFile(def, dataRoot);
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, file));
  } catch (error) {
    throw new DataError({ file, line: 1, reason: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
  }
  return parseDataset(def, decodeCsv(bytes, file), file);
}

/** Every loaded dataset by id: what checks and queries read (catalog.ts builds it). */
export type Catalog = ReadonlyMap<string, LoadedDataset>;

/** Ranks run 1, 2 … n in each group: a gap or a repeat means a row was lost or mistyped. */
function checkRanks(ranked: NonNullable<DatasetDef['ranked']>, rows: Record<string, unknown>[], lines: number[], file: string): void {
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const group = JSON.stringify((ranked.within ?? []).map((c) => row[c]));
    groups.set(group, [...(groups.get(group) ?? []), index]);
  });
  for (const members of groups.values()) {
    const n = members.length;
    const seen = new Set<number>();
    // n rows with distinct ranks from 1 to n are a full run; the row to blame is out of range or repeats a rank.
    const culprit = members.find((i) => {
      const rank = Number(rows[i]![ranked.column]);
      const bad = rank < 1 || rank > n || seen.has(rank);
      seen.add(rank);
      return bad;
    });
    if (culprit === undefined) continue;
    const ranks = new Set(members.map((i) => Number(rows[i]![ranked.column])));
    const missing = Array.from({ length: n }, (_, i) => i + 1).find((r) => !ranks.has(r)) ?? n;
    const scope = ranked.within?.length ? ` within its ${ranked.within.join(' + ')}` : '';
    throw new DataError({
      file,
      line: lines[culprit]!,
      column: ranked.column,
      value: String(rows[culprit]![ranked.column]),
      reason: `ranks must run 1 to ${n}${scope} without a gap or a repeat; rank ${missing} is missing`,
    });
  }
}
