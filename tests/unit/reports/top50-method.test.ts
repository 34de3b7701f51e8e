/**
 * The open-index figures of the TOP50 chapter, computed from Table 2 by the
 * queries: checked for what must hold whatever the data, not for the values.
 */
import { describe, expect, it } from 'vitest';
import { normaliseTable, rankByScore, weightedScores } from '../../../src/data/composite-index.ts';
import {
  derivedTop50EqualWeights,
  derivedTop50MethodFits,
  derivedTop50RankIntervals,
  top50IndicatorTable,
  TOP50_METHOD_SETTINGS,
  top50Rows,
} from '../../../src/reports/patents-2021/queries.ts';

const rows = top50Rows();

describe('TOP50 method fits', () => {
  const fits = derivedTop50MethodFits();
  it('judges the four normalisations and the fitted weights, each marked as derived', () => {
    expect(fits.map((f) => f.method)).toEqual(['minmax', 'zscore', 'rank', 'log', 'fitted']);
    for (const f of fits) expect(f.derived).toBe(true);
  });
  it('gives correlations and intervals within [-1, 1], the interval ordered', () => {
    for (const f of fits) {
      for (const v of [f.rho, f.tau, f.rhoInterval.low, f.rhoInterval.high, f.tauInterval.low, f.tauInterval.high]) {
        expect(Math.abs(v)).toBeLessThanOrEqual(1);
      }
      expect(f.rhoInterval.low).toBeLessThanOrEqual(f.rhoInterval.high);
      expect(f.tauInterval.low).toBeLessThanOrEqual(f.tauInterval.high);
    }
  });
  it('lists as movers exactly the companies more than the threshold away from their published rank', () => {
    for (const f of fits) {
      expect(f.topOverlap).toBeLessThanOrEqual(TOP50_METHOD_SETTINGS.topK);
      for (const m of f.movers) expect(Math.abs(m.method - m.published)).toBeGreaterThan(TOP50_METHOD_SETTINGS.moverThreshold);
    }
  });
  it('reports the fitted coefficients: an intercept and one per indicator', () => {
    expect(fits.find((f) => f.method === 'fitted')?.coefficients).toHaveLength(6);
  });
});

describe('TOP50 rank intervals and the explorer’s default view', () => {
  it('orders best ≤ median ≤ worst within 1–50, in published order', () => {
    const intervals = derivedTop50RankIntervals();
    expect(intervals.map((r) => r.published)).toEqual(rows.map((r) => r.rank));
    for (const r of intervals) {
      expect(r.best).toBeGreaterThanOrEqual(1);
      expect(r.best).toBeLessThanOrEqual(r.median);
      expect(r.median).toBeLessThanOrEqual(r.worst);
      expect(r.worst).toBeLessThanOrEqual(rows.length);
    }
  });
  it('the build’s equal-weight view is what the browser computes for ?w=5-5-5-5-5&norm=minmax', () => {
    const scores = weightedScores(normaliseTable(top50IndicatorTable(), 'minmax'), [5, 5, 5, 5, 5])!;
    const view = derivedTop50EqualWeights();
    expect(view.map((v) => v.index)).toEqual(scores);
    expect(view.map((v) => v.rank)).toEqual(rankByScore(scores));
  });
});
