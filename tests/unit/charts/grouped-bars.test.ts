import { describe, expect, test } from 'vitest';
import { layoutGroupedBars } from '../../../src/charts/GroupedBars/layout.ts';
import { WIDTHS } from './fixtures.ts';
import { expectInside, expectReadable, LONG_LABEL } from './helpers.ts';

const countries = {
  categories: ['授权率', '平均引用次数', LONG_LABEL],
  series: ['中国', '美国', '韩国', '全球'],
  values: [
    [12, 55, null, 30],
    [1.2, 6.8, 2.1, 3.3],
    [45, 60, 52, 50],
  ],
};

const families = {
  categories: ['中国', '美国', '日本', '韩国'],
  series: ['1个成员', '2个及以上成员'],
  values: [
    [9100, 900],
    [1200, 1800],
    [300, 420],
    [null, 150],
  ],
};

describe('layoutGroupedBars, grouped', () => {
  test.each(WIDTHS)('readable at %i px', (width) => {
    const layout = layoutGroupedBars(countries, { width }, { valueLabel: '指标值' });
    expectReadable(layout);
    expectInside(layout, layout.bars);
  });

  test('has a legend entry per series and one bar per present value', () => {
    const layout = layoutGroupedBars(countries, { width: 640 }, { valueLabel: '指标值' });
    expect(layout.legend.map((s) => s.label)).toEqual(countries.series);
    expect(layout.bars).toHaveLength(11);
    expect(new Set(layout.bars.map((b) => b.series))).toEqual(new Set([1, 2, 3, 4]));
  });

  test('nulls are skipped and noted by category and series', () => {
    const layout = layoutGroupedBars(countries, { width: 640 }, { valueLabel: '指标值' });
    expect(layout.notes).toEqual(['授权率·韩国：未公布']);
    const single = layoutGroupedBars({ categories: ['授权率'], series: ['中国', '韩国'], values: [[12, null]] }, { width: 320 }, { valueLabel: '授权率', unit: '%', format: { style: 'percent' } });
    expect(single.notes).toEqual(['韩国：未公布']);
    expect(single.description).toBe('中国和韩国的授权率：仅中国一项，为12%。');
  });

  test('description names the extremes', () => {
    const layout = layoutGroupedBars({ categories: ['授权率'], series: ['中国', '美国', '全球'], values: [[12, 55, 30]] }, { width: 640 }, { valueLabel: '授权率', unit: '%', format: { style: 'percent' } });
    expect(layout.description).toBe('中国、美国和全球的授权率：最高为美国（55%），最低为中国（12%）。');
    expect(layout.texts.find((t) => t.role === 'axis')?.full).toBe('授权率（%）');
    expect(layout.texts.filter((t) => t.role === 'tick').every((t) => t.full.endsWith('%'))).toBe(true);
  });

  test('empty and single values', () => {
    expect(layoutGroupedBars({ categories: [], series: [], values: [] }, { width: 320 }, { valueLabel: 'x' }).description).toContain('无数据');
    const allNull = layoutGroupedBars({ categories: ['A'], series: ['B'], values: [[null]] }, { width: 320 }, { valueLabel: 'x' });
    expect(allNull.bars).toEqual([]);
    expect(allNull.notes).toEqual(['A：未公布']);
    const one = layoutGroupedBars({ categories: ['A'], series: ['B'], values: [[3]] }, { width: 320 }, { valueLabel: 'x' });
    expect(one.bars).toHaveLength(1);
    expect(one.legend).toEqual([]);
    expectReadable(one);
  });
});

describe('layoutGroupedBars, stacked100', () => {
  test.each(WIDTHS)('readable at %i px', (width) => {
    const layout = layoutGroupedBars(families, { width }, { valueLabel: '专利族', unit: '组', mode: 'stacked100' });
    expectReadable(layout);
    expectInside(layout, layout.bars);
  });

  test('segments of a row fill the plot width and carry shares', () => {
    const layout = layoutGroupedBars(families, { width: 640 }, { valueLabel: '专利族', unit: '组', mode: 'stacked100', format: { unit: '组' } });
    const china = layout.bars.filter((b) => b.category === 0);
    expect(china.reduce((sum, b) => sum + b.width, 0)).toBeCloseTo(layout.plot.width);
    expect(china[0]?.tip).toBe('中国·1个成员：9100组（91%）');
    expect(layout.texts.some((t) => t.role === 'value' && t.full === '91%')).toBe(true);
    expect(layout.texts.find((t) => t.role === 'axis')?.full).toBe('专利族占比（%）');
  });

  test('a row with a missing part is not drawn and is noted', () => {
    const layout = layoutGroupedBars(families, { width: 640 }, { valueLabel: '专利族', mode: 'stacked100' });
    expect(layout.bars.some((b) => b.category === 3)).toBe(false);
    expect(layout.notes).toEqual(['韩国·1个成员：未公布，该行比例未绘制']);
    expect(layout.description).toBe('专利族构成：1个成员所占比例在中国最高（91%），在美国最低（40%）。');
  });
});
