import { describe, expect, test } from 'vitest';
import { layoutRankIntervals, type RankIntervalsRow } from '../../../src/charts/RankIntervals/layout.ts';
import { WIDTHS } from './fixtures.ts';
import { expectReadable, LONG_LABEL } from './helpers.ts';

const options = { valueLabel: '名次', referenceLabel: '报告名次' };
const rows: RankIntervalsRow[] = [
  { label: '甲', best: 1, median: 1, worst: 2, reference: 1, highlight: true },
  { label: '乙', best: 1, median: 2.5, worst: 4, reference: 2 },
  { label: LONG_LABEL, best: 2, median: 3, worst: 4, reference: 3 },
  { label: '丁', best: 3, median: 4, worst: 4, reference: 4, highlight: true },
];

describe('layoutRankIntervals', () => {
  test.each(WIDTHS)('readable at %i px, one mark per row', (width) => {
    const layout = layoutRankIntervals(rows, { width }, options);
    expectReadable(layout);
    expect(layout.intervals).toHaveLength(rows.length);
  });

  test('rank 1 is on the left; each line runs from best to worst with the median and reference on it', () => {
    const layout = layoutRankIntervals(rows, { width: 600 }, options);
    const [a, b] = layout.intervals;
    expect(a!.xBest).toBe(layout.plot.x);
    expect(b!.xWorst).toBeCloseTo(layout.plot.x + layout.plot.width, 6);
    for (const m of layout.intervals) {
      expect(m.xBest).toBeLessThanOrEqual(m.xMedian);
      expect(m.xMedian).toBeLessThanOrEqual(m.xWorst);
    }
    // Rows stay in the order given, top to bottom.
    expect(layout.intervals.map((m) => m.y)).toEqual([...layout.intervals.map((m) => m.y)].sort((p, q) => p - q));
  });

  test('highlighted rows are drawn in full, the others faded', () => {
    const layout = layoutRankIntervals(rows, { width: 600 }, options);
    expect(layout.intervals.map((m) => Boolean(m.faded))).toEqual([false, true, true, false]);
  });

  test('tips and description say the ranks in words', () => {
    const layout = layoutRankIntervals(rows, { width: 600 }, options);
    expect(layout.intervals[1]!.tip).toBe('乙：报告名次第2名；随机权重下最好第1名，中位第2.5名，最差第4名');
    expect(layout.description).toContain('区间最宽：乙，从第1名到第4名');
    const en = layoutRankIntervals(rows, { width: 600, locale: 'en' }, { valueLabel: 'Rank', referenceLabel: 'published rank' });
    expect(en.intervals[1]!.tip).toBe('乙: published rank 2; over random weights best 1, median 2.5, worst 4');
  });

  test('no rows: an empty frame', () => {
    const layout = layoutRankIntervals([], { width: 320 }, options);
    expect(layout.intervals).toEqual([]);
  });
});
