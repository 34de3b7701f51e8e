import { describe, expect, test } from 'vitest';
import { layoutDotChange, type DotChangeRow } from '../../../src/charts/DotChange/layout.ts';
import { textBox } from '../../../src/charts/text.ts';
import { WIDTHS } from './fixtures.ts';
import { expectReadable, LONG_LABEL } from './helpers.ts';

const options = { fromLabel: '2015年', toLabel: '2020年', valueLabel: '授权率', unit: '%', format: { style: 'percent' as const } };

// Several rows end close together, so their labels must be spread apart.
const rows: DotChangeRow[] = [
  { label: '中国', from: 68, to: 12, highlight: true },
  { label: '美国', from: 60, to: 13 },
  { label: '日本', from: 55, to: 14 },
  { label: '韩国', from: 50, to: 12.5 },
  { label: LONG_LABEL, from: 20, to: 40 },
  { label: '欧洲', from: null, to: 30 },
];

describe('layoutDotChange', () => {
  test.each(WIDTHS)('readable at %i px, labels spread apart', (width) => {
    const layout = layoutDotChange(rows, { width }, options);
    expectReadable(layout);
    expect(layout.slopes).toHaveLength(5);
  });

  test('labels that had to move get a leader line', () => {
    const layout = layoutDotChange(rows, { width: 320 }, options);
    expect(layout.lines.some((l) => l.kind === 'leader')).toBe(true);
  });

  test('single row: the grant-rate example', () => {
    const layout = layoutDotChange([{ label: '中国', from: 68, to: 12 }], { width: 320 }, options);
    expectReadable(layout);
    expect(layout.description).toBe('中国的授权率从2015年的68%降至2020年的12%，下降56个百分点（本站计算）。');
    expect(layout.slopes[0]?.tip).toBe('中国：2015年 68% → 2020年 12%');
    const [slope] = layout.slopes;
    expect(slope && slope.y2 > slope.y1).toBe(true);
    expect(layout.texts.find((t) => t.role === 'axis')?.full).toBe('授权率（%）');
  });

  test('description for several rows counts directions and names the biggest change', () => {
    const layout = layoutDotChange(rows, { width: 800 }, options);
    expect(layout.description).toBe('2015年到2020年，5项中4项下降、1项上升；变化最大的是中国的授权率从2015年的68%降至2020年的12%，下降56个百分点（本站计算）。另有1项数据不全。');
  });

  test('nulls are noted with the missing year; long names are truncated but kept in full', () => {
    const layout = layoutDotChange(rows, { width: 320 }, options);
    expect(layout.notes).toEqual(['欧洲（2015年）：未公布']);
    const long = layout.texts.find((t) => t.full.includes(LONG_LABEL));
    expect(long?.lines[0]).toContain('…');
    expect(textBox(long as NonNullable<typeof long>).x).toBeGreaterThanOrEqual(0);
  });

  test('empty, all-null and non-percent units', () => {
    expect(layoutDotChange([], { width: 320 }, options).description).toContain('无数据');
    expect(layoutDotChange([{ label: 'A', from: null, to: null }], { width: 320 }, options).notes).toEqual(['A（2015年、2020年）：未公布']);
    const counts = layoutDotChange([{ label: '申请量', from: 1200, to: 54900 }], { width: 640 }, { fromLabel: '2015年', toLabel: '2020年', valueLabel: '申请量', unit: '件', format: { unit: '件' } });
    expect(counts.description).toBe('申请量的申请量从2015年的1200件升至2020年的54\u202F900件，上升53\u202F700件（本站计算）。');
    expectReadable(counts);
  });
});
