import { describe, expect, test } from 'vitest';
import { layoutColumns, type ColumnsPoint } from '../../../src/charts/Columns/layout.ts';
import { WIDTHS } from './fixtures.ts';
import { expectInside, expectReadable } from './helpers.ts';

const forecast: ColumnsPoint[] = [
  { label: '2020', value: 4.28e9 },
  { label: '2023', value: 1.41e10, forecast: true },
];
const options = { valueLabel: '市场规模', unit: '元', format: { style: 'yi' as const, decimals: 1, unit: '元' } };

const yearly: ColumnsPoint[] = [
  { label: '2015', value: 120 },
  { label: '2016', value: 340 },
  { label: '2017', value: 1600 },
  { label: '2018', value: null },
  { label: '2019', value: 5200 },
  { label: '2020', value: 7800 },
  { label: '2022', value: 9100 },
];

describe('layoutColumns', () => {
  test.each(WIDTHS)('readable at %i px (forecast example)', (width) => {
    const layout = layoutColumns(forecast, { width }, options);
    expectReadable(layout);
    expectInside(layout, layout.marks);
  });

  test.each(WIDTHS)('readable at %i px with many years and a gap, in both modes', (width) => {
    for (const mark of ['column', 'point'] as const) {
      const layout = layoutColumns(yearly, { width }, { valueLabel: '申请量', unit: '件', format: { unit: '件' }, mark });
      expectReadable(layout);
      expectInside(layout, layout.marks);
    }
  });

  test('marks only at published years; forecasts are marked预测', () => {
    const layout = layoutColumns(forecast, { width: 640 }, options);
    expect(layout.marks).toHaveLength(2);
    expect(layout.marks[1]?.forecast).toBe(true);
    expect(layout.marks[1]?.tip).toBe('2023（预测）：141亿元');
    expect(layout.texts.find((t) => t.role === 'category' && t.full === '2023')?.lines).toEqual(['2023', '预测']);
    expect(layout.description).toBe('市场规模：2020为42.8亿元，2023（预测）为141亿元。');
    expect(layout.texts.filter((t) => t.role === 'tick').map((t) => t.full).at(-1)).toMatch(/亿$/u);
  });

  test('points are joined only across consecutive published years', () => {
    const layout = layoutColumns(yearly, { width: 800 }, { valueLabel: '申请量', unit: '件', mark: 'point' });
    const connectors = layout.lines.filter((l) => l.kind === 'connector');
    // 2015–16 and 2016–17 and 2019–20; not 2017–19 (2018 missing) nor 2020–22 (2021 absent).
    expect(connectors).toHaveLength(3);
    const forecastLayout = layoutColumns(forecast, { width: 800 }, { ...options, mark: 'point' });
    expect(forecastLayout.lines.filter((l) => l.kind === 'connector')).toEqual([]);
  });

  test('a missing year is noted and shown as a gap, not a zero', () => {
    const layout = layoutColumns(yearly, { width: 800 }, { valueLabel: '申请量', unit: '件' });
    expect(layout.notes).toEqual(['2018：未公布']);
    expect(layout.marks.map((m) => m.tip)).not.toContain('2018');
    expect(layout.texts.some((t) => t.role === 'annotation' && t.lines[0] === '未公布')).toBe(true);
  });

  test('empty and single point', () => {
    expect(layoutColumns([], { width: 320 }, options).description).toContain('无数据');
    const one = layoutColumns([{ label: '2020', value: 5 }], { width: 320 }, { valueLabel: '项目数', unit: '个', format: { unit: '个' } });
    expect(one.marks).toHaveLength(1);
    expectReadable(one);
    expect(one.description).toBe('项目数：2020为5个。');
  });
});
