import type { DatasetDef } from '../../../data/dataset.ts';
import { figuresDataset } from '../../../data/figures.ts';
import { countryComparison } from './country-comparison.ts';
import { applicationBands } from './application-bands.ts';
import { leadingCompanies } from './leading-companies.ts';
import { top50 } from './top50.ts';
import { industries } from './industries.ts';
import { industryLeaders } from './industry-leaders.ts';
import { patentsStatedFigures } from './stated-figures.ts';

/**
 * Report A's extracts, in the order of the report: 一、1. country comparison,
 * 一、2. 表 1 and the leading companies, 二、表 2, 三、表 3 and the sector leaders.
 * The stated figures span the whole report and come last.
 */
export const PATENTS_2021_DATASETS: readonly DatasetDef[] = [
  countryComparison,
  applicationBands,
  leadingCompanies,
  top50,
  industries,
  industryLeaders,
  patentsStatedFigures,
  /** Every table and figure of the report and how the site shows it. */
  figuresDataset('patents-2021', 20),
];
