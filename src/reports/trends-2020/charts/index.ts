/** Charts of report B (2020 global blockchain development trends), in the report's order. */
import { chartList } from '../../../charts/entry.ts';
import { figureCoverageOf, type CoverageRow } from '../../../charts/coverage.ts';
import { figuresDataset } from '../../../data/figures.ts';
import { rowsOf } from '../data.ts';
import { META } from '../meta.ts';
import { landscapeCharts } from './landscape.ts';
import { comparisonCharts } from './comparison.ts';
import { currencyCharts } from './currency.ts';

export const CHARTS = chartList(() => [...landscapeCharts(), ...comparisonCharts(), ...currencyCharts()]);

export const chartById = CHARTS.byId;

/** The report's tables and figures (figures.csv) and the charts that draw them, matched once per build. */
let coverage: CoverageRow[] | undefined;
export const figureCoverage = (): CoverageRow[] => (coverage ??= figureCoverageOf(META.id, rowsOf(figuresDataset(META.id)).rows, CHARTS.all()));
