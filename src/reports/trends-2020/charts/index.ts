/** Charts of report B (2020 global blockchain development trends), in the report's order. */
import { chartList } from '../../../charts/entry.ts';
import { perLocale, type Locale } from '../../../i18n/locales.ts';
import { figureCoverageOf, type CoverageRow } from '../../../charts/coverage.ts';
import { figuresDataset } from '../../../data/figures.ts';
import { rowsOf } from '../data.ts';
import { META } from '../meta.ts';
import { landscapeCharts } from './landscape.ts';
import { comparisonCharts } from './comparison.ts';
import { currencyCharts } from './currency.ts';

/** The report's charts in one language, built once per language. */
export const chartsIn = perLocale((locale) => chartList(locale, () => [...landscapeCharts(locale), ...comparisonCharts(locale), ...currencyCharts(locale)]));

export const chartById = (id: string, locale?: Locale) => chartsIn(locale).byId(id);

/** The report's tables and figures (figures.csv) and the charts that draw them, matched once per build and language. */
export const figureCoverage = perLocale((locale): CoverageRow[] => figureCoverageOf(META.id, rowsOf(figuresDataset(META.id)).rows, chartsIn(locale).all(), locale));
