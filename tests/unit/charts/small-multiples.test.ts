import { describe, expect, test } from 'vitest';
import { layoutSmallMultiples } from '../../../src/charts/SmallMultiples/layout.ts';
import { WIDTHS } from './fixtures.ts';
import { expectInside, expectReadable, LONG_LABEL } from './helpers.ts';

const data = {
  items: ['蚂蚁集团', '平安集团', '腾讯', 'nChain', LONG_LABEL],
  metrics: [
    { label: '授权专利', unit: '件', values: [2057, 205, 645, 86, 120] },
    { label: '被引用', unit: '次', values: [733, 647, 492, 290, null] },
    { label: '核心技术专利', unit: '件', values: [4288, 2573, 1633, 1005, 300] },
    { label: '专利族', unit: '组', values: [2246, 3546, 1836, 323, 410] },
    { label: '国际布局', unit: '件', values: [4978, 559, 841, 1485, 20] },
  ],
};

describe('layoutSmallMultiples', () => {
  test.each(WIDTHS)('readable at %i px', (width) => {
    const layout = layoutSmallMultiples(data, { width });
    expectReadable(layout);
    expectInside(layout, layout.bars);
  });

  test('columns follow the width; each panel has its own scale', () => {
    expect(layoutSmallMultiples(data, { width: 320 }).columns).toBe(1);
    expect(layoutSmallMultiples(data, { width: 1200 }).columns).toBe(4);
    const layout = layoutSmallMultiples(data, { width: 1200 });
    // The largest bar of every panel spans most of its panel, whatever the metric's magnitude.
    for (let p = 0; p < 5; p++) {
      const bars = layout.bars.filter((b) => b.panel === p);
      const panel = layout.panels[p];
      expect(Math.max(...bars.map((b) => b.width))).toBeGreaterThan((panel?.width ?? 0) * 0.4);
    }
  });

  test('panels carry their unit on their axis and tooltips name the metric', () => {
    const layout = layoutSmallMultiples(data, { width: 800 });
    expect(layout.texts.filter((t) => t.role === 'axis' && t.full.includes('（')).map((t) => t.full)).toEqual(['授权专利（件）', '被引用（次）', '核心技术专利（件）', '专利族（组）', '国际布局（件）']);
    expect(layout.bars[0]?.tip).toBe('授权专利｜蚂蚁集团：2057件');
  });

  test('nulls noted, description per metric', () => {
    const layout = layoutSmallMultiples(data, { width: 800 });
    expect(layout.notes).toEqual([`被引用·${LONG_LABEL}：未公布`]);
    expect(layout.description).toContain('授权专利最高为蚂蚁集团（2057件）；被引用最高为蚂蚁集团（733次）');
  });

  test('empty and single', () => {
    expect(layoutSmallMultiples({ items: [], metrics: [] }, { width: 320 }).description).toContain('无数据');
    const one = layoutSmallMultiples({ items: ['A'], metrics: [{ label: 'M', values: [1] }] }, { width: 320 });
    expect(one.bars).toHaveLength(1);
    expectReadable(one);
  });
});

describe('small multiples alignment', () => {
  test('rows line up across panels even when a value is missing', () => {
    const layout = layoutSmallMultiples(data, { width: 1200 });
    const rowYs = (index: number): number[] => {
      const panel = layout.panels[index] ?? { x: 0, y: 0, width: 0, height: 0 };
      const inside = (t: { x: number; y: number }): boolean => t.x > panel.x && t.x < panel.x + panel.width && t.y > panel.y && t.y < panel.y + panel.height;
      return layout.texts.filter((t) => t.role === 'category' && inside(t)).map((t) => t.y);
    };
    expect(rowYs(1)).toEqual(rowYs(0));
    expect(rowYs(1)).toHaveLength(5);
  });
});
