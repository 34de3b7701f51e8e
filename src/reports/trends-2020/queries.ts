/**
 * Typed queries over report B's extracts (2020 global blockchain trends
 * report) for pages and charts. Functions named `…Derived` compute values the
 * report does not print; everything else returns rows as extracted.
 */
import type { Catalog } from '../../data/catalog.ts';
import { rowsOf } from './data.ts';
import type { StatedFigure } from '../../data/stated-figures.ts';
import { cbdcAttitudes as cbdcAttitudesDef, CBDC_ATTITUDES, type CbdcAttitude, type CbdcAttitudeRow } from './schemas/cbdc-attitudes.ts';
import { dcepPilotBanks as dcepPilotBanksDef, type DcepPilotBankRow } from './schemas/dcep-pilot-banks.ts';
import { engineerSalaries as engineerSalariesDef, type EngineerSalaryRow } from './schemas/engineer-salaries.ts';
import { filingsByCity as filingsByCityDef, type FilingsByCityRow } from './schemas/filings-by-city.ts';
import { fundedCompanies as fundedCompaniesDef, type AmountCurrency, type FundedCompanyRow } from './schemas/funded-companies.ts';
import { marketForecasts as marketForecastsDef, type MarketForecastRow } from './schemas/market-forecasts.ts';
import { platformComparison as platformComparisonDef, type PlatformComparisonRow } from './schemas/platform-comparison.ts';
import { platformReleases as platformReleasesDef, type PlatformReleaseRow } from './schemas/platform-releases.ts';
import { provincialPolicies as provincialPoliciesDef, type ProvincialPolicyRow } from './schemas/provincial-policies.ts';
import { sandboxPilots as sandboxPilotsDef, type SandboxPilotRow } from './schemas/sandbox-pilots.ts';
import { standards as standardsDef, type StandardRow } from './schemas/standards.ts';
import { trendsStatedFigures } from './schemas/stated-figures.ts';
import { usCriticalTechnologies as usCriticalTechnologiesDef, type UsCriticalTechnologyRow } from './schemas/us-critical-technologies.ts';

/** 表 1, in the printed order. */
export function usCriticalTechnologies(catalog?: Catalog): UsCriticalTechnologyRow[] {
  return rowsOf(usCriticalTechnologiesDef, catalog).rows;
}

/** The one technology of 表 1 that the report's text names (分布式账本技术): the row the table is cited for. */
export function usNamedTechnology(catalog?: Catalog): UsCriticalTechnologyRow {
  const named = usCriticalTechnologies(catalog).filter((r) => r.named_in_text);
  if (named.length !== 1 || !named[0]) throw new Error(`us-critical-technologies: expected one row named in the text, found ${named.length}`);
  return named[0];
}

/** IDC spending forecasts the prose states; only published years (no interpolation). */
export function marketForecasts(catalog?: Catalog): MarketForecastRow[] {
  return rowsOf(marketForecastsDef, catalog).rows;
}

/** Provincial policy documents of 2020, those without a month last, as in the report. */
export function provincialPolicies(catalog?: Catalog): ProvincialPolicyRow[] {
  return rowsOf(provincialPoliciesDef, catalog).rows;
}

/** 表 2, one row per city in the printed order (the 合计 row is not a row). */
export function sandboxPilots(catalog?: Catalog): SandboxPilotRow[] {
  return rowsOf(sandboxPilotsDef, catalog).rows;
}

export interface SandboxTotalsDerived {
  cities: number;
  totalProjects: number;
  blockchainProjects: number;
  /** blockchain ÷ total × 100, computed from the city rows. */
  blockchainSharePercent: number;
}

/** Sums over the city rows of 表 2 (derived; the build checks them against the printed 合计 row). */
export function sandboxTotalsDerived(catalog?: Catalog): SandboxTotalsDerived {
  const rows = sandboxPilots(catalog);
  const totalProjects = rows.reduce((n, r) => n + r.total_projects, 0);
  const blockchainProjects = rows.reduce((n, r) => n + r.blockchain_projects, 0);
  return { cities: rows.length, totalProjects, blockchainProjects, blockchainSharePercent: (100 * blockchainProjects) / totalProjects };
}

/** 表 3, in the printed order. */
export function fundedCompanies(catalog?: Catalog): FundedCompanyRow[] {
  return rowsOf(fundedCompaniesDef, catalog).rows;
}

export interface DisclosedFundingDerived {
  currency: AmountCurrency;
  /** Sum of the exact amounts in this currency. */
  exactTotal: number;
  exactCount: number;
  /** Rows in this currency whose amount is only a range (数千万), left out of the total. */
  rangeCount: number;
}

/**
 * Exact amounts of 表 3 added up per currency (derived). Ranges are counted but
 * never summed; undisclosed rows are left out. Currencies are not converted.
 */
export function fundingByCurrencyDerived(catalog?: Catalog): DisclosedFundingDerived[] {
  const out = new Map<AmountCurrency, DisclosedFundingDerived>();
  for (const row of fundedCompanies(catalog)) {
    if (!row.amount_currency) continue;
    const entry = out.get(row.amount_currency) ?? { currency: row.amount_currency, exactTotal: 0, exactCount: 0, rangeCount: 0 };
    if (row.amount_precision === 'exact' && row.amount_value !== null) {
      entry.exactTotal += row.amount_value;
      entry.exactCount += 1;
    } else if (row.amount_precision === 'range') {
      entry.rangeCount += 1;
    }
    out.set(row.amount_currency, entry);
  }
  return [...out.values()];
}

/** 图 8: Beijing's count and the other cities in the prose's order, their counts null (unpublished). */
export function filingsByCity(catalog?: Catalog): FilingsByCityRow[] {
  return rowsOf(filingsByCityDef, catalog).rows;
}

/** The platform versions the report dates. */
export function platformReleases(catalog?: Catalog): PlatformReleaseRow[] {
  return rowsOf(platformReleasesDef, catalog).rows;
}

/** 表 4, one row per comparison dimension in the printed order. */
export function platformComparison(catalog?: Catalog): PlatformComparisonRow[] {
  return rowsOf(platformComparisonDef, catalog).rows;
}

/** Standards the report names, in the order it names them. */
export function standards(catalog?: Catalog): StandardRow[] {
  return rowsOf(standardsDef, catalog).rows;
}

/** 图 14's three markets in caption order; the remote salary is null (unpublished). */
export function engineerSalaries(catalog?: Catalog): EngineerSalaryRow[] {
  return rowsOf(engineerSalariesDef, catalog).rows;
}

/** 表 5, one row per country. */
export function cbdcAttitudes(catalog?: Catalog): CbdcAttitudeRow[] {
  return rowsOf(cbdcAttitudesDef, catalog).rows;
}

/** 表 5 grouped by attitude, in the table's order (issued, pilot, research, no plan). */
export function cbdcAttitudeGroups(catalog?: Catalog): { attitude: CbdcAttitude; rows: CbdcAttitudeRow[] }[] {
  const rows = cbdcAttitudes(catalog);
  return CBDC_ATTITUDES.map((attitude) => ({ attitude, rows: rows.filter((r) => r.attitude === attitude) }));
}

/** Banks in the two digital-yuan red-packet pilots. */
export function dcepPilotBanks(catalog?: Catalog): DcepPilotBankRow[] {
  return rowsOf(dcepPilotBanksDef, catalog).rows;
}

/** Banks per pilot city, counted from the rows (derived: the report states only Shenzhen's four). */
export function dcepBankCountsDerived(catalog?: Catalog): { city_zh: string; city_en: string; banks: number }[] {
  const counts = new Map<string, { city_zh: string; city_en: string; banks: number }>();
  for (const row of dcepPilotBanks(catalog)) {
    const entry = counts.get(row.pilot_city_en) ?? { city_zh: row.pilot_city_zh, city_en: row.pilot_city_en, banks: 0 };
    entry.banks += 1;
    counts.set(row.pilot_city_en, entry);
  }
  return [...counts.values()];
}

/** Every single figure of report B's prose. */
export function statedFigures(catalog?: Catalog): StatedFigure[] {
  return rowsOf(trendsStatedFigures, catalog).rows;
}

/** The stated figure with this id; throws when there is none, so a typo fails the build. */
export function statedFigure(id: string, catalog?: Catalog): StatedFigure {
  const row = statedFigures(catalog).find((r) => r.id === id);
  if (!row) throw new Error(`report B has no stated figure "${id}" (see data/trends-2020/stated-figures.csv)`);
  return row;
}

/** Stated figures of one topic (e.g. bsn, patents, talent), in file order. */
export function statedFiguresByTopic(topic: string, catalog?: Catalog): StatedFigure[] {
  return statedFigures(catalog).filter((r) => r.topic === topic);
}

/** BSN versus BaaS yearly cost of a three-node chain, as a multiple (derived from two stated figures, the BaaS one approximate). */
export function bsnCostMultipleDerived(catalog?: Catalog): { multiple: number; approximate: true } {
  const bsn = statedFigure('bsn_chain_cost', catalog).value;
  const baas = statedFigure('baas_chain_cost', catalog).value;
  return { multiple: baas / bsn, approximate: true };
}

/**
 * Derived from 图 2: the yearly growth rate, in percent and unrounded, that
 * the first and last global forecast years imply. IDC's stated CAGR gives no
 * years, so pages show both and say this one is computed.
 */
export function globalForecastGrowthDerived(catalog?: Catalog): { first: MarketForecastRow; last: MarketForecastRow; percent: number; derived: true } {
  const global = marketForecasts(catalog)
    .filter((r) => r.region === 'global')
    .sort((a, b) => a.year - b.year);
  const first = global[0];
  const last = global.at(-1);
  if (!first || !last || first === last) throw new Error('globalForecastGrowthDerived: 图 2 needs two global forecast years');
  return { first, last, percent: 100 * ((last.value_usd / first.value_usd) ** (1 / (last.year - first.year)) - 1), derived: true };
}
