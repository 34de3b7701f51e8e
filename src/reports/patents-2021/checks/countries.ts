/**
 * Report A's checks on 一、1.'s country comparison and on China's grants,
 * overseas filings and citations (一、2.).
 */
import type { CountryComparisonRow, CountryMetric } from '../schemas/country-comparison.ts';
import { COUNTRY_METRICS } from '../schemas/country-comparison.ts';
import type { Top50Row } from '../schemas/top50.ts';
import { allowed } from '../../../data/qualifiers.ts';
import { complement, mul, percentOf, point, sub, type Range } from '../../../data/range.ts';
import { expectAgrees, failAt, pinDisagreement, rowsOf, type Check } from '../../../data/checks.ts';
import { COUNTRIES, country, stated, TOP50 } from './rows.ts';

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
  const worldApps = allowed(country(catalog, null, 'applications').row);
  const cnApps = allowed(country(catalog, 'CN', 'applications').row);
  const usApps = mul(mul(allowed(country(catalog, 'US', 'applications_share').row), point(0.01)), worldApps);
  const ratio = (code: string | null, apps: Range, count: CountryMetric, rate: CountryMetric, label: string) =>
    expectAgrees(country(catalog, code, rate), percentOf(allowed(country(catalog, code, count).row), apps), label);
  ratio(null, worldApps, 'granted', 'grant_rate', 'world granted ÷ world applications');
  ratio(null, worldApps, 'cited', 'citation_rate', 'world cited ÷ world applications');
  ratio('CN', cnApps, 'granted', 'grant_rate', 'China granted ÷ China applications');
  ratio('CN', cnApps, 'cited', 'citation_rate', 'China cited ÷ China applications');
  ratio('CN', cnApps, 'international', 'international_share', 'China international ÷ China applications');
  ratio('US', usApps, 'granted', 'grant_rate', 'US granted ÷ (US share × world applications)');
  ratio('US', usApps, 'cited', 'citation_rate', 'US cited ÷ (US share × world applications)');
  ratio('US', usApps, 'international', 'international_share', 'US international ÷ (US share × world applications)');
  expectAgrees(country(catalog, 'CN', 'applications_share'), percentOf(cnApps, worldApps), 'China applications ÷ world applications');
  expectAgrees(country(catalog, 'CN', 'families_multi_share'), complement(allowed(country(catalog, 'CN', 'families_single_share').row)), '100% minus the share of single-member families');
  const over1000 = ['CN', 'US', 'KR'].filter((c) => country(catalog, c, 'families').row.value > 1000).length;
  expectAgrees(stated(catalog, 'global_countries_families_over_1000'), over1000, 'counting the named countries with over 1000 families');
  expectAgrees(stated(catalog, 'us_cn_international_share_gap'), sub(allowed(country(catalog, 'US', 'international_share').row), percentOf(point(country(catalog, 'CN', 'international').row.value), cnApps)), 'US international share minus China international ÷ applications');
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
  const cnApps = allowed(country(catalog, 'CN', 'applications').row);
  const cnRate = percentOf(point(country(catalog, 'CN', 'cited').row.value), cnApps);
  const usRate = allowed(country(catalog, 'US', 'citation_rate').row);
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
  const apps = allowed(country(catalog, 'CN', 'applications').row);
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
  const once = allowed(stated(catalog, 'cn_cited_1_2_times').row);
  expectAgrees(stated(catalog, 'cn_cited_1_2_times_share'), percentOf(once, cited), 'cn_cited_1_2_times ÷ China cited');
  expectAgrees(stated(catalog, 'cn_cited_1_2_times_over_half'), percentOf(once, cited), 'cn_cited_1_2_times ÷ China cited');
  expectAgrees(stated(catalog, 'cn_cited_over_10_times_share'), percentOf(allowed(stated(catalog, 'cn_cited_over_10_times').row), cited), 'cn_cited_over_10_times ÷ China cited');
};

/** 一、2.: the 2020 count of applicant companies fits "over 1000 a year in 2018–2020"; 7800 companies worldwide in both places. */
export const repeatedFiguresAgree: Check = (catalog) => {
  expectAgrees(stated(catalog, 'cn_applicant_companies_yearly_2018_2020'), stated(catalog, 'cn_applicant_companies_2020').row.value, 'cn_applicant_companies_2020');
  expectAgrees(stated(catalog, 'global_applicant_companies_ch2'), stated(catalog, 'global_applicant_companies').row.value, 'global_applicant_companies (一、1.)');
};
