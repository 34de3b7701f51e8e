/**
 * The consistency-check toolkit both reports' checks are written with. A check
 * compares a figure the report states with what its tables (or its other
 * figures) compute; a failure points at the row and the column whose stated
 * value disagrees: `data/…csv:LINE column "value" = "30": reason`.
 *
 * What a qualified figure allows (约, 近, 超过 …) is defined once, in
 * ../qualifiers.ts; the arithmetic on the ranges printed figures stand for is
 * in ../range.ts.
 */
import type { Catalog } from './load.ts';
import { DataError } from './errors.ts';
import type { LoadedDataset } from './load.ts';
import { fits, type PrintedFigure } from './qualifiers.ts';
import { formatRange, mid, point, type Range } from './range.ts';

export type Check = (catalog: Catalog) => void;

/** One row of a dataset, with where it stands. */
export interface Located<R> {
  loaded: LoadedDataset;
  index: number;
  row: R;
}

/** A row of a stated-figures table. */
export type StatedRow = PrintedFigure & { id: string };

export function dataset(catalog: Catalog, id: string): LoadedDataset {
  const loaded = catalog.get(id);
  if (!loaded) throw new Error(`consistency check needs dataset ${id}, which the catalog lacks`);
  return loaded;
}

export function rowsOf<R>(catalog: Catalog, id: string): { loaded: LoadedDataset; rows: R[] } {
  const loaded = dataset(catalog, id);
  return { loaded, rows: loaded.rows as R[] };
}

/** The first row that `match`es; `what` names it when there is none. */
export function locate<R>(catalog: Catalog, datasetId: string, match: (row: R) => boolean, what: string): Located<R> {
  const loaded = dataset(catalog, datasetId);
  const index = loaded.rows.findIndex((r) => match(r as R));
  if (index < 0) missingRow(loaded, what);
  return { loaded, index, row: loaded.rows[index] as R };
}

/** One row of a stated-figures table, by its id. */
export function stated<R extends StatedRow = StatedRow>(catalog: Catalog, datasetId: string, id: string): Located<R> {
  return locate<R>(catalog, datasetId, (r) => r.id === id, `stated figure "${id}"`);
}

/** A row a check needs is gone: reported at the end of the file, where it would be added back. */
export function missingRow(loaded: LoadedDataset, what: string): never {
  throw new DataError({ file: loaded.file, line: (loaded.lines.at(-1) ?? 1) + 1, reason: `the consistency checks need ${what}, and the file has no such row (deleted?)` });
}

export function failAt(loaded: LoadedDataset, index: number, column: string, reason: string): never {
  const row = loaded.rows[index] as Record<string, unknown>;
  throw new DataError({ file: loaded.file, line: loaded.lines[index]!, column, value: String(row[column]), reason });
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The printed figure must fit the computed range, as its qualifier allows:
 * `the report states "19%" (exact), but … gives 18.96–19.01`.
 */
export function expectAgrees(at: Located<PrintedFigure>, computed: Range | number, how: string): void {
  const range = typeof computed === 'number' ? point(computed) : computed;
  if (!fits(at.row, range)) {
    failAt(at.loaded, at.index, 'value', `the report states "${at.row.value_text}" (${at.row.qualifier}), but ${how} gives ${formatRange(range)}`);
  }
}

/**
 * A stated figure must fit a value computed from the rows, as its qualifier
 * and its printed rounding allow: `the report states 60, but … gives 61`.
 */
export function expectStated(catalog: Catalog, datasetId: string, id: string, computed: number, how: string): void {
  const { row, loaded, index } = stated(catalog, datasetId, id);
  if (!fits(row, computed)) failAt(loaded, index, 'value', `the report states ${row.value}, but ${how} gives ${round3(computed)}`);
}

/**
 * The same, with the qualifier in the message (`the report states 超57% (over
 * 57), but … gives 56.9`). `within`, when given, is a bound of the check, not
 * of the qualifier: a heading that restates the body's 57.1% as 超57% must also
 * stay within 1 point of it, though 超过 alone has no upper bound.
 */
export function expectQualified(at: Located<PrintedFigure>, computed: number, how: string, within?: number): void {
  const f = at.row;
  const close = within === undefined || Math.abs(computed - f.value) <= within;
  if (!(fits(f, computed) && close)) {
    failAt(at.loaded, at.index, 'value', `the report states ${f.value_text} (${f.qualifier} ${f.value}), but ${how} gives ${round3(computed)}`);
  }
}

/**
 * A disagreement the dataset notes document: the printed figure must still be
 * `documented.stated`, must still disagree with the computed range, and the
 * computed value (rounded to `decimals`) must still be `documented.computed`.
 * A change in the data, or a corrected figure, stops the build so the note is
 * revisited.
 */
export function pinDisagreement(
  at: Located<PrintedFigure>,
  computed: Range,
  documented: { stated: number; computed: number; decimals: number },
  how: string,
): void {
  const value = at.row.value;
  if (value !== documented.stated) {
    failAt(at.loaded, at.index, 'value', `the dataset notes document this figure as ${documented.stated} (it disagrees with ${how}); update the notes and this check`);
  }
  if (fits(at.row, computed)) {
    failAt(
      at.loaded,
      at.index,
      'value',
      `the report's "${at.row.value_text}" now agrees with ${how} (${formatRange(computed)}); the disagreement documented in the dataset notes is gone: update the notes and this check`,
    );
  }
  const factor = 10 ** documented.decimals;
  const now = Math.round(mid(computed) * factor) / factor;
  if (now !== documented.computed) {
    failAt(at.loaded, at.index, 'value', `${how} now gives ${now}, not the ${documented.computed} the dataset notes document: update the notes and this check`);
  }
}
