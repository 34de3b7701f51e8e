/**
 * Small tools for consistency checks: each failure points at the row and the
 * column whose stated value disagrees with what the data computes.
 */
import type { Catalog } from '../catalog.ts';
import { DataError } from '../errors.ts';
import type { LoadedDataset } from '../load.ts';

export type Check = (catalog: Catalog) => void;

export function dataset(catalog: Catalog, id: string): LoadedDataset {
  const loaded = catalog.get(id);
  if (!loaded) throw new Error(`consistency check needs dataset ${id}, which the catalog lacks`);
  return loaded;
}

export function failAt(loaded: LoadedDataset, index: number, column: string, reason: string): never {
  const row = loaded.rows[index] as Record<string, unknown>;
  throw new DataError({ file: loaded.file, line: loaded.lines[index]!, column, value: String(row[column]), reason });
}

/** The `value` of one row of a stated-figures table, with where it stands. */
export function stated(catalog: Catalog, datasetId: string, id: string) {
  const loaded = dataset(catalog, datasetId);
  const index = loaded.rows.findIndex((r) => (r as { id: string }).id === id);
  if (index < 0) throw new Error(`consistency check needs stated figure "${id}" in ${loaded.file}, which has no such row`);
  const row = loaded.rows[index] as { value: number };
  return { value: row.value, loaded, index };
}

/**
 * A figure the report states must equal the one computed from the rows;
 * `tolerance` allows for the report's rounding (e.g. 0.5 for whole percents).
 */
export function expectStated(catalog: Catalog, datasetId: string, id: string, computed: number, how: string, tolerance = 0): void {
  const { value, loaded, index } = stated(catalog, datasetId, id);
  if (Math.abs(value - computed) > tolerance) {
    failAt(loaded, index, 'value', `the report states ${value}, but ${how} gives ${round(computed)}`);
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
