/** Charts of report A (2021 blockchain patent quality), in the report's order. */
import { globalQualityCharts } from './global-quality.ts';
import { qualityIndexCharts } from './quality-index.ts';
import { industriesCharts } from './industries.ts';
import type { ChartEntry } from '../types.ts';

export function patents2021Charts(): ChartEntry[] {
  return [...globalQualityCharts(), ...qualityIndexCharts(), ...industriesCharts()];
}
