import type { Catalog } from '../load.ts';
import { PATENTS_2021_CHECKS } from './patents-2021.ts';
import { TRENDS_2020_CHECKS } from './trends-2020.ts';

/** Runs every consistency check; the first failure stops the build. */
export function runChecks(catalog: Catalog): void {
  for (const check of [...PATENTS_2021_CHECKS, ...TRENDS_2020_CHECKS]) check(catalog);
}
