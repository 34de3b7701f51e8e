import { describe, expect, test } from 'vitest';
import { chartFigureHtml } from '../../../src/charts/chart-figure.ts';
import { layoutRankedBars, type RankedBarsRow } from '../../../src/charts/RankedBars/layout.ts';
import { fluidPlace, fluidPrintZoom, PRINT_CHART_HEIGHT } from '../../../src/charts/svg.ts';
import type { FluidFrame, FluidX } from '../../../src/charts/types.ts';
import type { ChartSpec } from '../../../src/charts/entry.ts';

const rows: RankedBarsRow[] = [
  { label: '甲公司', value: 90 },
  { label: '乙', value: 45.5 },
  { label: 'Gamma Holdings', value: 12 },
];
const options = { valueLabel: '得分', unit: '分', fluid: true };
const WIDTH = 340;

/** Where a fluid place lands in an SVG `width` px wide, as the browser resolves `x="pct" dx="shift"`. */
function resolve(frame: FluidFrame, place: FluidX, width: number): number {
  const { pct, shift } = fluidPlace(frame, place);
  return (Number.parseFloat(pct) / 100) * width + shift;
}

describe('a fluid ranked-bars layout', () => {
  const layout = layoutRankedBars(rows, { width: WIDTH, locale: 'zh-CN' }, options);
  const frame = layout.fluid!;

  test('puts every text and line where the fixed drawing would, at the width it was laid out for', () => {
    expect(frame).toBeDefined();
    const placedTexts = layout.texts.filter((t) => t.fluid);
    const placedLines = layout.lines.filter((l) => l.fluid);
    // Ticks, value labels and the axis title move with the plot; category labels stay in their column.
    expect(placedTexts.length).toBeGreaterThan(rows.length);
    expect(placedLines.length).toBeGreaterThan(1);
    // The markup rounds percentages to 0.01 % and px shifts to 0.1 px: within a tenth of a pixel here.
    for (const text of placedTexts) expect(Math.abs(resolve(frame, text.fluid!, WIDTH) - text.x)).toBeLessThan(0.1);
    for (const line of placedLines) expect(Math.abs(resolve(frame, line.fluid!, WIDTH) - line.x1)).toBeLessThan(0.1);
    for (const bar of layout.bars) expect(frame.left + bar.fluid!.to * (WIDTH - frame.left - frame.right)).toBeCloseTo(bar.x + bar.width, 1);
  });

  test('stretches the bars with the scale at a wider SVG, each value label 4 px after its bar', () => {
    const wide = 1200;
    const plot = wide - frame.left - frame.right;
    const ends = layout.bars.map((bar) => frame.left + bar.fluid!.to * plot);
    // Bars from zero: each bar's length over its value is the same at any width.
    const perUnit = ends.map((end, i) => (end - frame.left) / rows[i]!.value!);
    for (const k of perUnit) expect(k).toBeCloseTo(perUnit[0]!, 6);
    expect(ends[0]).toBeGreaterThan(frame.left + plot * 0.5);
    const valueLabels = layout.texts.filter((t) => t.role === 'value');
    expect(valueLabels).toHaveLength(rows.length);
    // The markup rounds percentages to 0.01 %: at 1200 px that is within a quarter of a pixel.
    valueLabels.forEach((label, i) => expect(Math.abs(resolve(frame, label.fluid!, wide) - (ends[i]! + 4))).toBeLessThan(0.25));
  });

  test('is not fluid when a value is negative, since its bars would not all start at the left edge', () => {
    const mixed = layoutRankedBars([...rows, { label: '丁', value: -3 }], { width: WIDTH, locale: 'zh-CN' }, options);
    expect(mixed.fluid).toBeUndefined();
    expect(mixed.bars.every((bar) => bar.fluid === undefined)).toBe(true);
  });
});

describe('a fluid chart on the page', () => {
  test('is one SVG of the page width with no viewBox, its bars clipped in a plot of their own', () => {
    const spec: ChartSpec = { type: 'ranked-bars', rows, options: { valueLabel: '得分', unit: '分' } };
    const html = chartFigureHtml(spec, { title: '三家', id: 'fluid-demo', locale: 'zh-CN' });
    const svgs = html.match(/<svg class="chart-svg[^>]*>/g) ?? [];
    expect(svgs).toHaveLength(1);
    expect(svgs[0]).toContain('chart-fluid');
    expect(svgs[0]).toContain('width="100%"');
    expect(svgs[0]).not.toContain('viewBox');
    expect(html.match(/<svg class="chart-plot" x="[\d.]+">/g)).toHaveLength(1);
    expect(html.match(/<rect class="mark[^>]* x="-[\d.]+"[^>]* width="[\d.]+%"/g)).toHaveLength(rows.length);
  });
});

describe('row tips', () => {
  test('a fluid ranking whose names and values all print whole beside their bars composes its tooltips from them', () => {
    const layout = layoutRankedBars(rows, { width: WIDTH, locale: 'zh-CN' }, options);
    expect(layout.rowTips).toBe('：');
    const labels = layout.texts.filter((t) => t.role === 'category');
    const values = layout.texts.filter((t) => t.role === 'value');
    // The n-th bar, the n-th name and the n-th value are one row, and the tooltip is exactly them joined.
    expect(labels).toHaveLength(layout.bars.length);
    expect(values).toHaveLength(layout.bars.length);
    layout.bars.forEach((bar, i) => expect(`${labels[i]!.lines.join('')}${layout.rowTips}${values[i]!.lines.join('')}`).toBe(bar.tip));
    expect(layoutRankedBars(rows, { width: WIDTH, locale: 'en' }, options).rowTips).toBe(': ');
  });

  test('are off when a name is cut or wrapped, or the ranking is not fluid', () => {
    const long = [{ label: 'A holding company whose name is far too long for the label column', value: 5 }, ...rows];
    expect(layoutRankedBars(long, { width: WIDTH, locale: 'en' }, options).rowTips).toBeUndefined();
    expect(layoutRankedBars(rows, { width: WIDTH, locale: 'zh-CN' }, { ...options, fluid: false }).rowTips).toBeUndefined();
    expect(layoutRankedBars([...rows, { label: '丁', value: null }], { width: WIDTH, locale: 'zh-CN' }, { ...options, showMissing: true }).rowTips).toBeUndefined();
  });

  test('the SVG says so, and its bars carry no title or tabindex of their own', () => {
    const spec: ChartSpec = { type: 'ranked-bars', rows, options: { valueLabel: '得分', unit: '分' } };
    const html = chartFigureHtml(spec, { title: '三家', id: 'row-tips', locale: 'zh-CN' });
    expect(html).toMatch(/<svg class="chart-svg chart-fluid"[^>]* data-row-tips="："/);
    const bars = html.match(/<rect class="mark[^>]*>(<title>[^<]*<\/title>)?<\/rect>/g) ?? [];
    expect(bars).toHaveLength(rows.length);
    for (const bar of bars) {
      expect(bar).not.toContain('<title>');
      expect(bar).not.toContain('tabindex');
      expect(bar).toContain('data-tip');
    }
  });
});

describe('a fluid chart on paper', () => {
  test('is zoomed to the height a chart may print at, and a short one is left as it is', () => {
    // Letter's page area less the figure's title and source: about 695 px.
    expect(PRINT_CHART_HEIGHT).toBeCloseTo(695.4, 1);
    expect(fluidPrintZoom(300)).toBe(1);
    expect(fluidPrintZoom(PRINT_CHART_HEIGHT)).toBe(1);
    for (const height of [700, 1348, 5000]) {
      const zoom = fluidPrintZoom(height);
      expect(zoom).toBeLessThan(1);
      expect(height * zoom).toBeLessThanOrEqual(PRINT_CHART_HEIGHT);
      // Rounded down to hundredths, never further.
      expect(height * (zoom + 0.01)).toBeGreaterThan(PRINT_CHART_HEIGHT);
    }
    const tall: ChartSpec = { type: 'ranked-bars', rows: Array.from({ length: 50 }, (_, i) => ({ label: `第${i + 1}名`, value: 100 - i })), options: { valueLabel: '得分' } };
    expect(chartFigureHtml(tall, { title: '五十', id: 'tall', locale: 'zh-CN' })).toMatch(/<svg class="chart-svg chart-fluid"[^>]* style="--print-zoom:0\.\d+"/);
    expect(chartFigureHtml({ type: 'ranked-bars', rows, options: { valueLabel: '得分' } }, { title: '三', id: 'short', locale: 'zh-CN' })).not.toContain('--print-zoom');
  });
});
