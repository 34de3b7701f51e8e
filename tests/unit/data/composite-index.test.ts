import { describe, expect, it } from 'vitest';
import {
  averageRanks,
  bootstrapInterval,
  dirichlet,
  kendall,
  kendallCounts,
  kendallPairCounts,
  leastSquares,
  leaveOneOut,
  normalise,
  normaliseTable,
  quantile,
  rankByScore,
  rankIntervals,
  seededRandom,
  spearman,
  topOverlap,
  weightedScores,
  weightShares,
} from '../../../src/data/composite-index.ts';

const close = (values: number[], expected: number[]) => values.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 10));

describe('normalise', () => {
  it('min-max puts the smallest at 0 and the largest at 1', () => {
    close(normalise([10, 20, 30, 50], 'minmax'), [0, 0.25, 0.5, 1]);
  });
  it('z-score gives mean 0 and population SD 1', () => {
    // mean 5, population SD 2
    close(normalise([2, 4, 4, 4, 5, 5, 7, 9], 'zscore'), [-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]);
  });
  it('rank spreads mean ranks over 0–1, ties sharing a place', () => {
    close(normalise([5, 1, 5, 9], 'rank'), [0.5, 0, 0.5, 1]);
  });
  it('log takes log(1 + x) before min-max, so one huge value no longer flattens the rest', () => {
    const logged = normalise([0, 9, 99, 999], 'log');
    close(logged, [0, 1 / 3, 2 / 3, 1]);
    const linear = normalise([0, 9, 99, 999], 'minmax');
    expect(logged[1]!).toBeGreaterThan(linear[1]! * 10);
  });
  it('a constant indicator becomes all 0 rather than dividing by 0', () => {
    for (const method of ['minmax', 'zscore', 'rank', 'log'] as const) expect(normalise([3, 3, 3], method)).toEqual([0, 0, 0]);
  });
  it('normalises each column of a table on its own', () => {
    expect(normaliseTable([[0, 100], [5, 300], [10, 200]], 'minmax')).toEqual([[0, 0], [0.5, 1], [1, 0.5]]);
  });
});

describe('weights and scores', () => {
  it('divides each weight by their total', () => {
    expect(weightShares([5, 5, 0, 10, 0])).toEqual([0.25, 0.25, 0, 0.5, 0]);
    expect(weightShares([1, 3])!.reduce((s, v) => s + v, 0)).toBe(1);
  });
  it('says null for all-zero weights instead of dividing by 0', () => {
    expect(weightShares([0, 0, 0])).toBeNull();
    expect(weightedScores([[1, 2, 3]], [0, 0, 0])).toBeNull();
  });
  it('scores are the share-weighted sums of the rescaled values', () => {
    close(weightedScores([[1, 0], [0, 1], [0.5, 0.5]], [3, 1])!, [0.75, 0.25, 0.5]);
  });
});

describe('ranks', () => {
  it('ranks highest first, equal scores keeping the published order', () => {
    expect(rankByScore([2, 9, 2, 5])).toEqual([3, 1, 4, 2]);
  });
  it('mean ranks give ties the average place', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    // By definition: the values below, plus the mean place among the equal ones.
    const random = seededRandom(11);
    for (let trial = 0; trial < 100; trial++) {
      const values = Array.from({ length: Math.floor(random() * 40) }, () => (Math.floor(random() * 6) - 2) / 3 || -0);
      const expected = values.map((v) => values.filter((w) => w < v).length + (values.filter((w) => w === v).length + 1) / 2);
      expect(averageRanks(values)).toEqual(expected);
    }
  });
  it('counts the rows in the top k of both rankings', () => {
    expect(topOverlap([1, 2, 3, 4], [2, 1, 4, 3], 2)).toBe(2);
    expect(topOverlap([1, 2, 3, 4], [3, 4, 1, 2], 2)).toBe(0);
  });
});

describe('rank correlations', () => {
  it('are 1 for the same order and -1 for the reverse', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(kendall([1, 2, 3, 4], [40, 30, 20, 10])).toBeCloseTo(-1, 12);
  });
  it('Spearman on a small table worked by hand (one swapped pair of five)', () => {
    // d² = 1 + 1 → rho = 1 - 6·2 / (5·24) = 0.9
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 3, 4, 5])).toBeCloseTo(0.9, 12);
    // one discordant pair of 10 → tau = (9 - 1) / 10
    expect(kendall([1, 2, 3, 4, 5], [2, 1, 3, 4, 5])).toBeCloseTo(0.8, 12);
  });
  it('Kendall tau-b corrects for ties', () => {
    // pairs: (1,2) tie in x; others: C=5, D=0, tiesX=1 → 5 / sqrt(6·5)
    expect(kendall([1, 1, 2, 3], [1, 2, 3, 4])).toBeCloseTo(5 / Math.sqrt(30), 12);
  });
  it('Kendall counts pairs in O(n log n) exactly as comparing every pair does, ties and repeats included', () => {
    // Hand-worked: (1,1)(1,2) tie in x; (2,3)(2,3) tie in both; (3,0) is below all in y.
    expect(kendallCounts([1, 1, 2, 2, 3], [1, 2, 3, 3, 0])).toEqual({ concordant: 4, discordant: 4, tiesX: 1, tiesY: 0 });
    const random = seededRandom(7);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 60);
      // Few distinct values (many ties), repeated rows as a bootstrap draws them, negative zero and fractions.
      const levels = 1 + Math.floor(random() * 8);
      const value = () => (Math.floor(random() * levels) - 2) / 4 || -0;
      const base = Array.from({ length: n }, () => [value(), value()] as const);
      const rows = Array.from({ length: n }, () => base[Math.floor(random() * n)]!);
      const x = rows.map((r) => r[0]);
      const y = rows.map((r) => r[1]);
      expect(kendallCounts(x, y)).toEqual(kendallPairCounts(x, y));
    }
    expect(kendallCounts([], [])).toEqual({ concordant: 0, discordant: 0, tiesX: 0, tiesY: 0 });
    expect(kendallCounts([1, Number.NaN, 3], [3, 2, 1])).toEqual(kendallPairCounts([1, Number.NaN, 3], [3, 2, 1]));
  });
});

describe('seeded randomness', () => {
  it('repeats with the same seed and differs with another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    expect(first.every((v) => v >= 0 && v < 1)).toBe(true);
  });
  it('Dirichlet weights are positive and sum to 1, each about 1/k on average', () => {
    const random = seededRandom(7);
    const draws = Array.from({ length: 4000 }, () => dirichlet(4, random));
    for (const w of draws) {
      expect(w.every((v) => v > 0)).toBe(true);
      expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    }
    for (let j = 0; j < 4; j++) expect(draws.reduce((s, w) => s + w[j]!, 0) / draws.length).toBeCloseTo(0.25, 1);
  });
  it('quantiles interpolate between neighbours', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3], 0)).toBe(1);
    expect(quantile([1, 2, 3], 1)).toBe(3);
  });
  it('a bootstrap interval is reproducible and contains the statistic of the full sample', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const mean = (indices: number[]) => indices.reduce((s, i) => s + x[i]!, 0) / indices.length;
    const one = bootstrapInterval(x.length, mean, { samples: 500, seed: 3 });
    expect(bootstrapInterval(x.length, mean, { samples: 500, seed: 3 })).toEqual(one);
    expect(one.low).toBeLessThan(5.5);
    expect(one.high).toBeGreaterThan(5.5);
    expect(one.low).toBeGreaterThan(1);
    expect(one.high).toBeLessThan(10);
  });
});

describe('least squares', () => {
  const x = [[0, 1], [1, 0], [1, 1], [2, 1], [0, 3], [3, 2]];
  const y = x.map(([a, b]) => 2 + 3 * a! - 1 * b!);
  it('recovers exact coefficients from exact data', () => {
    close(leastSquares(x, y), [2, 3, -1]);
  });
  it('leave-one-out predicts each held-out row from the others', () => {
    close(leaveOneOut(x, y), y);
    const noisy = y.map((v, i) => v + (i % 2 === 0 ? 0.5 : -0.5));
    const fit = leastSquares(x, noisy);
    const loo = leaveOneOut(x, noisy);
    const sse = (predicted: number[]) => predicted.reduce((s, p, i) => s + (p - noisy[i]!) ** 2, 0);
    // Held out, a row's own noise cannot be fitted: the out-of-sample error exceeds the in-sample one.
    expect(sse(loo)).toBeGreaterThan(sse(x.map((row) => fit[0]! + fit[1]! * row[0]! + fit[2]! * row[1]!)));
  });
  it('refuses collinear indicators', () => {
    expect(() => leastSquares([[1, 2], [2, 4], [3, 6]], [1, 2, 3])).toThrow(/collinear/);
  });
});

describe('rank intervals', () => {
  // Row 0 leads on everything, row 3 trails on everything; rows 1 and 2 trade places with the weights.
  const table = [[10, 10], [8, 1], [1, 8], [0, 0]];
  const intervals = rankIntervals(table, { samples: 400, seed: 11 });
  it('a row that dominates on every indicator is always first, one dominated always last', () => {
    expect(intervals[0]).toEqual({ best: 1, median: 1, worst: 1 });
    expect(intervals[3]).toEqual({ best: 4, median: 4, worst: 4 });
  });
  it('rows that lead on different indicators move between the places in between', () => {
    for (const i of [1, 2]) {
      expect(intervals[i]!.best).toBe(2);
      expect(intervals[i]!.worst).toBe(3);
    }
  });
  it('is the same for the same seed', () => {
    expect(rankIntervals(table, { samples: 400, seed: 11 })).toEqual(intervals);
  });
});
