import { describe, expect, test } from 'vitest';
import { apportion, layoutWaffle } from '../../../src/charts/Waffle/layout.ts';
import { textBox } from '../../../src/charts/text.ts';
import { boxesOverlap } from '../../../src/charts/labels.ts';
import { WIDTHS } from './fixtures.ts';
import { expectInside, expectReadable, LONG_LABEL } from './helpers.ts';

const top50 = [
  { label: '中国', value: 30 },
  { label: '美国', value: 8 },
  { label: '日本', value: 5 },
  { label: '其他', value: 7 },
];
const options = { valueLabel: 'TOP50企业', unit: '家' };

describe('layoutWaffle', () => {
  test.each(WIDTHS)('readable at %i px: legend clear of the grid', (width) => {
    const layout = layoutWaffle([...top50, { label: LONG_LABEL, value: 3 }], { width }, options);
    expectReadable(layout);
    const cells = layout.groups.flatMap((g) => g.cells.map((c) => ({ x: c.x, y: c.y, width: c.size, height: c.size })));
    expectInside(layout, cells);
    for (const text of layout.texts) for (const c of cells) expect(boxesOverlap(textBox(text), c)).toBe(false);
  });

  test('one square per unit, in part order, with counts in the legend', () => {
    const layout = layoutWaffle(top50, { width: 640 }, options);
    expect(layout.groups.map((g) => g.cells.length)).toEqual([30, 8, 5, 7]);
    expect(layout.unitsPerSquare).toBe(1);
    expect(layout.texts.map((t) => t.full)).toEqual(['中国 30家（60%）', '美国 8家（16%）', '日本 5家（10%）', '其他 7家（14%）']);
    expect(layout.groups[0]?.tip).toBe('中国：30家（60%）');
    expect(layout.description).toBe('TOP50企业共50家：中国30家、美国8家、日本5家和其他7家；每格代表1家。');
  });

  test('large counts become 100 squares by largest remainder', () => {
    const layout = layoutWaffle([{ label: 'A', value: 1000 }, { label: 'B', value: 2000 }, { label: 'C', value: 333 }], { width: 640 }, { valueLabel: '专利', unit: '件' });
    expect(layout.groups.reduce((s, g) => s + g.cells.length, 0)).toBe(100);
    expect(layout.unitsPerSquare).toBeCloseTo(33.33);
    expect(layout.description).toContain('每格约代表33.3件');
  });

  test('shares are derived: written as computed (24 of 64 is 37.5%, not 38%) and marked in the notes', () => {
    const layout = layoutWaffle([{ label: '境内', value: 24 }, { label: '境外', value: 40 }], { width: 640 }, { valueLabel: '机构', unit: '家' });
    expect(layout.texts.map((t) => t.full)).toEqual(['境内 24家（37.5%）', '境外 40家（62.5%）']);
    expect(layout.notes).toEqual(['括号里的占比由各部分的数目算出（本站计算）']);
    const en = layoutWaffle([{ label: 'Domestic', value: 24 }, { label: 'Abroad', value: 40 }], { width: 640, locale: 'en' }, { valueLabel: 'Institutions', unit: 'institutions' });
    expect(en.notes.at(-1)).toContain('(our calculation)');
  });

  test('apportion keeps the total', () => {
    expect(apportion([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(apportion([0, 0], 10)).toEqual([0, 0]);
  });

  test('nulls noted; empty and single part', () => {
    const withNull = layoutWaffle([...top50, { label: '韩国', value: null }], { width: 320 }, options);
    expect(withNull.notes).toEqual(['韩国：未公布', '括号里的占比由各部分的数目算出（本站计算）']);
    expect(layoutWaffle([], { width: 320 }, options).description).toContain('无数据');
    const single = layoutWaffle([{ label: '中国', value: 3 }], { width: 320 }, options);
    expect(single.groups[0]?.cells).toHaveLength(3);
    expectReadable(single);
  });
});
