/**
 * The chart registry: every chart of the site, in report order. Built from
 * the data catalog once per build.
 */
import { patents2021Charts } from './patents-2021/index.ts';
import { trends2020Charts } from './trends-2020/index.ts';
import type { ChartEntry } from './types.ts';

let cached: ChartEntry[] | undefined;

export function chartRegistry(): ChartEntry[] {
  if (!cached) {
    cached = [...patents2021Charts(), ...trends2020Charts()];
    const seen = new Set<string>();
    for (const entry of cached) {
      if (seen.has(entry.id)) throw new Error(`chart id "${entry.id}" is declared twice in the registry`);
      seen.add(entry.id);
    }
  }
  return cached;
}

export function chartById(id: string): ChartEntry {
  const entry = chartRegistry().find((e) => e.id === id);
  if (!entry) throw new Error(`no chart "${id}" in the registry`);
  return entry;
}

export type { ChartEntry, ChartSpec, DataTable } from './types.ts';
