/**
 * Consistency checks for report A (2021 blockchain patent quality report).
 *
 * A figure the prose states is compared with what the tables (or other stated
 * figures) compute, allowing for the way the report wrote it: "19%" stands for
 * 18.5–19.5, "1.16 万" for 11550–11650, "6227 件" for 6227 exactly, "近 4500" for a little under 4500,
 * "约 5000" for about 5% either side, "超过 4000" for anything above 4000.
 *
 * Where the report's own figures disagree, the check pins the disagreement at
 * the numbers the dataset notes document, so a change in the data (or a
 * corrected figure) makes the build stop and the note be revisited.
 */
import type { Catalog } from '../catalog.ts';
import type { LoadedDataset } from '../load.ts';
import type { Qualifier } from '../schemas/stated-figures.ts';
import type { Top50Row } from '../schemas/patents-2021/top50.ts';
import type { ApplicationBandRow } from '../schemas/patents-2021/application-bands.ts';
import type { CountryComparisonRow, CountryMetric } from '../schemas/patents-2021/country-comparison.ts';
import { COUNTRY_METRICS } from '../schemas/patents-2021/country-comparison.ts';
import type { IndustryRow } from '../schemas/patents-2021/industries.ts';
import type { IndustryLeaderRow } from '../schemas/patents-2021/industry-leaders.ts';
import type { LeadingCompanyRow } from '../schemas/patents-2021/leading-companies.ts';
import { dataset, failAt, type Check } from './support.ts';

const STATED = 'patents-2021/stated-figures';
const COUNTRIES = 'patents-2021/country-comparison';
const TOP50 = 'patents-2021/top50';
const BANDS = 'patents-2021/application-bands';
const LEADERS = 'patents-2021/leading-companies';
const INDUSTRIES = 'patents-2021/industries';
const INDUSTRY_LEADERS = 'patents-2021/industry-leaders';

// ---------------------------------------------------------------------------
// Ranges: what a printed figure can stand for, and arithmetic on them.

/** A closed interval of possible values. */
export interface Range {
  lo: number;
  hi: number;
}

const point = (n: number): Range => ({ lo: n, hi: n });
const div = (a: Range, b: Range): Range => ({ lo: a.lo / b.hi, hi: a.hi / b.lo });
const mul = (a: Range, b: Range): Range => ({ lo: a.lo * b.lo, hi: a.hi * b.hi });
const sub = (a: Range, b: Range): Range => ({ lo: a.lo - b.hi, hi: a.hi - b.lo });
const percentOf = (part: Range, whole: Range): Range => mul(div(part, whole), point(100));
const mid = (r: Range) => (r.lo + r.hi) / 2;

/** Relative slack of "约" and "近". */
const APPROX = 0.05;

/** A figure with how the report printed it. */
interface Figure {
  value: number;
  qualifier: Qualifier;
  value_text: string;
}

/**
 * Half the last printed digit of a rounded figure: "19%" → 0.5, "21.13%" → 0.005,
 * "5.49 万件" → 50. A count printed in full ("6227 件") is exact: 0.
 */
export function halfUnit(valueText: string): number {
  const match = /(\d+)(?:\.(\d+))?/.exec(valueText);
  if (!match) return 0;
  const decimals = match[2]?.length ?? 0;
  const scale = valueText.includes('万') ? 1e4 : valueText.includes('亿') ? 1e8 : 1;
  const rounded = decimals > 0 || scale > 1 || valueText.includes('%');
  return rounded ? 0.5 * 10 ** -decimals * scale : 0;
}

/** The values a printed figure allows (unbounded on one side for 超过 / 不少于 / 不足). */
export function claimed(f: Figure): Range {
  const h = halfUnit(f.value_text);
  switch (f.qualifier) {
    case 'exact':
      return { lo: f.value - h, hi: f.value + h };
    case 'about':
      return { lo: f.value * (1 - APPROX) - h, hi: f.value * (1 + APPROX) + h };
    case 'nearly':
      return { lo: f.value * (1 - APPROX), hi: f.value + h };
    case 'over':
    case 'at_least':
      return { lo: f.value, hi: Infinity };
    case 'under':
      return { lo: -Infinity, hi: f.value };
  }
}

/** Whether a computed range fits what the printed figure says. */
function agrees(f: Figure, computed: Range): boolean {
  if (f.qualifier === 'over') return computed.hi > f.value;
  if (f.qualifier === 'under') return computed.lo < f.value;
  const c = claimed(f);
  return computed.hi >= c.lo && computed.lo <= c.hi;
}

const r2 = (n: number) => String(Math.round(n * 100) / 100);
export function formatRange(r: Range): string {
  return r2(r.lo) === r2(r.hi) ? r2(r.lo) : `${r2(r.lo)}–${r2(r.hi)}`;
}

// ---------------------------------------------------------------------------
// Finding rows.

interface Located<R> {
  loaded: LoadedDataset;
  index: number;
  row: R;
}

type StatedRow = Figure & { id: string };

function stated(catalog: Catalog, id: string): Located<StatedRow> {
  const loaded = dataset(catalog, STATED);
  const index = loaded.rows.findIndex((r) => (r as unknown as StatedRow).id === id);
  if (index < 0) throw new Error(`consistency check needs stated figure "${id}" in ${loaded.file}, which has no such row`);
  return { loaded, index, row: loaded.rows[index] as unknown as StatedRow };
}

/** One country's figure; `code` null means the world total. */
function country(catalog: Catalog, code: string | null, metric: CountryMetric): Located<CountryComparisonRow> {
  const loaded = dataset(catalog, COUNTRIES);
  const index = loaded.rows.findIndex((r) => {
    const row = r as CountryComparisonRow;
    return row.country_code === code && row.metric === metric;
  });
  if (index < 0) throw new Error(`consistency check needs ${code ?? 'world'} ${metric} in ${loaded.file}, which has no such row`);
  return { loaded, index, row: loaded.rows[index] as CountryComparisonRow };
}

function rowsOf<R>(catalog: Catalog, id: string): { loaded: LoadedDataset; rows: R[] } {
  const loaded = dataset(catalog, id);
  return { loaded, rows: loaded.rows as R[] };
}

function leader(catalog: Catalog, company: string, metric: LeadingCompanyRow['metric']): Located<LeadingCompanyRow> {
  const loaded = dataset(catalog, LEADERS);
  const index = loaded.rows.findIndex((r) => (r as LeadingCompanyRow).company_zh === company && (r as LeadingCompanyRow).metric === metric);
  if (index < 0) throw new Error(`consistency check needs ${company} ${metric} in ${loaded.file}, which has no such row`);
  return { loaded, index, row: loaded.rows[index] as LeadingCompanyRow };
}

function top50Row(catalog: Catalog, company: string): Located<Top50Row> {
  const loaded = dataset(catalog, TOP50);
  const index = loaded.rows.findIndex((r) => (r as Top50Row).company_zh === company);
  if (index < 0) throw new Error(`consistency check needs ${company} in ${loaded.file}, which has no such row`);
  return { loaded, index, row: loaded.rows[index] as Top50Row };
}

// ---------------------------------------------------------------------------
// Expectations.

/** The printed figure must fit the computed range. */
function expectAgrees(at: Located<Figure>, computed: Range | number, how: string): void {
  const range = typeof computed === 'number' ? point(computed) : computed;
  if (!agrees(at.row, range)) {
    failAt(at.loaded, at.index, 'value', `the report states "${at.row.value_text}" (${at.row.qualifier}), but ${how} gives ${formatRange(range)}`);
  }
}

/**
 * A disagreement the dataset notes document: the printed figure must still be
 * `documented.stated`, must still disagree with the computed range, and the
 * computed value (rounded to `decimals`) must still be `documented.computed`.
 */
function pinDisagreement(
  at: Located<Figure>,
  computed: Range,
  documented: { stated: number; computed: number; decimals: number },
  how: string,
): void {
  const value = at.row.value;
  if (value !== documented.stated) {
    failAt(at.loaded, at.index, 'value', `the dataset notes document this figure as ${documented.stated} (it disagrees with ${how}); update the notes and this check`);
  }
  if (agrees(at.row, computed)) {
    failAt(
      at.loaded,
      at.index,
      'value',
      `the report's "${at.row.value_text}" now agrees with ${how} (${formatRange(computed)}); the disagreement documented in the dataset notes is gone: update the notes and this check`,
    );
  }
  const factor = 10 ** documented.decimals;
  const now = Math.round(mid(computed) * factor) / factor;
  if (now !== documented.computed) {
    failAt(at.loaded, at.index, 'value', `${how} now gives ${now}, not the ${documented.computed} the dataset notes document: update the notes and this check`);
  }
}

// ---------------------------------------------------------------------------
// 表 2 (TOP50).

/** 表 2 is a ranking: ranks 1..50 each once, scores never rising down the table. */
export const top50IsARanking: Check = (catalog) => {
  const loaded = dataset(catalog, TOP50);
  const rows = loaded.rows as Top50Row[];
  if (rows.length !== 50) failAt(loaded, rows.length - 1, 'rank', `TOP50 must have 50 rows, found ${rows.length}`);
  rows.forEach((row, i) => {
    if (row.rank !== i + 1) failAt(loaded, i, 'rank', `ranks must run 1..50 in order; expected ${i + 1} here`);
    const above = rows[i - 1];
    if (above && row.score > above.score) {
      failAt(loaded, i, 'score', `score rises above rank ${above.rank}'s ${above.score}; a ranking's scores never rise`);
    }
  });
};

function countBy(rows: readonly Top50Row[], code: string): number {
  return rows.filter((r) => r.country_code === code).length;
}

/** 二、: 8 US and 5 Japanese companies, 9 countries, 5 Chinese companies in the top 10 (derived from 表 2). */
export const top50CountryCountsMatchText: Check = (catalog) => {
  const { rows } = rowsOf<Top50Row>(catalog, TOP50);
  expectAgrees(stated(catalog, 'top50_count_us'), countBy(rows, 'US'), 'counting 表 2 rows with country US');
  expectAgrees(stated(catalog, 'top50_count_jp'), countBy(rows, 'JP'), 'counting 表 2 rows with country JP');
  expectAgrees(stated(catalog, 'top50_country_count'), new Set(rows.map((r) => r.country_code)).size, 'counting the distinct countries in 表 2');
  expectAgrees(stated(catalog, 'top50_top10_count_cn'), countBy(rows.filter((r) => r.rank <= 10), 'CN'), 'counting CN rows among ranks 1–10 of 表 2');
};

/** Documented disagreement: the text says 30 Chinese companies (60%), 表 2 lists 29 (58%). */
export const top50ChinaCountDisagreement: Check = (catalog) => {
  const { rows } = rowsOf<Top50Row>(catalog, TOP50);
  const cn = countBy(rows, 'CN');
  pinDisagreement(stated(catalog, 'top50_count_cn'), point(cn), { stated: 30, computed: 29, decimals: 0 }, 'counting 表 2 rows with country CN');
  pinDisagreement(stated(catalog, 'top50_share_cn'), point((cn / rows.length) * 100), { stated: 60, computed: 58, decimals: 0 }, 'the CN rows of 表 2 as a share of its rows');
};

/** 二、: Ant Group's grants exceed ranks 2–9 together, and it leads 表 2 in grants, cited, core-technology and international patents. */
export const antLeadsTop50: Check = (catalog) => {
  const { loaded, rows } = rowsOf<Top50Row>(catalog, TOP50);
  const ant = top50Row(catalog, '蚂蚁集团');
  const others = rows.filter((r) => r.rank >= 2 && r.rank <= 9).reduce((sum, r) => sum + r.granted, 0);
  if (!(ant.row.granted > others)) {
    failAt(loaded, ant.index, 'granted', `the text says Ant Group's grants exceed ranks 2–9 together, but those ranks sum to ${others}`);
  }
  for (const column of ['granted', 'cited', 'core_tech', 'international'] as const) {
    const top = rows.find((r) => r !== ant.row && r[column] >= ant.row[column]);
    if (top) failAt(loaded, ant.index, column, `the text says Ant Group leads every company here, but ${top.company_zh} has ${top[column]}`);
  }
};

/** 二、: Ping An leads Tencent in cited, core-technology patents and families; Tencent leads in grants and international filings. */
export const pingAnVersusTencent: Check = (catalog) => {
  const pingAn = top50Row(catalog, '平安集团');
  const tencent = top50Row(catalog, '腾讯');
  for (const column of ['cited', 'core_tech', 'families'] as const) {
    if (!(pingAn.row[column] > tencent.row[column])) {
      failAt(pingAn.loaded, pingAn.index, column, `the text says Ping An leads Tencent here, but Tencent has ${tencent.row[column]}`);
    }
  }
  for (const column of ['granted', 'international'] as const) {
    if (!(tencent.row[column] > pingAn.row[column])) {
      failAt(tencent.loaded, tencent.index, column, `the text says Tencent leads Ping An here, but Ping An has ${pingAn.row[column]}`);
    }
  }
};

// ---------------------------------------------------------------------------
// Leading companies and Ant Group.

/** 一、2.: the named companies' grants and cited patents equal their 表 2 columns; ranks follow the values; no other Chinese TOP50 company beats the third. */
export const leadingCompaniesMatchTop50: Check = (catalog) => {
  const { loaded, rows } = rowsOf<LeadingCompanyRow>(catalog, LEADERS);
  const top = rowsOf<Top50Row>(catalog, TOP50).rows;
  rows.forEach((row, i) => {
    const above = rows.find((r) => r.metric === row.metric && r.rank_cn === row.rank_cn - 1);
    if (above && !(above.value > row.value)) {
      failAt(loaded, i, 'value', `ranked ${row.rank_cn} on ${row.metric} but not below rank ${above.rank_cn}'s ${above.value}`);
    }
    if (row.metric === 'applications') return;
    const inTop50 = top.find((t) => t.company_zh === row.company_zh);
    if (!inTop50) failAt(loaded, i, 'company_zh', 'company not found in 表 2');
    if (inTop50[row.metric] !== row.value) failAt(loaded, i, 'value', `表 2 gives ${row.company_zh} ${inTop50[row.metric]} in column ${row.metric}`);
  });
  for (const metric of ['granted', 'cited'] as const) {
    const named = rows.filter((r) => r.metric === metric);
    const last = named.reduce((a, b) => (b.rank_cn > a.rank_cn ? b : a));
    const beater = top.find((t) => t.country_code === 'CN' && !named.some((n) => n.company_zh === t.company_zh) && t[metric] > last.value);
    if (beater) {
      failAt(loaded, rows.indexOf(last), 'value', `the text names the top ${named.length} Chinese companies on ${metric}, but 表 2 gives ${beater.company_zh} ${beater[metric]}`);
    }
  }
};

/** 二、 and 一、2. 4): Ant Group's shares (core tech 62%, international 72% of 6961 applications; 216 of 234 large families = 92%). */
export const antSharesMatchCounts: Check = (catalog) => {
  const ant = top50Row(catalog, '蚂蚁集团').row;
  const applications = point(leader(catalog, '蚂蚁集团', 'applications').row.value);
  expectAgrees(stated(catalog, 'ant_core_tech_share'), percentOf(point(ant.core_tech), applications), 'Ant Group core_tech (表 2) ÷ its applications');
  expectAgrees(stated(catalog, 'ant_international_share'), percentOf(point(ant.international), applications), 'Ant Group international (表 2) ÷ its applications');
  const large = stated(catalog, 'cn_families_size_10_plus').row;
  const antLarge = stated(catalog, 'ant_families_size_10_plus').row;
  expectAgrees(stated(catalog, 'ant_families_size_10_plus_share'), percentOf(claimed(antLarge), claimed(large)), 'ant_families_size_10_plus ÷ cn_families_size_10_plus');
};

/** Documented disagreement: 2057 grants are said to be 17.2% of global grants, but 2057 / 1.16 万 is 17.7%. */
export const antGlobalGrantShareDisagreement: Check = (catalog) => {
  const antGranted = point(leader(catalog, '蚂蚁集团', 'granted').row.value);
  const world = claimed(country(catalog, null, 'granted').row);
  pinDisagreement(stated(catalog, 'ant_granted_share_global'), percentOf(antGranted, world), { stated: 17.2, computed: 17.7, decimals: 1 }, "Ant Group's grants ÷ world grants");
};

// ---------------------------------------------------------------------------
// Countries (一、1.) and China's grants, overseas filings and citations (一、2.).

/** Unit of each row matches its metric; the rank rows follow the values where both are stated. */
export const countryComparisonIsCoherent: Check = (catalog) => {
  const { loaded, rows } = rowsOf<CountryComparisonRow>(catalog, COUNTRIES);
  rows.forEach((row, i) => {
    const unit = COUNTRY_METRICS[row.metric].unit;
    if (row.unit !== unit) failAt(loaded, i, 'unit', `metric ${row.metric} is measured in ${unit}`);
  });
  const pairs: [CountryMetric, CountryMetric][] = [
    ['granted_rank', 'granted'],
    ['applications_rank', 'applications_share'],
  ];
  for (const [rankMetric, valueMetric] of pairs) {
    const ranked = rows.filter((r) => r.metric === rankMetric);
    for (const a of ranked) {
      for (const b of ranked) {
        if (a.value >= b.value) continue;
        const va = rows.find((r) => r.country_code === a.country_code && r.metric === valueMetric);
        const vb = rows.find((r) => r.country_code === b.country_code && r.metric === valueMetric);
        if (va && vb && !(va.value > vb.value)) {
          failAt(loaded, rows.indexOf(va), 'value', `${a.country_en} ranks above ${b.country_en} on ${rankMetric}, yet its ${valueMetric} is not higher`);
        }
      }
    }
  }
};

/**
 * 一、1.: each share equals its count over the applications, within rounding.
 * For the US, whose application count is not stated, the applications come
 * from its 19% share of the world's 5.49 万.
 */
export const countryRatesMatchCounts: Check = (catalog) => {
  const worldApps = claimed(country(catalog, null, 'applications').row);
  const cnApps = claimed(country(catalog, 'CN', 'applications').row);
  const usApps = mul(mul(claimed(country(catalog, 'US', 'applications_share').row), point(0.01)), worldApps);
  const ratio = (code: string | null, apps: Range, count: CountryMetric, rate: CountryMetric, label: string) =>
    expectAgrees(country(catalog, code, rate), percentOf(claimed(country(catalog, code, count).row), apps), label);
  ratio(null, worldApps, 'granted', 'grant_rate', 'world granted ÷ world applications');
  ratio(null, worldApps, 'cited', 'citation_rate', 'world cited ÷ world applications');
  ratio('CN', cnApps, 'granted', 'grant_rate', 'China granted ÷ China applications');
  ratio('CN', cnApps, 'cited', 'citation_rate', 'China cited ÷ China applications');
  ratio('CN', cnApps, 'international', 'international_share', 'China international ÷ China applications');
  ratio('US', usApps, 'granted', 'grant_rate', 'US granted ÷ (US share × world applications)');
  ratio('US', usApps, 'cited', 'citation_rate', 'US cited ÷ (US share × world applications)');
  ratio('US', usApps, 'international', 'international_share', 'US international ÷ (US share × world applications)');
  expectAgrees(country(catalog, 'CN', 'applications_share'), percentOf(cnApps, worldApps), 'China applications ÷ world applications');
  expectAgrees(country(catalog, 'CN', 'families_multi_share'), { lo: 100 - claimed(country(catalog, 'CN', 'families_single_share').row).hi, hi: 100 - claimed(country(catalog, 'CN', 'families_single_share').row).lo }, '100% minus the share of single-member families');
  const over1000 = ['CN', 'US', 'KR'].filter((c) => country(catalog, c, 'families').row.value > 1000).length;
  expectAgrees(stated(catalog, 'global_countries_families_over_1000'), over1000, 'counting the named countries with over 1000 families');
  expectAgrees(stated(catalog, 'us_cn_international_share_gap'), sub(claimed(country(catalog, 'US', 'international_share').row), percentOf(point(country(catalog, 'CN', 'international').row.value), cnApps)), 'US international share minus China international ÷ applications');
};

/** The report's comparisons: China ahead of the US in counts, behind it in every share (摘要, 引言, 一、1.). */
export const chinaVersusUnitedStates: Check = (catalog) => {
  for (const metric of ['granted', 'families', 'cited', 'international'] as const) {
    const cn = country(catalog, 'CN', metric);
    const us = country(catalog, 'US', metric).row;
    if (!(cn.row.value > us.value)) failAt(cn.loaded, cn.index, 'value', `the text has China ahead of the US on ${metric}, but the US has ${us.value}`);
    const worldIndex = cn.loaded.rows.findIndex((r) => (r as CountryComparisonRow).country_code === null && (r as CountryComparisonRow).metric === metric);
    const world = cn.loaded.rows[worldIndex] as CountryComparisonRow | undefined;
    if (world && world.value < cn.row.value) failAt(cn.loaded, worldIndex, 'value', `the world total is below China's ${cn.row.value}`);
  }
  for (const metric of ['grant_rate', 'citation_rate', 'international_share'] as const) {
    const cn = country(catalog, 'CN', metric);
    const us = country(catalog, 'US', metric).row;
    if (!(cn.row.value < us.value)) failAt(cn.loaded, cn.index, 'value', `the text has China below the US on ${metric}, but the US has ${us.value}`);
  }
};

/** Documented disagreement: the heading says China's citation rate trails the US by 7 points; 31% − 23% is 8. */
export const citationGapDisagreement: Check = (catalog) => {
  const cnApps = claimed(country(catalog, 'CN', 'applications').row);
  const cnRate = percentOf(point(country(catalog, 'CN', 'cited').row.value), cnApps);
  const usRate = claimed(country(catalog, 'US', 'citation_rate').row);
  const gap = sub(usRate, cnRate);
  const printed = country(catalog, 'US', 'citation_rate').row.value - country(catalog, 'CN', 'citation_rate').row.value;
  pinDisagreement(stated(catalog, 'cn_us_citation_rate_gap'), gap, { stated: 7, computed: 8, decimals: 0 }, 'US citation rate minus China cited ÷ applications');
  if (printed !== 8) {
    const at = stated(catalog, 'cn_us_citation_rate_gap');
    failAt(at.loaded, at.index, 'value', `the printed rates now differ by ${printed}, not the 8 the dataset notes document: update the notes and this check`);
  }
};

/** 一、2. 1): 1476 grants abroad plus 4751 from CNIPA make China's 6227. */
export const chinaGrantsSplit: Check = (catalog) => {
  const abroad = stated(catalog, 'cn_granted_abroad').row.value;
  const cnipa = stated(catalog, 'cn_granted_cnipa').row.value;
  expectAgrees(country(catalog, 'CN', 'granted'), abroad + cnipa, 'cn_granted_abroad + cn_granted_cnipa');
};

/** Documented disagreement: 4751 CNIPA grants are said to be about 18% of applications; of 3.28 万 they are 14.5%. */
export const cnipaShareDisagreement: Check = (catalog) => {
  const cnipa = point(stated(catalog, 'cn_granted_cnipa').row.value);
  const apps = claimed(country(catalog, 'CN', 'applications').row);
  pinDisagreement(stated(catalog, 'cn_granted_cnipa_share'), percentOf(cnipa, apps), { stated: 18, computed: 14.5, decimals: 1 }, 'cn_granted_cnipa ÷ China applications');
};

/** 一、2. 2): the four companies with over 100 overseas filings each are the Chinese 表 2 rows above 100; together 6517, 86% of 7568. */
export const overseasBigFilers: Check = (catalog) => {
  const { rows } = rowsOf<Top50Row>(catalog, TOP50);
  const threshold = stated(catalog, 'cn_overseas_big_filer_threshold').row.value;
  const big = rows.filter((r) => r.country_code === 'CN' && r.international > threshold);
  expectAgrees(stated(catalog, 'cn_overseas_big_filers'), big.length, `counting Chinese 表 2 rows with international above ${threshold}`);
  const total = big.reduce((sum, r) => sum + r.international, 0);
  expectAgrees(stated(catalog, 'cn_overseas_big_filers_total'), total, `summing international over those rows (${big.map((r) => r.company_zh).join('、')})`);
  const cnInternational = point(country(catalog, 'CN', 'international').row.value);
  expectAgrees(stated(catalog, 'cn_overseas_big_filers_share'), percentOf(point(stated(catalog, 'cn_overseas_big_filers_total').row.value), cnInternational), 'cn_overseas_big_filers_total ÷ China international');
};

/** 一、2. 3): 4216 patents cited 1–2 times are 57% (over half) of 7445 cited patents; 821 cited over 10 times are 11%. */
export const citationDistribution: Check = (catalog) => {
  const cited = point(country(catalog, 'CN', 'cited').row.value);
  const once = claimed(stated(catalog, 'cn_cited_1_2_times').row);
  expectAgrees(stated(catalog, 'cn_cited_1_2_times_share'), percentOf(once, cited), 'cn_cited_1_2_times ÷ China cited');
  expectAgrees(stated(catalog, 'cn_cited_1_2_times_over_half'), percentOf(once, cited), 'cn_cited_1_2_times ÷ China cited');
  expectAgrees(stated(catalog, 'cn_cited_over_10_times_share'), percentOf(claimed(stated(catalog, 'cn_cited_over_10_times').row), cited), 'cn_cited_over_10_times ÷ China cited');
};

/** 一、2.: the 2020 count of applicant companies fits "over 1000 a year in 2018–2020"; 7800 companies worldwide in both places. */
export const repeatedFiguresAgree: Check = (catalog) => {
  expectAgrees(stated(catalog, 'cn_applicant_companies_yearly_2018_2020'), stated(catalog, 'cn_applicant_companies_2020').row.value, 'cn_applicant_companies_2020');
  expectAgrees(stated(catalog, 'global_applicant_companies_ch2'), stated(catalog, 'global_applicant_companies').row.value, 'global_applicant_companies (一、1.)');
};

// ---------------------------------------------------------------------------
// 表 1 (application bands).

/** 表 1: bands are contiguous; their total fits "近 4500"; the 1 ~ 9 band fits "超过 4000". */
export const applicationBandsMatchText: Check = (catalog) => {
  const { loaded, rows } = rowsOf<ApplicationBandRow>(catalog, BANDS);
  const bands = rows.filter((r) => r.row_kind === 'band');
  bands.forEach((band) => {
    const i = rows.indexOf(band);
    const min = band.min_applications;
    if (min === null) failAt(loaded, i, 'min_applications', 'a band needs its lower bound');
    if (band.parent_band !== null) failAt(loaded, i, 'parent_band', 'a band has no parent band');
    if (min > 1 && !bands.some((b) => b.max_applications === min - 1)) {
      failAt(loaded, i, 'min_applications', `no band ends at ${min - 1}: bands must meet without gaps`);
    }
  });
  expectAgrees(stated(catalog, 'cn_applicant_companies'), bands.reduce((sum, b) => sum + b.companies, 0), 'summing the bands of 表 1');
  const oneToNine = bands.find((b) => b.min_applications === 1 && b.max_applications === 9);
  if (!oneToNine) throw new Error(`consistency check needs the 1 ~ 9 band in ${loaded.file}`);
  expectAgrees(stated(catalog, 'cn_companies_1_9_applications'), oneToNine.companies, 'the 1 ~ 9 band of 表 1');
};

/**
 * Documented ambiguity: the three sub-rows under 1 ~ 9 件 sum to 3658, not the
 * band's 4119, so they are not a split of the band. Each must stay within the
 * band, with no bounds of its own.
 */
export const applicationSubRowsAmbiguity: Check = (catalog) => {
  const { loaded, rows } = rowsOf<ApplicationBandRow>(catalog, BANDS);
  const subRows = rows.filter((r) => r.row_kind === 'sub_row');
  for (const row of subRows) {
    const i = rows.indexOf(row);
    const parent = rows.find((r) => r.row_kind === 'band' && r.band_id === row.parent_band);
    if (!parent) failAt(loaded, i, 'parent_band', 'a sub-row must name the band_id of a band');
    if (row.min_applications !== null || row.max_applications !== null) {
      failAt(loaded, i, row.min_applications !== null ? 'min_applications' : 'max_applications', 'the report does not say what a sub-row counts: leave its bounds blank');
    }
    if (row.companies > parent.companies) failAt(loaded, i, 'companies', `a sub-row cannot exceed its band's ${parent.companies}`);
  }
  const parentOf = subRows[0] && rows.find((r) => r.band_id === subRows[0]!.parent_band);
  const sum = subRows.reduce((s, r) => s + r.companies, 0);
  const last = rows.indexOf(subRows[subRows.length - 1]!);
  if (!parentOf || sum !== 3658 || parentOf.companies !== 4119) {
    failAt(loaded, last, 'companies', `the sub-rows now sum to ${sum} against a band of ${parentOf?.companies ?? 'none'}; the dataset notes document 3658 against 4119: update the notes and this check`);
  }
};

// ---------------------------------------------------------------------------
// 表 3 (industries) and chapter 三、.

/** 表 3: grants never exceed applications, nor granted companies the applicant companies; rows run by grants, most first. */
export const industriesAreCoherent: Check = (catalog) => {
  const { loaded, rows } = rowsOf<IndustryRow>(catalog, INDUSTRIES);
  rows.forEach((row, i) => {
    if (row.granted > row.applications) failAt(loaded, i, 'granted', `more grants than the ${row.applications} applications`);
    if (row.granted_companies > row.applicant_companies) failAt(loaded, i, 'granted_companies', `more granted companies than the ${row.applicant_companies} applicant companies`);
    const above = rows[i - 1];
    if (above && row.granted > above.granted) failAt(loaded, i, 'granted', `表 3 runs by grants, but ${above.name_zh} above has ${above.granted}`);
  });
  const { loaded: leadersLoaded, rows: leaders } = rowsOf<IndustryLeaderRow>(catalog, INDUSTRY_LEADERS);
  leaders.forEach((row, i) => {
    if (!rows.some((r) => r.name_zh === row.industry_zh)) failAt(leadersLoaded, i, 'industry_zh', 'not a sector of 表 3');
  });
};

function industry(catalog: Catalog, name: string): IndustryRow {
  const row = rowsOf<IndustryRow>(catalog, INDUSTRIES).rows.find((r) => r.name_zh === name);
  if (!row) throw new Error(`consistency check needs sector ${name} in data/patents-2021/industries.csv`);
  return row;
}

/** 三、: the prose figures for finance, healthcare and energy match their 表 3 rows; the 19 rows stay within the 1.61 万 and 40-odd sectors. */
export const industriesMatchText: Check = (catalog) => {
  const finance = industry(catalog, '智慧金融');
  expectAgrees(stated(catalog, 'cn_finance_granted_companies'), finance.granted_companies, '表 3 智慧金融 granted_companies');
  expectAgrees(stated(catalog, 'cn_finance_granted'), finance.granted, '表 3 智慧金融 granted');
  expectAgrees(stated(catalog, 'cn_finance_applications'), finance.applications, '表 3 智慧金融 applications');
  expectAgrees(stated(catalog, 'cn_finance_applicant_companies'), Math.round(finance.applicant_companies / 100) * 100, '表 3 智慧金融 applicant_companies rounded to hundreds');
  const health = industry(catalog, '医疗健康');
  expectAgrees(stated(catalog, 'cn_health_applicant_companies'), health.applicant_companies, '表 3 医疗健康 applicant_companies');
  expectAgrees(stated(catalog, 'cn_health_applications'), health.applications, '表 3 医疗健康 applications');
  expectAgrees(stated(catalog, 'cn_health_granted'), health.granted, '表 3 医疗健康 granted');
  const energy = industry(catalog, '能源');
  expectAgrees(stated(catalog, 'cn_energy_applicant_companies'), energy.applicant_companies, '表 3 能源 applicant_companies');
  expectAgrees(stated(catalog, 'cn_energy_applications'), energy.applications, '表 3 能源 applications');
  expectAgrees(stated(catalog, 'cn_energy_granted'), energy.granted, '表 3 能源 granted');

  const { loaded, rows } = rowsOf<IndustryRow>(catalog, INDUSTRIES);
  const total = stated(catalog, 'cn_industry_applications');
  const sum = rows.reduce((s, r) => s + r.applications, 0);
  if (sum > claimed(total.row).hi) failAt(total.loaded, total.index, 'value', `the 19 sectors of 表 3 alone sum to ${sum} applications`);
  const sectors = stated(catalog, 'cn_industries_covered');
  if (rows.length > sectors.row.value) failAt(sectors.loaded, sectors.index, 'value', `表 3 alone lists ${rows.length} sectors`);
  const topByApps = rows.reduce((a, b) => (b.applications > a.applications ? b : a));
  if (topByApps !== finance) failAt(loaded, rows.indexOf(topByApps), 'applications', 'the text calls finance the sector with the most applications');
  const [first, second, third] = rows;
  if (first?.name_zh !== '智慧金融' || second?.name_zh !== '医疗健康' || third?.name_zh !== '能源') {
    failAt(loaded, 0, 'name_zh', 'the text puts finance, healthcare and energy first, second and third by grants');
  }
};

/** Documented disagreement: finance's grant rate is printed as 13%, but 714 of 4998 (or of about 5000) is 14.3%. */
export const financeGrantRateDisagreement: Check = (catalog) => {
  const finance = industry(catalog, '智慧金融');
  pinDisagreement(stated(catalog, 'cn_finance_grant_rate'), percentOf(point(finance.granted), point(finance.applications)), { stated: 13, computed: 14.3, decimals: 1 }, '表 3 智慧金融 granted ÷ applications');
};

export const PATENTS_2021_CHECKS: readonly Check[] = [
  top50IsARanking,
  top50CountryCountsMatchText,
  top50ChinaCountDisagreement,
  antLeadsTop50,
  pingAnVersusTencent,
  leadingCompaniesMatchTop50,
  antSharesMatchCounts,
  antGlobalGrantShareDisagreement,
  countryComparisonIsCoherent,
  countryRatesMatchCounts,
  chinaVersusUnitedStates,
  citationGapDisagreement,
  chinaGrantsSplit,
  cnipaShareDisagreement,
  overseasBigFilers,
  citationDistribution,
  repeatedFiguresAgree,
  applicationBandsMatchText,
  applicationSubRowsAmbiguity,
  industriesAreCoherent,
  industriesMatchText,
  financeGrantRateDisagreement,
];
