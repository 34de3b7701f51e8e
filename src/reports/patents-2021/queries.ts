/**
 * Typed queries over report A (2021 blockchain patent quality report) for
 * pages and charts. Rows come from the shared, checked catalog; functions
 * whose names start with `derived` compute values the report does not print,
 * and their results say so.
 */
import type { Catalog } from '../../data/catalog.ts';
import { need } from '../../data/need.ts';
import {
  bootstrapInterval,
  kendall,
  leastSquares,
  leaveOneOut,
  NORMALISATIONS,
  normaliseTable,
  rankByScore,
  rankIntervals,
  spearman,
  topOverlap,
  weightedScores,
  type Interval,
  type Normalisation,
  type RankInterval,
} from '../../data/composite-index.ts';
import { rowsOf } from './data.ts';
import { applicationBands, type ApplicationBandRow } from './schemas/application-bands.ts';
import { COUNTRY_METRICS, countryComparison as countryComparisonDef, type CountryComparisonRow, type CountryMetric } from './schemas/country-comparison.ts';
import { industries, type IndustryRow } from './schemas/industries.ts';
import { industryLeaders, type IndustryLeaderRow } from './schemas/industry-leaders.ts';
import { leadingCompanies, type LeadingCompanyRow } from './schemas/leading-companies.ts';
import { patentsStatedFigures } from './schemas/stated-figures.ts';
import { top50, type Top50Row } from './schemas/top50.ts';
import type { StatedFigure } from '../../data/stated-figures.ts';
import { META } from './meta.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { referenceIn } from '../../i18n/references.ts';
import { useTranslations } from '../../i18n/translate.ts';

export type { ApplicationBandRow, CountryComparisonRow, CountryMetric, IndustryLeaderRow, IndustryRow, LeadingCompanyRow, StatedFigure, Top50Row };
export { COUNTRY_METRICS };

/** Where a row comes from, ready to print under a chart or callout: "报告 A 一、1. 图 1", "Report A, section 1.1, Figure 1". */
export function sourceLabel(row: { section: string; source_ref: string | null }, locale: Locale = DEFAULT_LOCALE): string {
  const report = META.in(locale);
  const t = useTranslations(locale);
  // Sections are numbered as printed ("三、"); the enumeration comma is dropped when the label ends there.
  const section = referenceIn(row.section.replace(/、$/u, ''), locale, report.sections);
  return row.source_ref
    ? t('source.labelWithRef', { letter: report.letter, section, ref: referenceIn(row.source_ref, locale) })
    : t('source.label', { letter: report.letter, section });
}

// --- 表 2 -------------------------------------------------------------------

/**
 * How many ranks of 表 2 the site draws, writes about and computes its open index over: the
 * ranking is a TOP50. The report's table has exactly these; should a longer ranking be loaded,
 * its charts, images, embeds and chapter tables keep to these ranks and say how many rows the
 * data has, and the dataset page and its CSV list every row.
 */
export const TOP50_RANKS = 50;

const rankedCache = new WeakMap<readonly Top50Row[], readonly Top50Row[]>();

/**
 * 表 2: the TOP50 ranking, rank 1 first: the rows ranked 1 to TOP50_RANKS, the same array for
 * every caller (the derived figures below are cached by it).
 */
export function top50Rows(catalog?: Catalog): readonly Top50Row[] {
  const all = rowsOf(top50, catalog).rows;
  let ranked = rankedCache.get(all);
  if (!ranked) {
    ranked = all.every((r) => r.rank <= TOP50_RANKS) ? all : all.filter((r) => r.rank <= TOP50_RANKS);
    rankedCache.set(all, ranked);
  }
  return ranked;
}

/** Every row of 表 2's dataset, however many ranks it has: what the TOP50's charts say the data holds. */
export function top50RowCount(catalog?: Catalog): number {
  return rowsOf(top50, catalog).rows.length;
}

export interface DerivedCount {
  country_code: string;
  country_zh: string;
  country_en: string;
  companies: number;
  /** Always true: counted from the rows, not printed in the report. */
  derived: true;
}

/** Derived from 表 2: how many TOP50 companies each country has, most first (ties by first appearance). */
export function derivedTop50CountryCounts(catalog?: Catalog, topN = TOP50_RANKS): DerivedCount[] {
  const counts = new Map<string, DerivedCount>();
  for (const row of top50Rows(catalog).filter((r) => r.rank <= topN)) {
    const entry = counts.get(row.country_code) ?? {
      country_code: row.country_code,
      country_zh: row.country_zh,
      country_en: row.country_en,
      companies: 0,
      derived: true as const,
    };
    entry.companies += 1;
    counts.set(row.country_code, entry);
  }
  return [...counts.values()].sort((a, b) => b.companies - a.companies);
}

// --- 一、1. country comparison ---------------------------------------------

/** 一、1.: every stated country figure (the world total has country_code null). */
export function countryComparison(catalog?: Catalog): readonly CountryComparisonRow[] {
  return rowsOf(countryComparisonDef, catalog).rows;
}

/** One measure across the countries that state it, in file order (world first where given). */
export function countryMetric(metric: CountryMetric, catalog?: Catalog): readonly CountryComparisonRow[] {
  return countryComparison(catalog).filter((r) => r.metric === metric);
}

/** One country's figure (`null` for the world total), or undefined when the report does not state it. */
export function countryFigure(code: string | null, metric: CountryMetric, catalog?: Catalog): CountryComparisonRow | undefined {
  return countryComparison(catalog).find((r) => r.country_code === code && r.metric === metric);
}

/**
 * Derived from the period of 一、1. (2015-01/2021-06): how many calendar years it
 * touches (7) and how long it lasts in years (6.5), the two readings behind the
 * report's "过去 6 年" and "过去 7 年".
 */
export function derivedStudyPeriodSpan(catalog?: Catalog): { row: CountryComparisonRow; calendarYears: number; years: number; derived: true } {
  const row = countryFigure(null, 'applications', catalog);
  const match = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/u.exec(row?.period ?? '');
  if (!row || !match) throw new Error('derivedStudyPeriodSpan: the world applications row (一、1.) has no period of two months');
  const [fromYear, fromMonth, toYear, toMonth] = match.slice(1).map(Number) as [number, number, number, number];
  // Both ends count as whole months: January 2015 to June 2021 is 78 months.
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
  return { row, calendarYears: toYear - fromYear + 1, years: months / 12, derived: true };
}

// --- 表 1 -------------------------------------------------------------------

/** 表 1: the four bands and the three unexplained sub-rows, in table order. */
export function applicationBandRows(catalog?: Catalog): readonly ApplicationBandRow[] {
  return rowsOf(applicationBands, catalog).rows;
}

/** 表 1 without the sub-rows: the bands that partition the companies. */
export function applicationBandsOnly(catalog?: Catalog): readonly ApplicationBandRow[] {
  return applicationBandRows(catalog).filter((r) => r.row_kind === 'band');
}

/** Derived from 表 1: companies summed over the four bands (the text says 近 4500). */
export function derivedApplicationBandTotal(catalog?: Catalog): { companies: number; derived: true } {
  return { companies: applicationBandsOnly(catalog).reduce((sum, r) => sum + r.companies, 0), derived: true };
}

// --- 一、2. leading companies ------------------------------------------------

/** 一、2.: the three Chinese companies named for applications, grants and cited patents. */
export function leadingCompanyRows(catalog?: Catalog): readonly LeadingCompanyRow[] {
  return rowsOf(leadingCompanies, catalog).rows;
}

/** Leading companies on one measure, by their stated rank. */
export function leadingCompaniesBy(metric: LeadingCompanyRow['metric'], catalog?: Catalog): LeadingCompanyRow[] {
  return leadingCompanyRows(catalog)
    .filter((r) => r.metric === metric)
    .sort((a, b) => a.rank_cn - b.rank_cn);
}

// --- 表 3 and chapter 三 ------------------------------------------------------

/** 表 3: the 19 sectors, most grants first. */
export function industryRows(catalog?: Catalog): readonly IndustryRow[] {
  return rowsOf(industries, catalog).rows;
}

/** Derived from 表 3: each sector's grants as a share of its applications, in percent (not printed in 表 3). */
export function derivedIndustryGrantRates(catalog?: Catalog): { name_zh: string; name_en: string; grant_rate: number; derived: true }[] {
  return industryRows(catalog).map((r) => ({
    name_zh: r.name_zh,
    name_en: r.name_en,
    grant_rate: (r.granted / r.applications) * 100,
    derived: true as const,
  }));
}

/** 三、1.–3.: companies named as holding the most grants in a sector, by rank. */
export function industryLeaderRows(catalog?: Catalog): readonly IndustryLeaderRow[] {
  return rowsOf(industryLeaders, catalog).rows;
}

// --- stated figures ------------------------------------------------------------

/** Every single figure the prose states, in report order. */
export function statedFigures(catalog?: Catalog): readonly StatedFigure[] {
  return rowsOf(patentsStatedFigures, catalog).rows;
}

/**
 * One stated figure by id, with its value, qualifier, printed form and source.
 * Throws on an unknown id, so a page never silently shows nothing.
 */
export function statedFigure(id: string, catalog?: Catalog): StatedFigure {
  const row = statedFigures(catalog).find((r) => r.id === id);
  if (!row) throw new Error(`report A states no figure with id "${id}" (see data/patents-2021/stated-figures.csv)`);
  return row;
}

/** The stated figures of one topic (e.g. `ant_group`, `china_citations`). */
export function statedFiguresByTopic(topic: string, catalog?: Catalog): StatedFigure[] {
  return statedFigures(catalog).filter((r) => r.topic === topic);
}

/**
 * Derived from 表 2 and 一、1.: a company's grants as a share of the world's,
 * in percent, unrounded. The report prints 17.2% for Ant Group; this is what
 * its own figures give (the checks pin the gap).
 */
export function derivedShareOfWorldGrants(company: Top50Row, catalog?: Catalog): { worldGranted: CountryComparisonRow; percent: number; derived: true } {
  const worldGranted = countryFigure(null, 'granted', catalog);
  if (!worldGranted) throw new Error('derivedShareOfWorldGrants: the world grant total (一、1.) is missing');
  return { worldGranted, percent: (company.granted / worldGranted.value) * 100, derived: true };
}

// --- 表 2: an open composite index, tested against the published score -------

/** The five indicators of 表 2 in the table's column order (the explorer's `?w=` order). */
export const TOP50_INDICATORS = ['granted', 'cited', 'core_tech', 'families', 'international'] as const;
export type Top50Indicator = (typeof TOP50_INDICATORS)[number];

/** Seeds and sample sizes fixed before any result was seen, so every build gives the same numbers. */
export const TOP50_METHOD_SETTINGS = { bootstrapSamples: 2000, bootstrapSeed: 20210, bootstrapLevel: 0.95, weightSamples: 4000, weightSeed: 2021, moverThreshold: 3, topK: 10 } as const;

/** The five indicator values of each TOP50 row, in published order. */
export function top50IndicatorTable(catalog?: Catalog): number[][] {
  return top50Rows(catalog).map((r) => TOP50_INDICATORS.map((k) => r[k]));
}

export type Top50MethodId = Normalisation | 'fitted';

export interface Top50Mover {
  company_zh: string;
  company_en: string;
  published: number;
  /** The rank this method gives. */
  method: number;
}

export interface Top50MethodFit {
  method: Top50MethodId;
  /** Spearman's rho between the method's score and the published score, with a bootstrap 95% interval. */
  rho: number;
  rhoInterval: Interval;
  /** Kendall's tau-b, likewise. */
  tau: number;
  tauInterval: Interval;
  /** Companies in both this method's top 10 and the published top 10. */
  topOverlap: number;
  /** Companies this method moves more than `moverThreshold` places, biggest move first. */
  movers: Top50Mover[];
  /** For `fitted`: the coefficients of the in-sample least-squares fit on min-max rescaled indicators, [intercept, …five]. */
  coefficients?: number[];
  derived: true;
}

const fitCache = new WeakMap<readonly Top50Row[], Top50MethodFit[]>();

/**
 * Derived from 表 2: how close open methods come to the published score. The
 * four normalisations with equal weights, and least squares on min-max
 * rescaled indicators judged by leave-one-out predictions (each company
 * predicted by a fit on the other 49). Unrounded scores are compared; the
 * intervals resample the 50 companies (the method's scores held fixed).
 */
export function derivedTop50MethodFits(catalog?: Catalog): Top50MethodFit[] {
  const rows = top50Rows(catalog);
  const cached = fitCache.get(rows);
  if (cached) return cached;
  const s = TOP50_METHOD_SETTINGS;
  const table = top50IndicatorTable(catalog);
  const published = rows.map((r) => r.score);
  const publishedRanks = rows.map((r) => r.rank);
  const equal = TOP50_INDICATORS.map(() => 1);
  const judge = (method: Top50MethodId, scores: number[], coefficients?: number[]): Top50MethodFit => {
    const ranks = rankByScore(scores);
    const on = (f: (a: number[], b: number[]) => number) => (indices: number[]) => f(indices.map((i) => scores[i]!), indices.map((i) => published[i]!));
    const interval = (f: (a: number[], b: number[]) => number) => bootstrapInterval(rows.length, on(f), { samples: s.bootstrapSamples, seed: s.bootstrapSeed, level: s.bootstrapLevel });
    const movers = rows
      .map((r, i) => ({ company_zh: r.company_zh, company_en: r.company_en, published: r.rank, method: ranks[i]! }))
      .filter((m) => Math.abs(m.method - m.published) > s.moverThreshold)
      .sort((a, b) => Math.abs(b.method - b.published) - Math.abs(a.method - a.published) || a.published - b.published);
    return {
      method,
      rho: spearman(scores, published),
      rhoInterval: interval(spearman),
      tau: kendall(scores, published),
      tauInterval: interval(kendall),
      topOverlap: topOverlap(ranks, publishedRanks, s.topK),
      movers,
      ...(coefficients ? { coefficients } : {}),
      derived: true,
    };
  };
  const minmax = normaliseTable(table, 'minmax');
  const fits = [
    ...NORMALISATIONS.map((m) => judge(m, weightedScores(normaliseTable(table, m), equal)!)),
    judge('fitted', leaveOneOut(minmax, published), leastSquares(minmax, published)),
  ];
  fitCache.set(rows, fits);
  return fits;
}

export interface Top50RankInterval extends RankInterval {
  company_zh: string;
  company_en: string;
  country_code: string;
  published: number;
  derived: true;
}

const intervalCache = new WeakMap<readonly Top50Row[], Top50RankInterval[]>();

/**
 * Derived from 表 2: each company's best, median and worst rank over
 * `weightSamples` random weight vectors (uniform Dirichlet, fixed seed), the
 * four normalisations taken in turn; in published order.
 */
export function derivedTop50RankIntervals(catalog?: Catalog): Top50RankInterval[] {
  const rows = top50Rows(catalog);
  const cached = intervalCache.get(rows);
  if (cached) return cached;
  const intervals = rankIntervals(top50IndicatorTable(catalog), { samples: TOP50_METHOD_SETTINGS.weightSamples, seed: TOP50_METHOD_SETTINGS.weightSeed });
  const result = rows.map((r, i) => ({
    ...intervals[i]!,
    company_zh: r.company_zh,
    company_en: r.company_en,
    country_code: r.country_code,
    published: r.rank,
    derived: true as const,
  }));
  intervalCache.set(rows, result);
  return result;
}

export interface Top50View {
  company_zh: string;
  /** The weighted score on 0–1 (min-max, equal weights), unrounded. */
  index: number;
  rank: number;
  derived: true;
}

/**
 * Derived from 表 2: what the method note says of the fits and the intervals,
 * worked out once for both editions: the closest and furthest equal-weight
 * methods (by rho), the fitted method and the indicators its in-sample fit
 * weighs negatively, the companies whose rank never moves, the widest
 * interval, the published ranks outside their interval, and the families leader.
 */
export function derivedTop50MethodSummary(catalog?: Catalog) {
  const fits = derivedTop50MethodFits(catalog);
  const equalFits = fits.filter((f) => f.method !== 'fitted');
  const fitted = need(fits.find((f) => f.method === 'fitted'), 'the fitted method');
  const intervals = derivedTop50RankIntervals(catalog);
  return {
    fits,
    equalFits,
    closest: equalFits.reduce((a, b) => (b.rho > a.rho ? b : a)),
    farthest: equalFits.reduce((a, b) => (b.rho < a.rho ? b : a)),
    fitted,
    negativeIndicators: (fitted.coefficients ?? []).slice(1).flatMap((c, i) => (c < 0 ? [need(TOP50_INDICATORS[i], 'an indicator')] : [])),
    intervals,
    steady: intervals.filter((r) => r.best === r.worst),
    widest: intervals.reduce((a, b) => (b.worst - b.best > a.worst - a.best ? b : a)),
    outside: intervals.filter((r) => r.published < r.best || r.published > r.worst),
    familiesLeader: top50Rows(catalog).reduce((a, b) => (b.families > a.families ? b : a)),
    derived: true as const,
  };
}

/** Derived from 表 2: the explorer's default view, equal weights on min-max rescaled indicators, in published order. */
export function derivedTop50EqualWeights(catalog?: Catalog): Top50View[] {
  const rows = top50Rows(catalog);
  const scores = weightedScores(normaliseTable(top50IndicatorTable(catalog), 'minmax'), TOP50_INDICATORS.map(() => 1))!;
  const ranks = rankByScore(scores);
  return rows.map((r, i) => ({ company_zh: r.company_zh, index: scores[i]!, rank: ranks[i]!, derived: true as const }));
}

/**
 * Derived from 一、1. 3) and 一、2.: a country's citation rate from its own counts (cited ÷
 * applications), in percent, unrounded. The report prints China's as a rounded 23% beside the
 * world's 22.81%; its counts (7445 of 3.28 万) put China below the world, not above it.
 */
export function derivedCitationRate(code: string | null, catalog?: Catalog): { percent: number; derived: true } | null {
  const cited = countryFigure(code, 'cited', catalog);
  const applications = countryFigure(code, 'applications', catalog);
  if (!cited || !applications || applications.value <= 0) return null;
  return { percent: (cited.value / applications.value) * 100, derived: true };
}
