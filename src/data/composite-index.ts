/**
 * The maths of a composite index, kept pure so that the build (method fit,
 * rank intervals) and the reader's browser (the index explorer) run the same
 * functions on the same numbers: rescale each indicator, weight, score, rank;
 * and the statistics used to judge a method against a published ranking
 * (Spearman, Kendall, bootstrap intervals, least squares with leave-one-out)
 * and its rank uncertainty over random weights (a seeded Dirichlet sampler).
 *
 * A table here is rows × indicators (`number[][]`), rows in the published
 * order: every tie is broken by that order, so results never depend on the
 * sort algorithm.
 */

/** How each indicator is rescaled before weighting. */
export const NORMALISATIONS = ['minmax', 'zscore', 'rank', 'log'] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];

export function isNormalisation(value: unknown): value is Normalisation {
  return typeof value === 'string' && (NORMALISATIONS as readonly string[]).includes(value);
}

function minMax(values: readonly number[]): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  // An indicator on which every row is equal tells the rows nothing apart.
  return values.map((v) => (max > min ? (v - min) / (max - min) : 0));
}

/** averageRanks by sorting (value, index) pairs: kept for values that do not order (NaN), whose places the fast path cannot look up. */
function averageRanksBySort(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.v === order[start]!.v) end++;
    const mean = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.i] = mean;
    start = end + 1;
  }
  return ranks;
}

/**
 * Ranks 1..n of ascending values, tied values sharing the mean of their places. A tie's
 * mean place depends only on the sorted values, so they are sorted as numbers (natively,
 * without a comparison callback) and each value looks its place up: the bootstrap ranks
 * thousands of resamples, where sorting objects was most of a build's statistics time.
 */
export function averageRanks(values: readonly number[]): number[] {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  // A typed array sorts NaN last.
  if (n > 0 && Number.isNaN(sorted[n - 1])) return averageRanksBySort(values);
  const place = new Map<number, number>();
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && sorted[end + 1] === sorted[start]) end++;
    place.set(sorted[start]!, (start + end) / 2 + 1);
    start = end + 1;
  }
  return values.map((v) => place.get(v)!);
}

/**
 * One indicator rescaled: `minmax` to 0–1; `zscore` to mean 0, SD 1
 * (population SD); `rank` to the rows' mean ranks put on 0–1; `log` to
 * log(1 + x), then min-max. A constant column becomes all 0.
 */
export function normalise(values: readonly number[], method: Normalisation): number[] {
  switch (method) {
    case 'minmax':
      return minMax(values);
    case 'log':
      return minMax(values.map((v) => Math.log1p(v)));
    case 'rank':
      return minMax(averageRanks(values));
    case 'zscore': {
      const n = values.length;
      const mean = values.reduce((s, v) => s + v, 0) / n;
      const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
      return values.map((v) => (sd > 0 ? (v - mean) / sd : 0));
    }
  }
}

/** Every column of a rows × indicators table rescaled, as rows × indicators again. */
export function normaliseTable(table: readonly (readonly number[])[], method: Normalisation): number[][] {
  const k = table[0]?.length ?? 0;
  const columns = Array.from({ length: k }, (_, j) => normalise(table.map((row) => row[j]!), method));
  return table.map((_, i) => columns.map((column) => column[i]!));
}

/** Weights as shares of their total (OECD Better Life style: 0–10 each, divided by the sum), or null when they sum to 0. */
export function weightShares(weights: readonly number[]): number[] | null {
  const total = weights.reduce((s, w) => s + w, 0);
  return total > 0 ? weights.map((w) => w / total) : null;
}

/** Each row's weighted sum of its (already rescaled) indicators, or null when every weight is 0. */
export function weightedScores(normalised: readonly (readonly number[])[], weights: readonly number[]): number[] | null {
  const shares = weightShares(weights);
  if (!shares) return null;
  return normalised.map((row) => row.reduce((s, v, j) => s + v * (shares[j] ?? 0), 0));
}

/** Places 1..n by score, highest first; equal scores keep the input (published) order. */
export function rankByScore(scores: readonly number[]): number[] {
  const order = scores.map((s, i) => ({ s, i })).sort((a, b) => b.s - a.s || a.i - b.i);
  const ranks = new Array<number>(scores.length);
  order.forEach(({ i }, place) => (ranks[i] = place + 1));
  return ranks;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

/** Spearman's rho: the Pearson correlation of mean ranks (ties handled). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(averageRanks(x), averageRanks(y));
}

/** The pair counts tau-b is made of: concordant, discordant, tied in x only, tied in y only (pairs tied in both count in none). */
interface PairCounts {
  concordant: number;
  discordant: number;
  tiesX: number;
  tiesY: number;
}

function tauB({ concordant, discordant, tiesX, tiesY }: PairCounts): number {
  const denominator = Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY));
  return denominator > 0 ? (concordant - discordant) / denominator : NaN;
}

/** Every pair compared: O(n²), the definition itself; kept for values that do not order (NaN) and as the reference the fast count is tested against. */
export function kendallPairCounts(x: readonly number[], y: readonly number[]): PairCounts {
  const counts = { concordant: 0, discordant: 0, tiesX: 0, tiesY: 0 };
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) counts.tiesX++;
      else if (dy === 0) counts.tiesY++;
      else if (dx === dy) counts.concordant++;
      else counts.discordant++;
    }
  }
  return counts;
}

/** Pairs within runs of equal values of an array sorted by `key`: Σ t(t−1)/2 over the runs. */
function tiedPairs(order: Int32Array, same: (a: number, b: number) => boolean): number {
  let pairs = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && same(order[start]!, order[end]!)) end++;
    const run = end - start;
    pairs += (run * (run - 1)) / 2;
    start = end;
  }
  return pairs;
}

/**
 * The same counts in O(n log n) (Knight, 1966): sort by x then y, count the pairs the
 * sort by y must then swap (the discordant ones) with a merge sort, and the ties from
 * runs of equal values. Every count is a whole number, exact in a double, so tau-b
 * comes out bit for bit as from the pairwise count; the bootstrap calls it thousands
 * of times, where the pairwise count made the build quadratic in the rows.
 */
export function kendallCounts(x: readonly number[], y: readonly number[]): PairCounts {
  const n = x.length;
  if (x.some(Number.isNaN) || y.some(Number.isNaN)) return kendallPairCounts(x, y);
  const compare = (u: number, v: number) => (u < v ? -1 : u > v ? 1 : 0);
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => compare(x[a]!, x[b]!) || compare(y[a]!, y[b]!));
  const tiedX = tiedPairs(order, (a, b) => x[a] === x[b]);
  const tiedBoth = tiedPairs(order, (a, b) => x[a] === x[b] && y[a] === y[b]);
  // Merge sort of `order` by y, counting each pair it finds in decreasing y (a discordant pair).
  let discordant = 0;
  let from = order;
  let to = new Int32Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (y[from[j]!]! < y[from[i]!]!) {
          discordant += mid - i;
          to[k++] = from[j++]!;
        } else to[k++] = from[i++]!;
      }
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  const tiedY = tiedPairs(from, (a, b) => y[a] === y[b]);
  const pairs = (n * (n - 1)) / 2;
  return {
    concordant: pairs - tiedX - tiedY + tiedBoth - discordant,
    discordant,
    tiesX: tiedX - tiedBoth,
    tiesY: tiedY - tiedBoth,
  };
}

/** Kendall's tau-b, which corrects for ties in either variable. */
export function kendall(x: readonly number[], y: readonly number[]): number {
  return tauB(kendallCounts(x, y));
}

/** A small seeded PRNG (mulberry32): the same seed gives the same numbers on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A weight vector drawn uniformly from the simplex (Dirichlet with every alpha 1): k exponential draws over their sum. */
export function dirichlet(k: number, random: () => number): number[] {
  const draws = Array.from({ length: k }, () => -Math.log(1 - random()));
  const total = draws.reduce((s, v) => s + v, 0);
  return draws.map((d) => d / total);
}

/** The value at quantile q (0–1) of numbers, linear between neighbours (as R's type 7). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * A percentile bootstrap interval of a statistic over n rows: `samples`
 * resamples of the row indices, with replacement, from a seeded PRNG.
 * Resamples on which the statistic is undefined (NaN) are left out.
 */
export function bootstrapInterval(
  n: number,
  statistic: (indices: number[]) => number,
  { samples = 2000, seed = 1, level = 0.95 }: { samples?: number; seed?: number; level?: number } = {},
): Interval {
  const random = seededRandom(seed);
  const values: number[] = [];
  for (let s = 0; s < samples; s++) {
    const indices = Array.from({ length: n }, () => Math.floor(random() * n));
    const value = statistic(indices);
    if (!Number.isNaN(value)) values.push(value);
  }
  const tail = (1 - level) / 2;
  return { low: quantile(values, tail), high: quantile(values, 1 - tail) };
}

/** Solves A x = b by Gaussian elimination with partial pivoting; throws on a singular system. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-12) throw new Error('least squares: the indicators are collinear, the fit has no unique solution');
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Ordinary least squares of y on the columns of x plus an intercept: [intercept, b1, …, bk]. */
export function leastSquares(x: readonly (readonly number[])[], y: readonly number[]): number[] {
  const design = x.map((row) => [1, ...row]);
  const p = design[0]?.length ?? 1;
  const xtx = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => design.reduce((s, row) => s + row[i]! * row[j]!, 0)));
  const xty = Array.from({ length: p }, (_, i) => design.reduce((s, row, r) => s + row[i]! * y[r]!, 0));
  return solve(xtx, xty);
}

export function predict(coefficients: readonly number[], row: readonly number[]): number {
  return row.reduce((s, v, j) => s + v * coefficients[j + 1]!, coefficients[0]!);
}

/** Leave-one-out predictions: each row predicted by a fit on all the other rows. */
export function leaveOneOut(x: readonly (readonly number[])[], y: readonly number[]): number[] {
  return x.map((row, i) => {
    const keep = (_: unknown, r: number) => r !== i;
    return predict(leastSquares(x.filter(keep), y.filter(keep)), row);
  });
}

/** How many rows are in the top k of both rankings. */
export function topOverlap(ranksA: readonly number[], ranksB: readonly number[], k: number): number {
  return ranksA.filter((r, i) => r <= k && ranksB[i]! <= k).length;
}

export interface RankInterval {
  best: number;
  median: number;
  worst: number;
}

/**
 * Each row's best, median and worst rank over `samples` random weight
 * vectors (uniform Dirichlet, seeded), the normalisations taken in turn.
 */
export function rankIntervals(
  table: readonly (readonly number[])[],
  { samples, seed, methods = NORMALISATIONS }: { samples: number; seed: number; methods?: readonly Normalisation[] },
): RankInterval[] {
  const random = seededRandom(seed);
  const normalised = methods.map((m) => normaliseTable(table, m));
  const k = table[0]?.length ?? 0;
  const ranks: number[][] = table.map(() => []);
  for (let s = 0; s < samples; s++) {
    const scores = weightedScores(normalised[s % methods.length]!, dirichlet(k, random))!;
    rankByScore(scores).forEach((r, i) => ranks[i]!.push(r));
  }
  return ranks.map((list) => ({ best: Math.min(...list), median: quantile(list, 0.5), worst: Math.max(...list) }));
}
