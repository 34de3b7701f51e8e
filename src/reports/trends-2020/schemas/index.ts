import type { DatasetDef } from '../../../data/dataset.ts';
import { figuresDataset } from '../../../data/figures.ts';
import { usCriticalTechnologies } from './us-critical-technologies.ts';
import { marketForecasts } from './market-forecasts.ts';
import { provincialPolicies } from './provincial-policies.ts';
import { sandboxPilots } from './sandbox-pilots.ts';
import { fundedCompanies } from './funded-companies.ts';
import { filingsByCity } from './filings-by-city.ts';
import { platformReleases } from './platform-releases.ts';
import { platformComparison } from './platform-comparison.ts';
import { standards } from './standards.ts';
import { engineerSalaries } from './engineer-salaries.ts';
import { cbdcAttitudes } from './cbdc-attitudes.ts';
import { dcepPilotBanks } from './dcep-pilot-banks.ts';
import { trendsStatedFigures } from './stated-figures.ts';

/** Report B's extracts, in the order of the report. */
export const TRENDS_2020_DATASETS: readonly DatasetDef[] = [
  usCriticalTechnologies,
  marketForecasts,
  provincialPolicies,
  sandboxPilots,
  fundedCompanies,
  filingsByCity,
  platformReleases,
  platformComparison,
  standards,
  engineerSalaries,
  cbdcAttitudes,
  dcepPilotBanks,
  trendsStatedFigures,
  /** Every table and figure of the report and how the site shows it. */
  figuresDataset('trends-2020', 27),
];
