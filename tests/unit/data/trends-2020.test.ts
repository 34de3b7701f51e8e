import { loadCatalog } from '../../../src/reports/site.ts';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type Catalog } from '../../../src/data/catalog.ts';
import * as checks from '../../../src/reports/trends-2020/checks.ts';
import type { Check } from '../../../src/data/checks.ts';
import { datasetFile, type DatasetDef } from '../../../src/data/dataset.ts';
import { parseDataset } from '../../../src/data/load.ts';
import { cbdcAttitudes } from '../../../src/reports/trends-2020/schemas/cbdc-attitudes.ts';
import { dcepPilotBanks } from '../../../src/reports/trends-2020/schemas/dcep-pilot-banks.ts';
import { engineerSalaries } from '../../../src/reports/trends-2020/schemas/engineer-salaries.ts';
import { filingsByCity } from '../../../src/reports/trends-2020/schemas/filings-by-city.ts';
import { fundedCompanies, parseAmountText } from '../../../src/reports/trends-2020/schemas/funded-companies.ts';
import { TRENDS_2020_DATASETS } from '../../../src/reports/trends-2020/schemas/index.ts';
import { marketForecasts } from '../../../src/reports/trends-2020/schemas/market-forecasts.ts';
import { platformComparison } from '../../../src/reports/trends-2020/schemas/platform-comparison.ts';
import { platformReleases } from '../../../src/reports/trends-2020/schemas/platform-releases.ts';
import { provincialPolicies } from '../../../src/reports/trends-2020/schemas/provincial-policies.ts';
import { sandboxPilots } from '../../../src/reports/trends-2020/schemas/sandbox-pilots.ts';
import { standards } from '../../../src/reports/trends-2020/schemas/standards.ts';
import { trendsStatedFigures } from '../../../src/reports/trends-2020/schemas/stated-figures.ts';
import { usCriticalTechnologies } from '../../../src/reports/trends-2020/schemas/us-critical-technologies.ts';
import * as q from '../../../src/reports/trends-2020/queries.ts';

const catalog = loadCatalog();
const SF = 'data/trends-2020/stated-figures.csv';

function textOf(def: DatasetDef): string {
  return readFileSync(datasetFile(def), 'utf8');
}

/** 1-based line of the first line starting with `prefix`. */
function lineOf(def: DatasetDef, prefix: string): number {
  const i = textOf(def).split('\n').findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no line starting with ${prefix} in ${def.id}`);
  return i + 1;
}

/** The real catalog with one dataset re-read from edited text. */
function edited(def: DatasetDef, edit: (text: string) => string): Catalog {
  const before = textOf(def);
  const after = edit(before);
  expect(after).not.toBe(before);
  const map = new Map(catalog);
  // The row pin and the rank run would stop some edits at parsing; these tests reach the checks behind them.
  const { rows: _rows, ranked: _ranked, ...unpinned } = def;
  map.set(def.id, parseDataset(unpinned, after));
  return map;
}

/** Replaces `from` with `to` on the one line starting with `prefix`. */
function onLine(prefix: string, from: string, to: string) {
  return (text: string) =>
    text
      .split('\n')
      .map((l) => (l.startsWith(prefix) ? l.replace(from, to) : l))
      .join('\n');
}

/** Sets the value cell of one stated figure. */
function statedValue(id: string, value: string): Catalog {
  return edited(trendsStatedFigures, (text) =>
    text
      .split('\n')
      .map((l) => {
        if (!l.startsWith(`${id},`)) return l;
        const cells = Papa.parse<string[]>(l).data[0]!;
        cells[7] = value;
        // The printed form changes with it, or the build would stop at value_text before the check under test.
        cells[10] = cells[10]!.replace(/\d[\d,]*(?:\.\d+)?/, value);
        return Papa.unparse([cells]);
      })
      .join('\n'),
  );
}

function expectFailure(check: Check, broken: Catalog, message: string): void {
  expect(() => check(catalog)).not.toThrow();
  expect(() => check(broken)).toThrow(message);
  try {
    check(broken);
  } catch (error) {
    expect((error as Error).message).toBe(message);
  }
}

const sfLine = (id: string) => lineOf(trendsStatedFigures, `${id},`);

describe('report B datasets', () => {
  it.each(
    ([
    [usCriticalTechnologies, 20],
    [marketForecasts, 3],
    [provincialPolicies, 9],
    [sandboxPilots, 9],
    [fundedCompanies, 12],
    [filingsByCity, 6],
    [platformReleases, 4],
    [platformComparison, 14],
    [standards, 16],
    [engineerSalaries, 3],
    [cbdcAttitudes, 27],
    [dcepPilotBanks, 10],
    ] as const).map(([def, rows]) => [def.id, def, rows] as const),
  )('%s loads with the rows the report implies', (_id, def, rows) => {
    expect(catalog.get(def.id)!.rows).toHaveLength(rows);
  });

  it('registers every dataset in report order, stated figures and the figure list last', () => {
    expect(TRENDS_2020_DATASETS.map((d) => d.id)).toEqual([
      'trends-2020/us-critical-technologies',
      'trends-2020/market-forecasts',
      'trends-2020/provincial-policies',
      'trends-2020/sandbox-pilots',
      'trends-2020/funded-companies',
      'trends-2020/filings-by-city',
      'trends-2020/platform-releases',
      'trends-2020/platform-comparison',
      'trends-2020/standards',
      'trends-2020/engineer-salaries',
      'trends-2020/cbdc-attitudes',
      'trends-2020/dcep-pilot-banks',
      'trends-2020/stated-figures',
      'trends-2020/figures',
    ]);
  });

  it('gives every stated figure a snake_case id, a section and the printed text', () => {
    for (const row of q.statedFigures()) {
      expect(row.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(row.section.length).toBeGreaterThan(0);
      expect(row.value_text.length).toBeGreaterThan(0);
    }
  });

  it('keeps unpublished figure values empty', () => {
    expect(q.engineerSalaries().find((r) => r.market === 'remote')!.salary_usd).toBeNull();
    expect(q.filingsByCity().filter((r) => r.filings !== null).map((r) => [r.city_zh, r.filings])).toEqual([['北京', 295]]);
    expect(q.marketForecasts().map((r) => [r.region, r.year, r.value_usd])).toEqual([
      ['global', 2020, 4280000000],
      ['global', 2023, 14400000000],
      ['cn', 2024, 2280000000],
    ]);
  });
});

describe('表 3 amounts', () => {
  it.each([
    ['3.24亿美元', { value: 324000000, currency: 'USD', disclosed: true, precision: 'exact' }],
    ['25.9亿人民币', { value: 2590000000, currency: 'CNY', disclosed: true, precision: 'exact' }],
    ['1亿人民币', { value: 100000000, currency: 'CNY', disclosed: true, precision: 'exact' }],
    ['800万人民币', { value: 8000000, currency: 'CNY', disclosed: true, precision: 'exact' }],
    ['1000万人民币', { value: 10000000, currency: 'CNY', disclosed: true, precision: 'exact' }],
    ['数千万人民币', { value: null, currency: 'CNY', disclosed: true, precision: 'range' }],
    ['未披露', { value: null, currency: null, disclosed: false, precision: 'undisclosed' }],
  ] as const)('reads %s', (text, expected) => {
    expect(parseAmountText(text)).toEqual(expected);
  });

  it('rejects cells it cannot read rather than guessing', () => {
    expect(parseAmountText('约 3 亿')).toBeNull();
    expect(parseAmountText('3.24 亿')).toBeNull();
    expect(parseAmountText('')).toBeNull();
  });

  it('stores each row as its printed cell reads', () => {
    const rows = q.fundedCompanies();
    for (const row of rows) {
      const parsed = parseAmountText(row.amount_text)!;
      expect([row.amount_value, row.amount_currency, row.amount_disclosed, row.amount_precision]).toEqual([
        parsed.value,
        parsed.currency,
        parsed.disclosed,
        parsed.precision,
      ]);
    }
    const by = (p: string) => rows.filter((r) => r.amount_precision === p).map((r) => r.company);
    expect(by('exact')).toEqual(['金融壹账通', '易见股份', '微位科技', '三十天科技', '玳鸽信息']);
    expect(by('range')).toEqual(['复杂美', '光之树科技', '荷月科技']);
    expect(by('undisclosed')).toEqual(['云象区块链', '能链科技', '易通天下', '优权天成']);
  });

  it('sums exact amounts per currency and never sums a range (derived)', () => {
    expect(q.fundingByCurrencyDerived()).toEqual([
      { currency: 'USD', exactTotal: 324000000, exactCount: 1, rangeCount: 0 },
      { currency: 'CNY', exactTotal: 2590000000 + 100000000 + 8000000 + 10000000, exactCount: 4, rangeCount: 3 },
    ]);
  });
});

describe('report B queries', () => {
  it('derives the 表 2 totals from the city rows', () => {
    expect(q.sandboxTotalsDerived()).toEqual({ cities: 9, totalProjects: 60, blockchainProjects: 20, blockchainSharePercent: 100 / 3 });
  });

  it('finds stated figures by id and fails loudly on an unknown id', () => {
    expect(q.statedFigure('filings_total')).toMatchObject({ value: 1015, unit: 'project', qualifier: 'exact' });
    expect(q.statedFigure('talent_gap_cn')).toMatchObject({ value: 750000, qualifier: 'over', value_text: '75万以上' });
    expect(() => q.statedFigure('no_such_figure')).toThrow('report B has no stated figure "no_such_figure"');
  });

  it('groups 表 5 by attitude and counts pilot banks (derived)', () => {
    expect(q.cbdcAttitudeGroups().map((g) => [g.attitude, g.rows.length])).toEqual([
      ['issued', 9],
      ['pilot', 5],
      ['research', 12],
      ['no_plan', 1],
    ]);
    expect(q.dcepBankCountsDerived().map((c) => [c.city_en, c.banks])).toEqual([
      ['Shenzhen', 4],
      ['Suzhou', 6],
    ]);
    expect(q.bsnCostMultipleDerived().multiple).toBeCloseTo(66.667, 2);
  });
});

describe('report B consistency checks fail on broken data', () => {
  it('every check passes on the real data', () => {
    for (const check of checks.TRENDS_2020_CHECKS) expect(() => check(catalog)).not.toThrow();
  });

  it('表 1: row count against the stated 20', () => {
    const broken = edited(usCriticalTechnologies, (t) => t.split('\n').filter((l) => !l.startsWith('20,')).join('\n'));
    expectFailure(checks.usListIsComplete, broken, `${SF}:${sfLine('us_cet_count')} column "value" = "20": the report states 20, but counting the rows of us-critical-technologies.csv gives 19`);
  });

  it('表 1: distributed ledgers must be on the list', () => {
    const broken = edited(usCriticalTechnologies, onLine('14,', '分布式账本技术', '分布式数据库'));
    expectFailure(
      checks.usListIsComplete,
      broken,
      `data/trends-2020/us-critical-technologies.csv:21 column "name_zh" = "太空技术": the prose says distributed ledger technology (分布式账本技术) is on the list, but no row names it`,
    );
  });

  it('表 2: project totals against the 合计 row', () => {
    const broken = edited(sandboxPilots, onLine('1,上海', ',8,7,', ',9,7,'));
    expectFailure(checks.sandboxAddsUp, broken, `${SF}:${sfLine('sandbox_total_projects')} column "value" = "60": the report states 60, but adding total_projects over the city rows gives 61`);
  });

  it('表 2: blockchain projects against the 合计 row', () => {
    const broken = edited(sandboxPilots, onLine('5,广州', ',5,0,', ',5,1,'));
    expectFailure(checks.sandboxAddsUp, broken, `${SF}:${sfLine('sandbox_blockchain_projects')} column "value" = "20": the report states 20, but adding blockchain_projects over the city rows gives 21`);
  });

  it('表 2: the one-third claim', () => {
    const broken = statedValue('sandbox_blockchain_share', '30');
    expectFailure(checks.sandboxAddsUp, broken, `${SF}:${sfLine('sandbox_blockchain_share')} column "value" = "30": the report states 30, but the city rows (blockchain ÷ total × 100) gives 33.333`);
  });

  it('表 2: a city cannot have more blockchain projects than projects', () => {
    const broken = edited(sandboxPilots, onLine('7,深圳', ',4,1,', ',4,5,'));
    expectFailure(
      checks.sandboxAddsUp,
      broken,
      `data/trends-2020/sandbox-pilots.csv:${lineOf(sandboxPilots, '7,深圳')} column "blockchain_projects" = "5": a city cannot have more blockchain projects than its 4 projects in all`,
    );
  });

  it('表 3: an exact amount must match its printed cell', () => {
    const broken = edited(fundedCompanies, onLine('金融壹账通', ',324000000,', ',32400000,'));
    expectFailure(
      checks.fundingAmountsMatchText,
      broken,
      `data/trends-2020/funded-companies.csv:${lineOf(fundedCompanies, '金融壹账通')} column "amount_value" = "32400000": amount_text "3.24亿美元" reads as 324000000`,
    );
  });

  it('表 3: 数千万 must never become a number', () => {
    const broken = edited(fundedCompanies, onLine('复杂美', '数千万人民币,,CNY', '数千万人民币,10000000,CNY'));
    expectFailure(
      checks.fundingAmountsMatchText,
      broken,
      `data/trends-2020/funded-companies.csv:${lineOf(fundedCompanies, '复杂美')} column "amount_value" = "10000000": amount_text "数千万人民币" reads as no exact value (leave blank)`,
    );
  });

  it('表 3: 未披露 is not disclosed', () => {
    const broken = edited(fundedCompanies, onLine('云象区块链', ',false,undisclosed', ',true,undisclosed'));
    expectFailure(
      checks.fundingAmountsMatchText,
      broken,
      `data/trends-2020/funded-companies.csv:${lineOf(fundedCompanies, '云象区块链')} column "amount_disclosed" = "true": amount_text "未披露" reads as undisclosed`,
    );
  });

  it('forecasts stay inside the span of their figure', () => {
    const broken = edited(marketForecasts, onLine('global,全球,Global,2023', '2023', '2025'));
    expectFailure(
      checks.forecastsInsideTheirFigures,
      broken,
      `data/trends-2020/market-forecasts.csv:3 column "year" = "2025": 图 2 covers 2018–2023 only`,
    );
  });

  it('contents headings: 超57% must stay above the body figure', () => {
    const broken = statedValue('idc_global_cagr', '56.9');
    expectFailure(
      checks.headingsMatchBody,
      broken,
      `${SF}:${sfLine('toc_global_cagr_headline')} column "value" = "57": the report states 超57% (over 57), but the body’s global CAGR (idc_global_cagr) gives 56.9`,
    );
  });

  it('contents headings: the 超51% vs 51% disagreement stays pinned', () => {
    const broken = statedValue('idc_cn_cagr', '51.5');
    expectFailure(
      checks.headingsMatchBody,
      broken,
      `${SF}:${sfLine('idc_cn_cagr')} column "value" = "51.5": the notes document that the contents heading says 超51% while the body says 51%; the figures changed, so update that note`,
    );
  });

  it('图 8: no city above Beijing, and the known counts within the total', () => {
    const above = edited(filingsByCity, onLine('2,深圳', ',,,2020-10', ',300,300个,2020-10'));
    expectFailure(checks.filingsWithinTotal, above, `data/trends-2020/filings-by-city.csv:3 column "filings" = "300": the prose names 北京 as the city with the most filings (295)`);
    const over = edited(filingsByCity, onLine('1,北京', ',295,295个,', ',1100,295个,'));
    expectFailure(checks.filingsWithinTotal, over, `${SF}:${sfLine('filings_total')} column "value" = "1015": the cities' published counts already add up to 1100, more than this total`);
  });

  it('表 4: the TPS figures are the ones printed in the table', () => {
    const broken = edited(platformComparison, onLine('9,性能', 'TPS3400', 'TPS3500'));
    expectFailure(checks.platformTpsMatchTable, broken, `${SF}:${sfLine('fabric_tps_table4')} column "value" = "3400": 表 4's fabric performance cell does not print TPS3400`);
  });

  it('FISCO BCOS community: the documented disagreement stays pinned', () => {
    const broken = statedValue('fisco_apps_backmatter', '130');
    expectFailure(
      checks.fiscoCommunityDisagreementPinned,
      broken,
      `${SF}:${sfLine('fisco_apps_backmatter')} column "value" = "130": the notes document 表 4’s 120+ applications in production against the back matter’s 80+; the figures changed, so update that note`,
    );
  });

  it('BSN: data centres equal city nodes', () => {
    const broken = statedValue('bsn_data_centers', '130');
    expectFailure(
      checks.bsnNodesAreDataCentres,
      broken,
      `${SF}:${sfLine('bsn_data_centers')} column "value" = "130": the report states 130, but the city-node count (bsn_city_nodes; a data centre is a city node) gives 131`,
    );
  });

  it('patents: China’s shares of companies and applications', () => {
    const companies = statedValue('patent_companies_cn', '3300');
    expectFailure(
      checks.patentSharesAddUp,
      companies,
      `${SF}:${sfLine('patent_companies_cn_share')} column "value" = "54.3": the report states 54.3, but patent_companies_cn ÷ patent_companies_global × 100 gives 55.687`,
    );
    const applications = statedValue('patent_applications_global', '36000');
    expectFailure(
      checks.patentSharesAddUp,
      applications,
      `${SF}:${sfLine('patent_applications_cn_share')} column "value" = "53.7": the report states 53.7, but patent_applications_cn ÷ patent_applications_global × 100 gives 56.761`,
    );
  });

  it('granted patents: China’s rank follows the shares; Alibaba’s abroad share follows its counts', () => {
    const rank = statedValue('granted_share_cn', '25');
    expectFailure(
      checks.grantedPatentsConsistent,
      rank,
      `${SF}:${sfLine('granted_rank_cn')} column "value" = "3": the report states 3, but ranking China’s share against the US and Korea shares gives 2`,
    );
    const abroad = statedValue('granted_alibaba_abroad', '120');
    expectFailure(
      checks.grantedPatentsConsistent,
      abroad,
      `${SF}:${sfLine('granted_alibaba_abroad_share')} column "value" = "59": the report states 超过59% (over 59), but granted_alibaba_abroad ÷ granted_alibaba × 100 gives 56.604`,
    );
  });

  it('talent: the ~40% growth follows from 3780 and 5290', () => {
    const broken = statedValue('developers_cn_2018', '3000');
    expectFailure(
      checks.developerGrowthAddsUp,
      broken,
      `${SF}:${sfLine('developers_cn_growth')} column "value" = "40": the report states 约40% (about 40), but (developers_cn_2019 − developers_cn_2018) ÷ developers_cn_2018 × 100 gives 76.333`,
    );
  });

  it('图 14: salaries agree with the stated figures', () => {
    const broken = edited(engineerSalaries, onLine('us,', '110000', '120000'));
    expectFailure(checks.salariesAgree, broken, `data/trends-2020/engineer-salaries.csv:4 column "salary_usd" = "120000": stated-figures.csv (backend_salary_us) records 110000`);
  });

  it('standards: IEEE released rows against the stated three', () => {
    const broken = edited(standards, onLine('ieee_crypto_custodian', 'international,released', 'international,in_preparation'));
    expectFailure(
      checks.standardsCounted,
      broken,
      `${SF}:${sfLine('ieee_standards_released')} column "value" = "3": the report states 3, but counting the IEEE rows marked released in standards.csv gives 2`,
    );
  });

  it('表 5: the 9/5/12/1 split as printed', () => {
    const broken = edited(cbdcAttitudes, onLine('no_plan,', 'no_plan,暂无计划,No plan yet', 'research,研究,Research'));
    expectFailure(
      checks.cbdcTableAsPrinted,
      broken,
      `data/trends-2020/cbdc-attitudes.csv:28 column "attitude" = "research": 表 5 prints 12 countries as research; the file has 13`,
    );
  });

  it('表 5: Senegal, named by the prose as an issuer, stays in the issued row', () => {
    const broken = edited(cbdcAttitudes, (t) =>
      onLine('pilot,试点,Pilot,1,中国', 'pilot,试点,Pilot', 'issued,已发行,Issued')(onLine('issued,已发行,Issued,7,塞内加尔', 'issued,已发行,Issued', 'pilot,试点,Pilot')(t)),
    );
    expectFailure(checks.cbdcTableAsPrinted, broken, `data/trends-2020/cbdc-attitudes.csv:8 column "attitude" = "pilot": the prose names this country as having issued a CBDC`);
  });

  it('表 5: issuers do not exceed the prose’s count', () => {
    const broken = statedValue('cbdc_issued_developing', '8');
    expectFailure(checks.cbdcTableAsPrinted, broken, `${SF}:${sfLine('cbdc_issued_developing')} column "value" = "8": 表 5 already lists 9 issuing countries, more than this count`);
  });

  it('DCEP: Shenzhen’s four banks; Suzhou’s additions flagged', () => {
    const fewer = edited(dcepPilotBanks, (t) => t.split('\n').filter((l) => !l.startsWith('深圳,Shenzhen,2020-10,建')).join('\n'));
    expectFailure(
      checks.dcepBanksAddUp,
      fewer,
      `${SF}:${sfLine('dcep_sz_banks')} column "value" = "4": the report states 4, but counting the Shenzhen rows of dcep-pilot-banks.csv gives 3`,
    );
    const flag = edited(dcepPilotBanks, onLine('苏州,Suzhou,2020-12,交通银行', ',true,', ',false,'));
    expectFailure(
      checks.dcepBanksAddUp,
      flag,
      `data/trends-2020/dcep-pilot-banks.csv:10 column "newly_added" = "false": this bank did not take part in Shenzhen, so it is new in Suzhou`,
    );
  });

  it('trade finance platform: 24 + 40 = 64', () => {
    const broken = statedValue('tf_foreign', '41');
    expectFailure(checks.tradeFinancePartsAddUp, broken, `${SF}:${sfLine('tf_institutions')} column "value" = "64": the report states 64, but tf_domestic + tf_foreign gives 65`);
  });
});
