/**
 * Every dataset of the site, loaded once and checked for consistency. Pages,
 * the data page and datapackage.json all start here, so a broken CSV fails
 * any build that touches data.
 */
import type { DatasetDef } from './dataset.ts';
import { loadDataset, type Catalog, type LoadedDataset } from './load.ts';
import { runChecks } from './checks/index.ts';
import { PATENTS_2021_DATASETS } from './schemas/patents-2021/index.ts';
import { TRENDS_2020_DATASETS } from './schemas/trends-2020/index.ts';

export const DATASETS: readonly DatasetDef[] = [...PATENTS_2021_DATASETS, ...TRENDS_2020_DATASETS];

// Declared beside LoadedDataset, so the checks can name it without importing the catalog that runs them.
export type { Catalog };

let cached: Catalog | undefined;

/** Loads and checks every dataset; the result is shared by all pages of a build. */
export function loadCatalog(root = process.cwd()): Catalog {
  if (cached && root === process.cwd()) return cached;
  const catalog = new Map<string, LoadedDataset>();
  for (const def of DATASETS) catalog.set(def.id, loadDataset(def, root));
  runChecks(catalog);
  if (root === process.cwd()) cached = catalog;
  return catalog;
}

/** Typed rows of one dataset from the shared catalog. */
export function rowsOf<D extends DatasetDef>(def: D, catalog: Catalog = loadCatalog()): LoadedDataset<D['schema']> {
  const loaded = catalog.get(def.id);
  if (!loaded) throw new Error(`dataset ${def.id} is not in the catalog (add it to its report's index.ts)`);
  return loaded as unknown as LoadedDataset<D['schema']>;
}
