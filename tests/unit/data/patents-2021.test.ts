import { loadCatalog } from '../../../src/reports/site.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Catalog } from '../../../src/data/catalog.ts';
import { datasetFile, type DatasetDef } from '../../../src/data/dataset.ts';
import { parseDataset } from '../../../src/data/load.ts';
import * as checks from '../../../src/reports/patents-2021/checks/index.ts';
import type { Check } from '../../../src/data/checks.ts';
import { applicationBands } from '../../../src/reports/patents-2021/schemas/application-bands.ts';
import { countryComparison } from '../../../src/reports/patents-2021/schemas/country-comparison.ts';
import { industries } from '../../../src/reports/patents-2021/schemas/industries.ts';
import { industryLeaders } from '../../../src/reports/patents-2021/schemas/industry-leaders.ts';
import { PATENTS_2021_DATASETS } from '../../../src/reports/patents-2021/schemas/index.ts';
import { leadingCompanies } from '../../../src/reports/patents-2021/schemas/leading-companies.ts';
import { patentsStatedFigures } from '../../../src/reports/patents-2021/schemas/stated-figures.ts';
import { top50 } from '../../../src/reports/patents-2021/schemas/top50.ts';
import {
  countryFigure,
  countryMetric,
  derivedApplicationBandTotal,
  derivedTop50CountryCounts,
  industryRows,
  leadingCompaniesBy,
  sourceLabel,
  statedFigure,
  top50Rows,
} from '../../../src/reports/patents-2021/queries.ts';

const real = loadCatalog();

/** The real catalog with one dataset re-read from an edited copy of its CSV. */
function edited(def: DatasetDef, from: string, to: string): Catalog {
  const text = readFileSync(datasetFile(def), 'utf8');
  if (!text.includes(from)) throw new Error(`fixture text not found in ${datasetFile(def)}: ${from}`);
  const catalog = new Map(real);
  // The row pin and the rank run would stop some edits at parsing; these tests reach the checks behind them.
  const { rows: _rows, ranked: _ranked, ...unpinned } = def;
  catalog.set(def.id, parseDataset(unpinned, text.replace(from, to)));
  return catalog;
}

/** The 1-based line of the first CSV line starting with `prefix`. */
function lineOf(def: DatasetDef, prefix: string): number {
  const index = readFileSync(datasetFile(def), 'utf8').split('\n').findIndex((l) => l.startsWith(prefix));
  if (index < 0) throw new Error(`no line starting with ${prefix} in ${datasetFile(def)}`);
  return index + 1;
}

const statedAt = (id: string) => `data/patents-2021/stated-figures.csv:${lineOf(patentsStatedFigures, `${id},`)} column "value"`;
const countryAt = (prefix: string) => `data/patents-2021/country-comparison.csv:${lineOf(countryComparison, prefix)}`;

function failure(check: Check, catalog: Catalog): string {
  try {
    check(catalog);
  } catch (error) {
    return (error as Error).message;
  }
  return 'the check passed';
}

describe('report A datasets', () => {
  it.each([
    ['patents-2021/country-comparison', 39],
    ['patents-2021/application-bands', 7],
    ['patents-2021/leading-companies', 9],
    ['patents-2021/top50', 50],
    ['patents-2021/industries', 19],
    ['patents-2021/industry-leaders', 8],
    ['patents-2021/stated-figures', 80],
  ])('%s loads with %i rows', (id, count) => {
    expect(real.get(id)!.rows).toHaveLength(count);
  });

  it('registers the datasets in report order', () => {
    expect(PATENTS_2021_DATASETS.map((d) => d.id)).toEqual([
      'patents-2021/country-comparison',
      'patents-2021/application-bands',
      'patents-2021/leading-companies',
      'patents-2021/top50',
      'patents-2021/industries',
      'patents-2021/industry-leaders',
      'patents-2021/stated-figures',
      'patents-2021/figures',
    ]);
  });

  it('passes every consistency check on the real data', () => {
    for (const check of checks.PATENTS_2021_CHECKS) expect(failure(check, real)).toBe('the check passed');
  });

  it('keeps the three sub-rows of 表 1 as printed, with no bounds', () => {
    const subRows = real.get('patents-2021/application-bands')!.rows.filter((r) => (r as { row_kind: string }).row_kind === 'sub_row');
    expect(subRows.map((r) => [(r as { band_label: string }).band_label, (r as { min_applications: number | null }).min_applications])).toEqual([
      ['> (1件)', null],
      ['> (2件)', null],
      ['> (3件)', null],
    ]);
  });

  it('keeps a <script> cell as plain text in the typed row', () => {
    const text = readFileSync(datasetFile(industries), 'utf8').replace('司法,Judiciary,', '司法,<script>alert(1)</script>,');
    const row = parseDataset(industries, text).rows.find((r) => r.name_zh === '司法')!;
    expect(row.name_en).toBe('<script>alert(1)</script>');
  });

  it('stores 万 multiplied out with the printed form beside it', () => {
    const world = countryFigure(null, 'applications', real)!;
    expect([world.value, world.value_text]).toEqual([54900, '5.49万件']);
    expect(statedFigure('global_applicant_companies', real)).toMatchObject({ value: 7800, qualifier: 'nearly', value_text: '近7800家' });
  });
});

describe('report A queries', () => {
  it('returns typed rows and stated figures with their source', () => {
    expect(top50Rows(real)[0]!.company_zh).toBe('蚂蚁集团');
    expect(industryRows(real)[0]).toMatchObject({ name_zh: '智慧金融', applications: 4998, granted: 714 });
    const cnipa = statedFigure('cn_granted_cnipa', real);
    expect([cnipa.value, cnipa.qualifier, sourceLabel(cnipa)]).toEqual([4751, 'exact', '报告A一、2. 1)（图7）']);
    expect(() => statedFigure('no_such_figure', real)).toThrow('report A states no figure with id "no_such_figure"');
    expect(leadingCompaniesBy('granted', real).map((r) => r.company_zh)).toEqual(['蚂蚁集团', '腾讯', '平安集团']);
    expect(countryMetric('grant_rate', real).map((r) => r.country_code)).toEqual([null, 'CN', 'US', 'KR']);
    expect(countryFigure('KR', 'cited', real)).toBeUndefined();
  });

  it('labels counts computed from rows as derived', () => {
    const counts = derivedTop50CountryCounts(real);
    expect(counts[0]).toEqual({ country_code: 'CN', country_zh: '中国', country_en: 'China', companies: 29, derived: true });
    expect(counts.map((c) => c.companies).reduce((a, b) => a + b)).toBe(50);
    expect(derivedTop50CountryCounts(real, 10).find((c) => c.country_code === 'CN')!.companies).toBe(5);
    expect(derivedApplicationBandTotal(real)).toEqual({ companies: 4386, derived: true });
  });
});

describe('report A consistency checks fail on broken data', () => {
  it('top50IsARanking: a score rising down the table', () => {
    const broken = edited(top50, '2,平安集团,Ping An Group,,中国,China,CN,205,647,2573,3546,559,91.8,', '2,平安集团,Ping An Group,,中国,China,CN,205,647,2573,3546,559,99.5,');
    expect(failure(checks.top50IsARanking, broken)).toBe(
      `data/patents-2021/top50.csv:3 column "score" = "99.5": score rises above rank 1's 99; a ranking's scores never rise`,
    );
  });

  it('top50CountryCountsMatchText: one US company fewer than the text says', () => {
    const catalog = edited(top50, '19,Intel,Intel,,美国,United States,US,', '19,Intel,Intel,,加拿大,Canada,CA,');
    expect(failure(checks.top50CountryCountsMatchText, catalog)).toBe(
      `${statedAt('top50_count_us')} = "8": the report states "8家" (exact), but counting 表 2 rows with country US gives 7`,
    );
  });

  it('top50ChinaCountDisagreement: the documented 29 vs 30 changes', () => {
    const fewer = edited(top50, '50,工商银行,ICBC,,中国,China,CN,', '50,工商银行,ICBC,,美国,United States,US,');
    expect(failure(checks.top50ChinaCountDisagreement, fewer)).toBe(
      `${statedAt('top50_count_cn')} = "30": counting 表 2 rows with country CN now gives 28, not the 29 the dataset notes document: update the notes and this check`,
    );
    const resolved = edited(top50, '10,Accenture,Accenture,,爱尔兰,Ireland,IE,', '10,Accenture,Accenture,,中国,China,CN,');
    expect(failure(checks.top50ChinaCountDisagreement, resolved)).toBe(
      `${statedAt('top50_count_cn')} = "30": the report's "30家" now agrees with counting 表 2 rows with country CN (30); the disagreement documented in the dataset notes is gone: update the notes and this check`,
    );
  });

  it("antLeadsTop50: ranks 2–9 outgrant Ant Group", () => {
    const catalog = edited(top50, '2,平安集团,Ping An Group,,中国,China,CN,205,', '2,平安集团,Ping An Group,,中国,China,CN,1900,');
    expect(failure(checks.antLeadsTop50, catalog)).toBe(
      `data/patents-2021/top50.csv:2 column "granted" = "2057": the text says Ant Group's grants exceed ranks 2–9 together, but those ranks sum to 3369`,
    );
  });

  it('pingAnVersusTencent: Tencent overtakes Ping An on cited patents', () => {
    const catalog = edited(top50, '3,腾讯,Tencent,,中国,China,CN,645,492,', '3,腾讯,Tencent,,中国,China,CN,645,700,');
    expect(failure(checks.pingAnVersusTencent, catalog)).toBe(
      `data/patents-2021/top50.csv:3 column "cited" = "647": the text says Ping An leads Tencent here, but Tencent has 700`,
    );
  });

  it('leadingCompaniesMatchTop50: a grant count differing from 表 2', () => {
    const catalog = edited(leadingCompanies, '腾讯,Tencent,granted,2,645,', '腾讯,Tencent,granted,2,650,');
    expect(failure(checks.leadingCompaniesMatchTop50, catalog)).toBe(
      `data/patents-2021/leading-companies.csv:6 column "value" = "650": 表 2 gives 腾讯 645 in column granted`,
    );
  });

  it('antSharesMatchCounts: applications that no longer give 62% core technology', () => {
    const catalog = edited(leadingCompanies, '蚂蚁集团,Ant Group,applications,1,6961,', '蚂蚁集团,Ant Group,applications,1,7961,');
    expect(failure(checks.antSharesMatchCounts, catalog)).toBe(
      `${statedAt('ant_core_tech_share')} = "62": the report states "62%" (exact), but Ant Group core_tech (表 2) ÷ its applications gives 53.86`,
    );
  });

  it('antGlobalGrantShareDisagreement: the documented 17.2% vs 17.7% vanishes', () => {
    const catalog = edited(countryComparison, ',全球,World,granted,11600,patent,exact,1.16万件,', ',全球,World,granted,11960,patent,exact,1.20 万件,');
    expect(failure(checks.antGlobalGrantShareDisagreement, catalog)).toBe(
      `${statedAt('ant_granted_share_global')} = "17.2": the report's "17.2%" now agrees with Ant Group's grants ÷ world grants (17.13–17.27); the disagreement documented in the dataset notes is gone: update the notes and this check`,
    );
  });

  it('countryComparisonIsCoherent: a unit that does not fit the metric', () => {
    const catalog = edited(countryComparison, 'CN,中国,China,granted,6227,patent,', 'CN,中国,China,granted,6227,company,');
    expect(failure(checks.countryComparisonIsCoherent, catalog)).toBe(
      `${countryAt('CN,中国,China,granted,')} column "unit" = "company": metric granted is measured in patent`,
    );
  });

  it('countryRatesMatchCounts: a grant rate that its counts do not give', () => {
    const catalog = edited(countryComparison, 'CN,中国,China,grant_rate,19,percent,exact,19%,', 'CN,中国,China,grant_rate,21,percent,exact,21%,');
    expect(failure(checks.countryRatesMatchCounts, catalog)).toBe(
      `${countryAt('CN,中国,China,grant_rate,')} column "value" = "21": the report states "21%" (exact), but China granted ÷ China applications gives 18.96–19.01`,
    );
  });

  it('chinaVersusUnitedStates: the US ahead of China on families', () => {
    const catalog = edited(countryComparison, 'US,美国,United States,families,3300,family,exact,0.33万组,', 'US,美国,United States,families,30000,family,exact,3 万组,');
    expect(failure(checks.chinaVersusUnitedStates, catalog)).toBe(
      `${countryAt('CN,中国,China,families,')} column "value" = "26300": the text has China ahead of the US on families, but the US has 30000`,
    );
  });

  it('citationGapDisagreement: the heading figure corrected to 8', () => {
    const catalog = edited(patentsStatedFigures, ',7,percentage_point,exact,低于美国7个百分点,', ',8,percentage_point,exact,低于美国 8 个百分点,');
    expect(failure(checks.citationGapDisagreement, catalog)).toBe(
      `${statedAt('cn_us_citation_rate_gap')} = "8": the dataset notes document this figure as 7 (it disagrees with US citation rate minus China cited ÷ applications); update the notes and this check`,
    );
  });

  it('chinaGrantsSplit: grants abroad and from CNIPA no longer adding up', () => {
    const catalog = edited(patentsStatedFigures, ',1476,patent,exact,1476件,', ',1467,patent,exact,1467 件,');
    expect(failure(checks.chinaGrantsSplit, catalog)).toBe(
      `${countryAt('CN,中国,China,granted,')} column "value" = "6227": the report states "6227件" (exact), but cn_granted_abroad + cn_granted_cnipa gives 6218`,
    );
  });

  it('cnipaShareDisagreement: the documented 18% vs 14.5% changes', () => {
    const catalog = edited(patentsStatedFigures, ',4751,patent,exact,4751件,', ',4851,patent,exact,4851 件,');
    expect(failure(checks.cnipaShareDisagreement, catalog)).toBe(
      `${statedAt('cn_granted_cnipa_share')} = "18": cn_granted_cnipa ÷ China applications now gives 14.8, not the 14.5 the dataset notes document: update the notes and this check`,
    );
  });

  it('overseasBigFilers: Huawei dropping below 100 overseas filings', () => {
    const catalog = edited(top50, '15,华为,Huawei,,中国,China,CN,27,52,153,114,139,', '15,华为,Huawei,,中国,China,CN,27,52,153,114,99,');
    expect(failure(checks.overseasBigFilers, catalog)).toBe(
      `${statedAt('cn_overseas_big_filers')} = "4": the report states "四家公司" (exact), but counting Chinese 表 2 rows with international above 100 gives 3`,
    );
  });

  it('citationDistribution: a count of patents cited 1–2 times that no longer gives 57%', () => {
    const catalog = edited(patentsStatedFigures, ',4216,patent,exact,4216件,', ',3216,patent,exact,3216 件,');
    expect(failure(checks.citationDistribution, catalog)).toBe(
      `${statedAt('cn_cited_1_2_times_share')} = "57": the report states "57%" (exact), but cn_cited_1_2_times ÷ China cited gives 43.2`,
    );
  });

  it('repeatedFiguresAgree: a 2020 company count below "over 1000 a year"', () => {
    const catalog = edited(patentsStatedFigures, ',1953,company,exact,1953家,', ',953,company,exact,953 家,');
    expect(failure(checks.repeatedFiguresAgree, catalog)).toBe(
      `${statedAt('cn_applicant_companies_yearly_2018_2020')} = "1000": the report states "超过1000家" (over), but cn_applicant_companies_2020 gives 953`,
    );
  });

  it('applicationBandsMatchText: bands adding up to more than "近 4500"', () => {
    const catalog = edited(applicationBands, '10_99,10~99件,band,,10,99,237,', '10_99,10~99件,band,,10,99,437,');
    expect(failure(checks.applicationBandsMatchText, catalog)).toBe(
      `${statedAt('cn_applicant_companies')} = "4500": the report states "近4500家" (nearly), but summing the bands of 表 1 gives 4586`,
    );
  });

  it('applicationSubRowsAmbiguity: a sub-row given invented bounds, or sub-rows that split the band', () => {
    const bounded = edited(applicationBands, '1_9_sub_1,> (1件),sub_row,1_9,,,', '1_9_sub_1,> (1件),sub_row,1_9,2,,');
    expect(failure(checks.applicationSubRowsAmbiguity, bounded)).toBe(
      `data/patents-2021/application-bands.csv:6 column "min_applications" = "2": the report does not say what a sub-row counts: leave its bounds blank`,
    );
    const partition = edited(applicationBands, '1_9_sub_3,> (3件),sub_row,1_9,,,339,', '1_9_sub_3,> (3件),sub_row,1_9,,,800,');
    expect(failure(checks.applicationSubRowsAmbiguity, partition)).toBe(
      `data/patents-2021/application-bands.csv:8 column "companies" = "800": the sub-rows now sum to 4119 against a band of 4119; the dataset notes document 3658 against 4119: update the notes and this check`,
    );
  });

  it('industriesAreCoherent: more grants than applications, or a leader in no sector of 表 3', () => {
    const catalog = edited(industries, '司法,Judiciary,31,16,3,3,', '司法,Judiciary,31,16,40,3,');
    expect(failure(checks.industriesAreCoherent, catalog)).toBe(
      `data/patents-2021/industries.csv:20 column "granted" = "40": more grants than the 31 applications`,
    );
    const leaders = edited(industryLeaders, '能源,2,赫普科技,', '新能源,2,赫普科技,');
    expect(failure(checks.industriesAreCoherent, leaders)).toBe(
      `data/patents-2021/industry-leaders.csv:9 column "industry_zh" = "新能源": not a sector of 表 3`,
    );
  });

  it('industriesMatchText: a 表 3 figure that differs from the prose', () => {
    const catalog = edited(industries, '能源,Energy,480,195,92,56,', '能源,Energy,480,195,93,56,');
    expect(failure(checks.industriesMatchText, catalog)).toBe(
      `${statedAt('cn_energy_granted')} = "92": the report states "92件" (exact), but 表 3 能源 granted gives 93`,
    );
    const about = edited(industries, '智慧金融,Smart finance,4998,', '智慧金融,Smart finance,5400,');
    expect(failure(checks.industriesMatchText, about)).toBe(
      `${statedAt('cn_finance_applications')} = "5000": the report states "约5000件" (about), but 表 3 智慧金融 applications gives 5400`,
    );
  });

  it('financeGrantRateDisagreement: the documented 13% vs 14.3% vanishes', () => {
    const catalog = edited(industries, '智慧金融,Smart finance,4998,', '智慧金融,Smart finance,5492,');
    expect(failure(checks.financeGrantRateDisagreement, catalog)).toBe(
      `${statedAt('cn_finance_grant_rate')} = "13": the report's "13%" now agrees with 表 3 智慧金融 granted ÷ applications (13); the disagreement documented in the dataset notes is gone: update the notes and this check`,
    );
  });
});
