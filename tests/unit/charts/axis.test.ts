import { describe, expect, test } from 'vitest';
import { linearTicks, logTicks, MIN_TICKS, positiveLogScale, zeroBasedScale } from '../../../src/charts/axis.ts';
import { layoutColumns } from '../../../src/charts/Columns/layout.ts';
import { layoutGroupedBars } from '../../../src/charts/GroupedBars/layout.ts';
import { layoutRankedBars } from '../../../src/charts/RankedBars/layout.ts';
import { layoutRankIntervals } from '../../../src/charts/RankIntervals/layout.ts';
import { layoutScatter } from '../../../src/charts/Scatter/layout.ts';
import { chartFontSize } from '../../../src/charts/text.ts';
import type { LayoutBase, Tick } from '../../../src/charts/types.ts';
import type { Locale } from '../../../src/i18n/locales.ts';

const CHART_WIDTHS = [320, 640, 1200] as const;
const LOCALES: Locale[] = ['zh-CN', 'en'];

/** The plot length a bar chart leaves for its value axis at a chart width: the label column and the value labels take the rest. */
const barAxisLength = (width: number): number => Math.round(width * (width < 480 ? 0.5 : 0.6));

function tickLabels(layout: LayoutBase): string[] {
  return layout.texts.filter((t) => t.role === 'tick').map((t) => t.full);
}

/** The step between the last two ticks. */
function lastStep(ticks: Tick[]): number {
  const values = ticks.map((t) => t.value);
  return (values.at(-1) ?? 0) - (values.at(-2) ?? 0);
}

describe('zeroBasedScale', () => {
  test.each([
    [2057, 2200],
    [5490, 5500],
    [54900, 55000],
    [99, 100],
    [7.3, 8],
  ])('a maximum of %d ends the domain at %d, not at the next power of ten', (max, end) => {
    expect(zeroBasedScale([0.2 * max, max], [0, 300]).domain()).toEqual([0, end]);
  });

  test('a negative minimum is kept; zeros only give the axis a unit span', () => {
    expect(zeroBasedScale([-3.4, 8], [0, 300]).domain()).toEqual([-4, 8]);
    expect(zeroBasedScale([0, 0], [0, 300]).domain()).toEqual([0, 1]);
  });
});

describe('positiveLogScale', () => {
  test('a maximum of 2057 ends the axis at 3000, not 1万; the minimum is rounded down to 1, 2, 3 or 5 × 10^k', () => {
    expect(positiveLogScale([12, 2057], [0, 300]).domain()).toEqual([10, 3000]);
    expect(positiveLogScale([23, 733], [0, 300]).domain()).toEqual([20, 1000]);
    expect(positiveLogScale([0.45, 1.7], [0, 300]).domain()).toEqual([0.3, 2]);
  });
});

describe('linearTicks', () => {
  test.each(CHART_WIDTHS)('at a %i px chart, at least three labelled ticks, the last within one step of the maximum', (width) => {
    for (const locale of LOCALES) {
      for (const max of [2057, 5490, 54900, 4.28e9, 99.5]) {
        const length = barAxisLength(width);
        const scale = zeroBasedScale([max * 0.3, max], [0, length]);
        const ticks = linearTicks(scale, { length, orientation: 'horizontal', fontSize: chartFontSize(width) - 1, locale });
        expect(ticks.length, `${max} in ${locale}: ${ticks.map((t) => t.label).join(' ')}`).toBeGreaterThanOrEqual(MIN_TICKS);
        expect(max - (ticks.at(-1)?.value ?? 0)).toBeLessThan(lastStep(ticks));
        expect(ticks.every((t) => t.position >= 0 && t.position <= length)).toBe(true);
      }
    }
  });

  test('more room gives more ticks, and a vertical axis counts lines of text', () => {
    const counts = CHART_WIDTHS.map((width) => {
      const length = barAxisLength(width);
      return linearTicks(zeroBasedScale([54900], [0, length]), { length, orientation: 'horizontal', fontSize: 12, locale: 'zh-CN' }).length;
    });
    expect(counts[0]).toBeGreaterThanOrEqual(MIN_TICKS);
    expect(counts[2]).toBeGreaterThan(counts[0] ?? 0);
    const vertical = linearTicks(zeroBasedScale([54900], [180, 0]), { length: 180, orientation: 'vertical', fontSize: 12, locale: 'zh-CN' });
    expect(vertical.length).toBeGreaterThanOrEqual(4);
  });

  test('a short phone axis to 5800 reads 0, 2500, 5000, not 0 and 0.5万', () => {
    const ticks = linearTicks(zeroBasedScale([5800], [0, 100]), { length: 100, orientation: 'horizontal', fontSize: 12, locale: 'zh-CN' });
    expect(ticks.map((t) => t.label)).toEqual(['0', '2500', '5000']);
  });

  test('labels are written in each locale’s printed scale: 万and亿in Chinese, thousands, millions and billions in English', () => {
    const labels = (max: number, locale: Locale) =>
      linearTicks(zeroBasedScale([max], [0, 400]), { length: 400, orientation: 'horizontal', fontSize: 12, locale }).map((t) => t.label);
    expect(labels(54900, 'zh-CN')).toEqual(['0', '1万', '2万', '3万', '4万', '5万']);
    expect(labels(54900, 'en')).toEqual(['0', '10,000', '20,000', '30,000', '40,000', '50,000']);
    expect(labels(4.28e9, 'zh-CN')).toEqual(['0', '10亿', '20亿', '30亿', '40亿']);
    expect(labels(4.28e9, 'en')).toEqual(['0', '1B', '2B', '3B', '4B']);
    const percent = linearTicks(zeroBasedScale([62.5], [0, 400]), { length: 400, orientation: 'horizontal', fontSize: 12, percent: true, locale: 'en' });
    expect(percent.map((t) => t.label)).toEqual(['0%', '10%', '20%', '30%', '40%', '50%', '60%']);
  });

  test('an axis too short for two labels keeps one rather than overlapping', () => {
    const ticks = linearTicks(zeroBasedScale([4.28e9], [0, 30]), { length: 30, orientation: 'horizontal', fontSize: 12, locale: 'en' });
    expect(ticks.length).toBe(1);
  });
});

describe('logTicks', () => {
  test.each(CHART_WIDTHS)('at a %i px chart a log axis to 2057 has at least three ticks and ends within one step of it', (width) => {
    for (const locale of LOCALES) {
      const length = barAxisLength(width);
      const scale = positiveLogScale([12, 2057], [0, length]);
      const ticks = logTicks(scale, { length, orientation: 'horizontal', fontSize: chartFontSize(width) - 1, locale });
      expect(ticks.length).toBeGreaterThanOrEqual(MIN_TICKS);
      const values = ticks.map((t) => t.value);
      const last = values.at(-1) ?? 0;
      // One step on a log axis is a ratio: the last tick is within it of the maximum.
      expect(2057 / last).toBeLessThan(last / (values.at(-2) ?? 1));
      expect(ticks.some((t) => t.label === '1万' || t.label === '10,000')).toBe(false);
    }
  });

  test('a narrow log axis over many decades thins its ticks but keeps three', () => {
    const scale = positiveLogScale([1, 4.2e7], [0, 150]);
    const ticks = logTicks(scale, { length: 150, orientation: 'horizontal', fontSize: 12, locale: 'zh-CN' });
    expect(ticks.length).toBeGreaterThanOrEqual(MIN_TICKS);
    expect(ticks.map((t) => t.label)).toContain('1万');
  });
});

describe('layouts that draw a value axis show at least three ticks at every width', () => {
  const phoneData = [5490, 3100, 1210, 640];
  test.each(CHART_WIDTHS)('%i px', (width) => {
    for (const locale of LOCALES) {
      const bars = layoutRankedBars(
        phoneData.map((value, i) => ({ label: `Item ${i + 1}`, value })),
        { width, locale },
        { valueLabel: 'Patents', format: { style: 'auto' } },
      );
      expect(tickLabels(bars).length, `ranked bars ${locale}`).toBeGreaterThanOrEqual(MIN_TICKS);
      const grouped = layoutGroupedBars(
        { categories: ['A', 'B'], series: ['x', 'y'], values: [[5490, 3100], [1210, 640]] },
        { width, locale },
        { valueLabel: 'Patents' },
      );
      expect(tickLabels(grouped).length, `grouped bars ${locale}`).toBeGreaterThanOrEqual(MIN_TICKS);
      const columns = layoutColumns(
        phoneData.map((value, i) => ({ label: `${2017 + i}`, value })),
        { width, locale },
        { valueLabel: 'Patents' },
      );
      expect(tickLabels(columns).length, `columns ${locale}`).toBeGreaterThanOrEqual(MIN_TICKS);
      const intervals = layoutRankIntervals(
        Array.from({ length: 50 }, (_, i) => ({ label: `Company ${i + 1}`, best: Math.max(1, i - 4), median: i + 1, worst: Math.min(50, i + 6), reference: i + 1 })),
        { width, locale },
        { valueLabel: 'Rank', referenceLabel: 'published rank' },
      );
      expect(tickLabels(intervals).length, `rank intervals ${locale}`).toBeGreaterThanOrEqual(MIN_TICKS);
      const scatter = layoutScatter(
        [
          { label: 'a', x: 2057, y: 733 },
          { label: 'b', x: 205, y: 647 },
          { label: 'c', x: 12, y: 23 },
        ],
        { width, locale },
        { x: { label: 'Granted', scale: 'log' }, y: { label: 'Cited', scale: 'log' } },
      );
      const yTicks = scatter.texts.filter((t) => t.role === 'tick' && t.anchor === 'end');
      const xTicks = scatter.texts.filter((t) => t.role === 'tick' && t.anchor === 'middle');
      expect(yTicks.length, `scatter y ${locale}`).toBeGreaterThanOrEqual(MIN_TICKS);
      expect(xTicks.length, `scatter x ${locale}`).toBeGreaterThanOrEqual(MIN_TICKS);
    }
  });
});
