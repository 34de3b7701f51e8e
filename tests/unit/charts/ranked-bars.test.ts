import { describe, expect, test } from 'vitest';
import { layoutRankedBars } from '../../../src/charts/RankedBars/layout.ts';
import { textBox } from '../../../src/charts/text.ts';
import { TOP_COMPANIES, WIDTHS } from './fixtures.ts';
import { expectInside, expectReadable, LONG_LABEL } from './helpers.ts';

const options = { valueLabel: '综合得分', unit: '分', format: { decimals: 1 } };

describe('layoutRankedBars', () => {
  test.each(WIDTHS)('readable at %i px: no text overlaps or leaves the frame', (width) => {
    const layout = layoutRankedBars(TOP_COMPANIES, { width }, options);
    expectReadable(layout);
    expectInside(layout, layout.bars);
    expect(layout.bars).toHaveLength(TOP_COMPANIES.length);
  });

  test('label column shrinks on narrow widths and long labels wrap or truncate', () => {
    const narrow = layoutRankedBars(TOP_COMPANIES, { width: 320 }, options);
    const wide = layoutRankedBars(TOP_COMPANIES, { width: 1200 }, options);
    expect(narrow.plot.x).toBeLessThan(wide.plot.x);
    expect(narrow.plot.x).toBeLessThanOrEqual(Math.round(320 * 0.34) + 8);
    const longLabel = narrow.texts.find((t) => t.full === LONG_LABEL);
    expect(longLabel?.lines.length).toBeLessThanOrEqual(2);
    expect(longLabel?.lines.at(-1)).toMatch(/…$/u);
    for (const t of narrow.texts.filter((t) => t.role === 'category')) expect(textBox(t).x + textBox(t).width).toBeLessThanOrEqual(narrow.plot.x);
    // The full label is kept in the tooltip.
    expect(narrow.bars.some((b) => b.tip === `${LONG_LABEL}：70.1`)).toBe(true);
  });

  test('value labels go inside the bar when outside would leave the frame', () => {
    const rows = [{ label: '中国工商银行股份有限公司', value: 100 }, { label: '一半', value: 50 }];
    const layout = layoutRankedBars(rows, { width: 320 }, { valueLabel: '得分', unit: '分', format: { decimals: 1, unit: '分' } });
    expectReadable(layout);
    const half = layout.texts.find((t) => t.role === 'value' && t.full === '50.0分');
    expect(half?.anchor).toBe('start');
    const top = layout.texts.find((t) => t.role === 'value' && t.full === '100.0分');
    expect(top?.anchor).toBe('end');
    expect(top?.tone).toMatch(/^on-/u);
  });

  test('axis carries the unit and zh-CN ticks', () => {
    const layout = layoutRankedBars([{ label: 'A', value: 54900 }, { label: 'B', value: 12000 }], { width: 600 }, { valueLabel: '申请量', unit: '件', format: { unit: '件' } });
    expect(layout.texts.find((t) => t.role === 'axis')?.full).toBe('申请量（件）');
    expect(layout.texts.filter((t) => t.role === 'tick').map((t) => t.full)).toContain('2万');
    expect(layout.texts.find((t) => t.role === 'value')?.full).toBe('54\u202F900件');
  });

  test('highlight fades the other rows and bolds the highlighted label', () => {
    const layout = layoutRankedBars(TOP_COMPANIES, { width: 800 }, options);
    expect(layout.bars[0]?.highlight).toBe(true);
    expect(layout.bars[1]?.faded).toBe(true);
    expect(layout.texts.find((t) => t.full === '蚂蚁集团')?.bold).toBe(true);
    expect(layout.description).toContain('突出显示蚂蚁集团');
  });

  test('description names the largest and smallest values', () => {
    const layout = layoutRankedBars(TOP_COMPANIES, { width: 800 }, options);
    expect(layout.description).toBe(`综合得分：共7项，最高为蚂蚁集团（99.0），最低为${LONG_LABEL}（70.1）。突出显示蚂蚁集团。`);
  });

  test('values that print alike are not ranked against each other (a stated 23% beside a precise 22.81%)', () => {
    const rows = [
      { label: '中国', value: 23, highlight: true },
      { label: '美国', value: 31 },
      { label: '全球', value: 22.81 },
    ];
    const percent = { valueLabel: '被引用率', format: { style: 'percent' as const, decimals: 0 } };
    expect(layoutRankedBars(rows, { width: 800 }, percent).description).toBe('被引用率：共3项，最高为美国（31%），最低为中国和全球（23%）。突出显示中国。');
    const same = [{ label: 'A', value: 23 }, { label: 'B', value: 22.81 }];
    expect(layoutRankedBars(same, { width: 800 }, percent).description).toBe('被引用率：共2项，均为23%。');
  });

  test('nulls are skipped and listed in notes', () => {
    const layout = layoutRankedBars([{ label: '中国', value: 10 }, { label: '韩国', value: null }], { width: 320 }, options);
    expect(layout.bars).toHaveLength(1);
    expect(layout.notes).toEqual(['韩国：未公布']);
    expect(layout.description).toContain('另有1项未公布');
  });

  test('empty and single-row data lay out without throwing', () => {
    const empty = layoutRankedBars([], { width: 320 }, options);
    expect(empty.description).toContain('无数据');
    expect(empty.bars).toEqual([]);
    expectReadable(empty);
    const allNull = layoutRankedBars([{ label: '韩国', value: null }], { width: 320 }, options);
    expect(allNull.description).toBe('无数据（韩国：未公布）。');
    const single = layoutRankedBars([{ label: '蚂蚁集团', value: 99 }], { width: 320 }, options);
    expect(single.description).toBe('综合得分：仅蚂蚁集团一项，为99.0。');
    expectReadable(single);
  });

  test('negative values grow left from zero', () => {
    const layout = layoutRankedBars([{ label: '增长', value: 20 }, { label: '下降', value: -10 }], { width: 400 }, { valueLabel: '变化', unit: '%', format: { style: 'percent' } });
    const [up, down] = layout.bars;
    expect(down && up && down.x + down.width).toBeCloseTo(up?.x ?? 0);
    expectReadable(layout);
  });
});

describe('layoutRankedBars showMissing', () => {
  test('keeps a missing row in place, marked未公布, and still notes it', () => {
    const rows = [{ label: '中国', value: 10 }, { label: '韩国', value: null }, { label: '美国', value: 5 }];
    const layout = layoutRankedBars(rows, { width: 320 }, { ...options, showMissing: true });
    expect(layout.bars).toHaveLength(2);
    expect(layout.texts.filter((t) => t.role === 'category').map((t) => t.full)).toEqual(['中国', '韩国', '美国']);
    expect(layout.texts.find((t) => t.role === 'annotation')?.full).toBe('韩国：未公布');
    expect(layout.notes).toEqual(['韩国：未公布']);
    expectReadable(layout);
  });
});
