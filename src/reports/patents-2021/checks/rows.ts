/**
 * Where report A's consistency checks find their rows: its stated figures,
 * 一、1.'s country comparison, the named leading companies, 表 2 and 表 3.
 */
import type { Catalog } from '../../../data/load.ts';
import type { CountryComparisonRow, CountryMetric } from '../schemas/country-comparison.ts';
import type { IndustryRow } from '../schemas/industries.ts';
import type { LeadingCompanyRow } from '../schemas/leading-companies.ts';
import type { Top50Row } from '../schemas/top50.ts';
import { locate, stated as statedIn, type Located, type StatedRow } from '../../../data/checks.ts';

export const STATED = 'patents-2021/stated-figures';
export const COUNTRIES = 'patents-2021/country-comparison';
export const TOP50 = 'patents-2021/top50';
export const BANDS = 'patents-2021/application-bands';
export const LEADERS = 'patents-2021/leading-companies';
export const INDUSTRIES = 'patents-2021/industries';
export const INDUSTRY_LEADERS = 'patents-2021/industry-leaders';

export function stated(catalog: Catalog, id: string): Located<StatedRow> {
  return statedIn(catalog, STATED, id);
}

/** One country's figure; `code` null means the world total. */
export function country(catalog: Catalog, code: string | null, metric: CountryMetric): Located<CountryComparisonRow> {
  return locate<CountryComparisonRow>(catalog, COUNTRIES, (r) => r.country_code === code && r.metric === metric, `${code ?? 'world'} ${metric}`);
}

export function leader(catalog: Catalog, company: string, metric: LeadingCompanyRow['metric']): Located<LeadingCompanyRow> {
  return locate<LeadingCompanyRow>(catalog, LEADERS, (r) => r.company_zh === company && r.metric === metric, `${company} ${metric}`);
}

export function top50Row(catalog: Catalog, company: string): Located<Top50Row> {
  return locate<Top50Row>(catalog, TOP50, (r) => r.company_zh === company, company);
}

export function industry(catalog: Catalog, name: string): IndustryRow {
  return locate<IndustryRow>(catalog, INDUSTRIES, (r) => r.name_zh === name, `sector ${name}`).row;
}
