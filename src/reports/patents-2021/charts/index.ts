/** Charts of report A (2021 blockchain patent quality), in the report's order. */
import { chartList } from '../../../charts/entry.ts';
import { figureCoverageOf, type CoverageRow } from '../../../charts/coverage.ts';
import { figuresDataset } from '../../../data/figures.ts';
import { rowsOf } from '../data.ts';
import { META } from '../meta.ts';
import { globalQualityCharts } from './global-quality.ts';
import { qualityIndexCharts } from './quality-index.ts';
import { industriesCharts } from './industries.ts';

export const CHARTS = chartList(() => [...globalQualityCharts(), ...qualityIndexCharts(), ...industriesCharts()]);

export const chartById = CHARTS.byId;

/** The report's tables and figures (figures.csv) and the charts that draw them, matched once per build. */
let coverage: CoverageRow[] | undefined;
export const figureCoverage = (): CoverageRow[] => (coverage ??= figureCoverageOf(META.id, rowsOf(figuresDataset(META.id)).rows, CHARTS.all()));
