/** Charts of report B (2020 global blockchain development trends), in the report's order. */
import { landscapeCharts } from './landscape.ts';
import { comparisonCharts } from './comparison.ts';
import type { ChartEntry } from '../types.ts';

export function trends2020Charts(): ChartEntry[] {
  return [...landscapeCharts(), ...comparisonCharts()];
}
