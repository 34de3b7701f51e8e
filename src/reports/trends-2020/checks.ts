/**
 * Consistency checks for report B (2020 global blockchain trends report):
 * where the report states both the parts and the whole, or a share and its
 * counts, the data must agree. Where the report itself disagrees, the check
 * pins the documented state instead of failing the build.
 */
import type { Catalog } from '../../data/load.ts';
import type { LoadedDataset } from '../../data/load.ts';
import type { StatedFigure } from '../../data/stated-figures.ts';
import type { CbdcAttitude, CbdcAttitudeRow } from './schemas/cbdc-attitudes.ts';
import type { DcepPilotBankRow } from './schemas/dcep-pilot-banks.ts';
import type { EngineerSalaryRow } from './schemas/engineer-salaries.ts';
import type { FilingsByCityRow } from './schemas/filings-by-city.ts';
import { parseAmountText, type FundedCompanyRow } from './schemas/funded-companies.ts';
import type { MarketForecastRow } from './schemas/market-forecasts.ts';
import type { PlatformComparisonRow } from './schemas/platform-comparison.ts';
import type { SandboxPilotRow } from './schemas/sandbox-pilots.ts';
import type { StandardRow } from './schemas/standards.ts';
import type { UsCriticalTechnologyRow } from './schemas/us-critical-technologies.ts';
import { expectQualified as expectQualifiedAt, expectStated, failAt, rowsOf, stated, type Check } from '../../data/checks.ts';

const SF = 'trends-2020/stated-figures';

function table<T>(catalog: Catalog, name: string): { loaded: LoadedDataset; rows: T[] } {
  return rowsOf<T>(catalog, `trends-2020/${name}`);
}

/** One stated figure with its qualifier and where it stands in the file. */
function figure(catalog: Catalog, id: string): StatedFigure & { loaded: LoadedDataset; index: number } {
  const { loaded, index, row } = stated<StatedFigure>(catalog, SF, id);
  return { ...row, loaded, index };
}

/** A computed value must fit the figure as its qualifier allows (and, given `within`, stay that close to it). */
function expectQualified(catalog: Catalog, id: string, computed: number, how: string, within?: number): void {
  expectQualifiedAt(stated<StatedFigure>(catalog, SF, id), computed, how, within);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** 表 1 numbers its 20 items 1..20, the count the prose states, and distributed ledgers are among them. */
export const usListIsComplete: Check = (catalog) => {
  const { loaded, rows } = table<UsCriticalTechnologyRow>(catalog, 'us-critical-technologies');
  rows.forEach((row, i) => {
    if (row.number !== i + 1) failAt(loaded, i, 'number', `表 1 numbers its items 1..${rows.length} in order; expected ${i + 1} here`);
  });
  expectStated(catalog, SF, 'us_cet_count', rows.length, 'counting the rows of us-critical-technologies.csv');
  if (!rows.some((r) => r.name_zh === '分布式账本技术')) {
    failAt(loaded, rows.length - 1, 'name_zh', 'the prose says distributed ledger technology (分布式账本技术) is on the list, but no row names it');
  }
};

/** 表 2: the city rows add up to the printed 合计 row, and blockchain projects are one third of all. */
export const sandboxAddsUp: Check = (catalog) => {
  const { loaded, rows } = table<SandboxPilotRow>(catalog, 'sandbox-pilots');
  rows.forEach((row, i) => {
    if (row.blockchain_projects > row.total_projects) {
      failAt(loaded, i, 'blockchain_projects', `a city cannot have more blockchain projects than its ${row.total_projects} projects in all`);
    }
  });
  const total = sum(rows.map((r) => r.total_projects));
  const chain = sum(rows.map((r) => r.blockchain_projects));
  expectStated(catalog, SF, 'sandbox_cities', rows.length, 'counting the city rows of sandbox-pilots.csv');
  expectStated(catalog, SF, 'sandbox_total_projects', total, 'adding total_projects over the city rows');
  expectStated(catalog, SF, 'sandbox_blockchain_projects', chain, 'adding blockchain_projects over the city rows');
  // 三分之一 is recorded as 33.33, so it allows 33.325–33.335 (the recorded rounding).
  expectStated(catalog, SF, 'sandbox_blockchain_share', (100 * chain) / total, 'the city rows (blockchain ÷ total × 100)');
};

/** 表 3: every amount cell reads as the value, currency, disclosure and precision columns say. */
export const fundingAmountsMatchText: Check = (catalog) => {
  const { loaded, rows } = table<FundedCompanyRow>(catalog, 'funded-companies');
  rows.forEach((row, i) => {
    const parsed = parseAmountText(row.amount_text);
    if (!parsed) failAt(loaded, i, 'amount_text', 'cannot read this amount: expected a figure with 万/亿 and 人民币/美元, 数千万人民币 or 未披露');
    if (parsed.value !== row.amount_value) {
      failAt(loaded, i, 'amount_value', `amount_text "${row.amount_text}" reads as ${parsed.value ?? 'no exact value (leave blank)'}`);
    }
    if (parsed.currency !== row.amount_currency) {
      failAt(loaded, i, 'amount_currency', `amount_text "${row.amount_text}" reads as currency ${parsed.currency ?? 'unknown (leave blank)'}`);
    }
    if (parsed.disclosed !== row.amount_disclosed) {
      failAt(loaded, i, 'amount_disclosed', `amount_text "${row.amount_text}" reads as ${parsed.disclosed ? 'disclosed' : 'undisclosed'}`);
    }
    if (parsed.precision !== row.amount_precision) {
      failAt(loaded, i, 'amount_precision', `amount_text "${row.amount_text}" reads as ${parsed.precision}`);
    }
  });
};

/** 图 2 covers 2018–2023 (global), 图 7 covers 2020–2024 (China): a published point lies inside its figure. */
export const forecastsInsideTheirFigures: Check = (catalog) => {
  const { loaded, rows } = table<MarketForecastRow>(catalog, 'market-forecasts');
  const spans: Record<string, readonly [string, number, number]> = { global: ['图 2', 2018, 2023], cn: ['图 7', 2020, 2024] };
  rows.forEach((row, i) => {
    const [ref, from, to] = spans[row.region]!;
    if (row.source_ref !== ref) failAt(loaded, i, 'source_ref', `${row.region} forecasts come from ${ref}`);
    if (row.year < from || row.year > to) failAt(loaded, i, 'year', `${ref} covers ${from}–${to} only`);
  });
};

/**
 * The contents page headings restate three figures. 超57% fits the body's 57.1%
 * and 超越千个 fits 1015; 超51% does not fit the body's 51% — a disagreement in
 * the report, documented in the stated-figures notes and pinned here.
 */
export const headingsMatchBody: Check = (catalog) => {
  // A heading restates the body's figure rounded down, so besides fitting 超 it stays close: within 1 point, or 100 of 1000.
  expectQualified(catalog, 'toc_global_cagr_headline', figure(catalog, 'idc_global_cagr').value, 'the body’s global CAGR (idc_global_cagr)', 1);
  expectQualified(catalog, 'toc_filings_headline', figure(catalog, 'filings_total').value, 'the body’s filing total (filings_total)', 100);
  const heading = figure(catalog, 'toc_cn_cagr_headline');
  const body = figure(catalog, 'idc_cn_cagr');
  if (!(heading.qualifier === 'over' && heading.value === 51 && body.qualifier === 'exact' && body.value === 51)) {
    failAt(body.loaded, body.index, 'value', 'the notes document that the contents heading says 超51% while the body says 51%; the figures changed, so update that note');
  }
};

/** 图 8: the cities' published counts fit within the stated total, and Beijing (named as the largest) leads. */
export const filingsWithinTotal: Check = (catalog) => {
  const { loaded, rows } = table<FilingsByCityRow>(catalog, 'filings-by-city');
  rows.forEach((row, i) => {
    if (row.stated_order !== i + 1) failAt(loaded, i, 'stated_order', `the rows follow the prose's order; expected ${i + 1} here`);
  });
  const known = rows.map((r) => r.filings ?? 0);
  const { value: total, loaded: sf, index } = figure(catalog, 'filings_total');
  if (sum(known) > total) failAt(sf, index, 'value', `the cities' published counts already add up to ${sum(known)}, more than this total`);
  const lead = known[0] ?? 0;
  known.forEach((n, i) => {
    if (n > lead) failAt(loaded, i, 'filings', `the prose names ${rows[0]?.city_zh} as the city with the most filings (${lead})`);
  });
};

/** 表 4's performance cells print the TPS the stated figures record. */
export const platformTpsMatchTable: Check = (catalog) => {
  const { loaded, rows } = table<PlatformComparisonRow>(catalog, 'platform-comparison');
  const index = rows.findIndex((r) => r.dimension_zh === '性能');
  if (index < 0) failAt(loaded, rows.length - 1, 'dimension_zh', '表 4 has a 性能 (performance) row, which this file lacks');
  const row = rows[index]!;
  const pairs = [
    ['fabric', 'fabric_tps_table4'],
    ['fisco_bcos', 'fisco_tps_table4'],
  ] as const;
  for (const [column, id] of pairs) {
    const f = figure(catalog, id);
    if (!row[column].includes(`TPS${f.value}`)) {
      failAt(f.loaded, f.index, 'value', `表 4's ${column} performance cell does not print TPS${f.value}`);
    }
  }
};

/**
 * 表 4 and the back-matter profile give different FISCO BCOS community sizes;
 * the back matter's 80+ applications in use is below 表 4's 120+ in production.
 * The notes document this; if the figures change, the note must change too.
 */
export const fiscoCommunityDisagreementPinned: Check = (catalog) => {
  const inTable = figure(catalog, 'fisco_apps_in_production');
  const backMatter = figure(catalog, 'fisco_apps_backmatter');
  if (!(inTable.value === 120 && backMatter.value === 80)) {
    failAt(backMatter.loaded, backMatter.index, 'value', 'the notes document 表 4’s 120+ applications in production against the back matter’s 80+; the figures changed, so update that note');
  }
  const orgsTable = figure(catalog, 'fisco_community_orgs');
  const orgsBack = figure(catalog, 'fisco_orgs_backmatter');
  if (!(orgsTable.value === 2000 && orgsBack.value === 1000)) {
    failAt(orgsBack.loaded, orgsBack.index, 'value', 'the notes document 表 4’s 2000+ institutions against the back matter’s 1000+; the figures changed, so update that note');
  }
};

/** BSN: the data centres are the public city nodes, so the two counts agree. */
export const bsnNodesAreDataCentres: Check = (catalog) => {
  expectStated(catalog, SF, 'bsn_data_centers', figure(catalog, 'bsn_city_nodes').value, 'the city-node count (bsn_city_nodes; a data centre is a city node)');
};

/** Patents: China's stated shares follow from its counts and the world totals. */
export const patentSharesAddUp: Check = (catalog) => {
  const v = (id: string) => figure(catalog, id).value;
  expectStated(catalog, SF, 'patent_companies_cn_share', (100 * v('patent_companies_cn')) / v('patent_companies_global'), 'patent_companies_cn ÷ patent_companies_global × 100');
  expectStated(catalog, SF, 'patent_applications_cn_share', (100 * v('patent_applications_cn')) / v('patent_applications_global'), 'patent_applications_cn ÷ patent_applications_global × 100');
};

/** Granted patents: the three country shares fit in 100%, China ranks where the shares put it, Alibaba's abroad share follows from its counts. */
export const grantedPatentsConsistent: Check = (catalog) => {
  const shares = { us: figure(catalog, 'granted_share_us'), kr: figure(catalog, 'granted_share_kr'), cn: figure(catalog, 'granted_share_cn') };
  const total = shares.us.value + shares.kr.value + shares.cn.value;
  if (total > 100) failAt(shares.cn.loaded, shares.cn.index, 'value', `the US, Korea and China shares add up to ${total}%, more than 100%`);
  const rank = 1 + [shares.us, shares.kr].filter((s) => s.value > shares.cn.value).length;
  expectStated(catalog, SF, 'granted_rank_cn', rank, 'ranking China’s share against the US and Korea shares');
  const v = (id: string) => figure(catalog, id).value;
  // 超过59% rounds 126 ÷ 212 down; besides fitting 超过 it stays within 1 point.
  expectQualified(catalog, 'granted_alibaba_abroad_share', (100 * v('granted_alibaba_abroad')) / v('granted_alibaba'), 'granted_alibaba_abroad ÷ granted_alibaba × 100', 1);
};

/** Talent: the growth rate follows from the two developer counts. */
export const developerGrowthAddsUp: Check = (catalog) => {
  const v = (id: string) => figure(catalog, id).value;
  expectQualified(catalog, 'developers_cn_growth', (100 * (v('developers_cn_2019') - v('developers_cn_2018'))) / v('developers_cn_2018'), '(developers_cn_2019 − developers_cn_2018) ÷ developers_cn_2018 × 100');
};

/** 图 14: the two salaries the prose states are the same in both files. */
export const salariesAgree: Check = (catalog) => {
  const { loaded, rows } = table<EngineerSalaryRow>(catalog, 'engineer-salaries');
  const ids = { us: 'backend_salary_us', europe: 'backend_salary_eu' } as const;
  rows.forEach((row, i) => {
    if (row.market === 'remote') return;
    const f = figure(catalog, ids[row.market]);
    if (row.salary_usd !== f.value) failAt(loaded, i, 'salary_usd', `stated-figures.csv (${f.id}) records ${f.value}`);
  });
};

/** Standards: the IEEE rows marked released match the number the prose states. */
export const standardsCounted: Check = (catalog) => {
  const { rows } = table<StandardRow>(catalog, 'standards');
  const released = rows.filter((r) => r.body_en === 'IEEE' && r.status === 'released').length;
  expectStated(catalog, SF, 'ieee_standards_released', released, 'counting the IEEE rows marked released in standards.csv');
};

/** 表 5 as printed: 9 issued, 5 pilot, 12 research, 1 with no plan — 27 countries. */
export const CBDC_PRINTED_COUNTS: Readonly<Record<CbdcAttitude, number>> = { issued: 9, pilot: 5, research: 12, no_plan: 1 };

/**
 * 表 5 keeps the printed split; the two countries the prose names as issuers
 * are in the issued row; and the table's issuers do not exceed the prose's 10
 * (表 5 lists only some countries, so 9 against 10 is documented, not an error).
 */
export const cbdcTableAsPrinted: Check = (catalog) => {
  const { loaded, rows } = table<CbdcAttitudeRow>(catalog, 'cbdc-attitudes');
  for (const [attitude, expected] of Object.entries(CBDC_PRINTED_COUNTS) as [CbdcAttitude, number][]) {
    const found = rows.filter((r) => r.attitude === attitude).length;
    if (found !== expected) {
      const last = rows.findLastIndex((r) => r.attitude === attitude);
      failAt(loaded, last < 0 ? rows.length - 1 : last, 'attitude', `表 5 prints ${expected} countries as ${attitude}; the file has ${found}`);
    }
  }
  for (const code of ['SN', 'EC']) {
    const i = rows.findIndex((r) => r.country_code === code);
    if (i < 0) failAt(loaded, rows.length - 1, 'country_code', `the prose names ${code} as having issued a CBDC, but 表 5 in this file lacks it`);
    if (rows[i]!.attitude !== 'issued') failAt(loaded, i, 'attitude', 'the prose names this country as having issued a CBDC');
  }
  const issued = rows.filter((r) => r.attitude === 'issued').length;
  const f = figure(catalog, 'cbdc_issued_developing');
  if (issued > f.value) failAt(f.loaded, f.index, 'value', `表 5 already lists ${issued} issuing countries, more than this count`);
};

/** The Shenzhen pilot had the four big state banks; Suzhou kept them and added more. */
export const dcepBanksAddUp: Check = (catalog) => {
  const { loaded, rows } = table<DcepPilotBankRow>(catalog, 'dcep-pilot-banks');
  const shenzhen = rows.filter((r) => r.pilot_city_en === 'Shenzhen');
  expectStated(catalog, SF, 'dcep_sz_banks', shenzhen.length, 'counting the Shenzhen rows of dcep-pilot-banks.csv');
  rows.forEach((row, i) => {
    if (row.pilot_city_en !== 'Suzhou') return;
    const wasInShenzhen = shenzhen.some((s) => s.bank_en === row.bank_en);
    if (wasInShenzhen === row.newly_added) {
      failAt(loaded, i, 'newly_added', wasInShenzhen ? 'this bank already took part in Shenzhen' : 'this bank did not take part in Shenzhen, so it is new in Suzhou');
    }
  });
  for (const s of shenzhen) {
    if (!rows.some((r) => r.pilot_city_en === 'Suzhou' && r.bank_en === s.bank_en)) {
      failAt(loaded, rows.indexOf(s), 'bank_en', 'the report says Suzhou kept the Shenzhen banks, but no Suzhou row names this one');
    }
  }
};

/** Trade finance platform: 24 domestic + 40 overseas = 64 first-cohort institutions. */
export const tradeFinancePartsAddUp: Check = (catalog) => {
  const v = (id: string) => figure(catalog, id).value;
  expectStated(catalog, SF, 'tf_institutions', v('tf_domestic') + v('tf_foreign'), 'tf_domestic + tf_foreign');
};

export const TRENDS_2020_CHECKS: readonly Check[] = [
  usListIsComplete,
  forecastsInsideTheirFigures,
  headingsMatchBody,
  sandboxAddsUp,
  fundingAmountsMatchText,
  filingsWithinTotal,
  platformTpsMatchTable,
  fiscoCommunityDisagreementPinned,
  bsnNodesAreDataCentres,
  patentSharesAddUp,
  grantedPatentsConsistent,
  standardsCounted,
  developerGrowthAddsUp,
  salariesAgree,
  cbdcTableAsPrinted,
  dcepBanksAddUp,
  tradeFinancePartsAddUp,
];
