import { describe, expect, test } from 'vitest';
import { countryName, layoutChoropleth, type ChoroplethCountry } from '../../../src/charts/Choropleth/layout.ts';
import { relativePath } from '../../../src/charts/Choropleth/path.ts';
import { WIDTHS } from './fixtures.ts';
import { expectReadable } from './helpers.ts';

const data: ChoroplethCountry[] = [
  { code: 'CN', category: 'many', label: '中国', detail: '30家' },
  { code: 'US', category: 'some', label: '美国', detail: '8家' },
  { code: 'JP', category: 'some', label: '日本', detail: '5家' },
  { code: 'GB', category: 'few', label: '英国', detail: '1家' },
  { code: 'SG', category: 'few', label: '新加坡', detail: '1家' },
  { code: 'LU', category: 'few', label: '卢森堡', detail: '1家' },
  { code: 'KR', category: null, label: '韩国' },
];
const options = {
  valueLabel: 'TOP50企业所在地',
  categories: [
    { id: 'many', label: '10家以上' },
    { id: 'some', label: '2–9家' },
    { id: 'few', label: '1家' },
  ],
};

describe('layoutChoropleth', () => {
  test.each(WIDTHS)('fits the width at %i px; legend readable', (width) => {
    const layout = layoutChoropleth(data, { width }, options);
    expectReadable(layout);
    expect(layout.height).toBeGreaterThan(width * 0.4);
    expect(layout.height).toBeLessThan(width * 0.65);
  });

  test('colours data countries by category slot; paths in whole pixels', () => {
    const layout = layoutChoropleth(data, { width: 640 }, options);
    const china = layout.countries.find((c) => c.code === 'CN');
    expect(china?.series).toBe(1);
    expect(china?.tip).toBe('中国：10家以上，30家');
    expect(layout.countries.find((c) => c.code === 'US')?.series).toBe(2);
    for (const d of [china?.d ?? '', layout.noData, layout.noDataBorders]) {
      expect(d).toMatch(/^M\d/u);
      expect(d).not.toMatch(/\d\.\d/u);
    }
    expect(layout.legend.map((s) => s.label)).toEqual(['10家以上（1）', '2–9家（2）', '1家（3）']);
  });

  test('small countries are listed, with a dot when they are on the map', () => {
    const layout = layoutChoropleth(data, { width: 320 }, options);
    const codes = layout.small.map((s) => s.code);
    // Singapore is not in the 110m map at all; Luxembourg is there but tiny.
    expect(codes).toContain('SG');
    expect(codes).toContain('LU');
    expect(layout.small.find((s) => s.code === 'SG')?.dot).toBeUndefined();
    expect(layout.small.find((s) => s.code === 'LU')?.dot).toBeDefined();
    expect(codes).not.toContain('CN');
    expect(layout.description).toContain('另列于图下');
  });

  test('Taiwan takes its parent category unless it has its own row', () => {
    const layout = layoutChoropleth(data, { width: 640 }, options);
    const taiwan = layout.countries.find((c) => c.code === 'TW');
    expect(taiwan?.series).toBe(1);
    // The territory is shaded with China but does not repeat China's figures as its own.
    expect(taiwan?.tip).toBe('中国台湾省：与中国同色（10家以上），不单独计数');
    const withDetail = layoutChoropleth(data.map((d) => (d.code === 'CN' ? { ...d, detail: '29家' } : d)), { width: 640 }, options);
    expect(withDetail.countries.find((c) => c.code === 'TW')?.tip).not.toContain('29');
    expect(withDetail.countries.find((c) => c.code === 'CN')?.tip).toContain('29');
    const own = layoutChoropleth([...data, { code: 'TW', category: 'few', label: '中国台湾' }], { width: 640 }, options);
    expect(own.countries.find((c) => c.code === 'TW')?.series).toBe(3);
    const off = layoutChoropleth(data, { width: 640 }, { ...options, parents: {} });
    expect(off.countries.find((c) => c.code === 'TW')).toBeUndefined();
  });

  test('nulls and unknown categories are noted; description counts categories', () => {
    const layout = layoutChoropleth([...data, { code: 'DE', category: 'other' }], { width: 640 }, options);
    expect(layout.notes).toEqual(['韩国：未公布', '德国：类别“other”不在图例中，未绘制']);
    expect(layout.description).toBe('TOP50企业所在地：共6个国家和地区，10家以上1个（中国），2–9家2个（美国和日本），1家3个（英国、新加坡和卢森堡）。在地图上难以看清的国家和地区另列于图下。');
  });

  test('empty data; names fall back to i18n-iso-countries', () => {
    expect(layoutChoropleth([], { width: 320 }, options).description).toContain('无数据');
    expect(countryName('KR')).toBe('韩国');
    const unnamed = layoutChoropleth([{ code: 'FR', category: 'few' }], { width: 320 }, options);
    expect(unnamed.countries[0]?.tip).toBe('法国：1家');
  });
});

describe('map path compaction', () => {
  /** Back to absolute points, to check the relative form draws the same shape. */
  function absolutePoints(d: string): number[][] {
    const points: number[][] = [];
    let x = 0;
    let y = 0;
    let start = [0, 0];
    for (const match of d.matchAll(/([MmLlZz ])([^MmLlZz ]*)/gu)) {
      const command = match[1];
      if (command === 'z' || command === 'Z') {
        [x = 0, y = 0] = start;
        continue;
      }
      const nums = (match[2] ?? '').match(/-?\d*\.?\d+/gu)?.map(Number) ?? [];
      for (let i = 0; i + 1 < nums.length; i += 2) {
        const relative = command !== 'M';
        x = Math.round(((relative ? x : 0) + (nums[i] ?? 0)) * 10) / 10;
        y = Math.round(((relative ? y : 0) + (nums[i + 1] ?? 0)) * 10) / 10;
        if (command === 'M' || command === 'm') start = [x, y];
        points.push([x, y]);
      }
    }
    return points;
  }

  test('relativePath draws the same points, shorter', () => {
    const d = 'M10.2,20.4L15.3,18.1L12,-3.5ZM100.1,50L101.2,52.3Z';
    const relative = relativePath(d);
    expect(relative).toBe('M10.2,20.4l5.1-2.3-3.3-21.6zm89.9,29.6l1.1,2.3z');
    expect(absolutePoints(relative)).toEqual([[10.2, 20.4], [15.3, 18.1], [12, -3.5], [100.1, 50], [101.2, 52.3]]);
  });

  test('relativePath in whole pixels leaves out points and rings that round away', () => {
    const d = 'M10.2,20.4L10.4,20.1L15.3,18.1L12,-3.5ZM50.2,50.1L50.4,49.8ZM100.1,50L101.2,52.3Z';
    const relative = relativePath(d, 0);
    // (10,20) → (15,18) → (12,-3); the ring at (50,50) is one pixel; the last ring starts from the first's start.
    expect(relative).toBe('M10,20l5-2-3-21zm90,30l1,2z');
    expect(absolutePoints(relative)).toEqual([[10, 20], [15, 18], [12, -3], [100, 50], [101, 52]]);
    // A shape that is nothing but such rings is kept, so the country still has its (tiny) path.
    expect(relativePath('M50.2,50.1L50.4,49.8Z', 0)).toBe('M50,50z');
  });

  test.each([
    [340, 12_000],
    [760, 20_000],
  ])('a whole map stays under its path budget at %i px', (width, budget) => {
    const layout = layoutChoropleth(data, { width }, options);
    const bytes = layout.noData.length + layout.noDataBorders.length + layout.countries.reduce((s, c) => s + c.d.length, 0);
    expect(bytes).toBeLessThan(budget);
  });

  test('simplification loses no country: each one with data keeps a shape, or a dot when too small to see', () => {
    const codes = ['CN', 'US', 'JP', 'GB', 'LU', 'SE', 'CH', 'KR', 'IL', 'FJ', 'TT', 'CY'];
    const everywhere: ChoroplethCountry[] = codes.map((code) => ({ code, category: 'few' }));
    for (const width of [340, 760]) {
      const layout = layoutChoropleth(everywhere, { width }, options);
      for (const code of codes) {
        const shape = layout.countries.find((c) => c.code === code);
        const small = layout.small.find((s) => s.code === code);
        expect(shape, code).toBeDefined();
        // A ring with at least one line segment, or the dot that marks a country too small to see.
        if (!/[l ]/u.test(shape?.d ?? '')) expect(small?.dot, code).toBeDefined();
      }
      expect(layout.small.find((s) => s.code === 'LU')?.dot).toBeDefined();
      expect(layout.small.find((s) => s.code === 'CN')).toBeUndefined();
    }
  });

  test('the land without data is one shape, its inner borders one line', () => {
    const layout = layoutChoropleth(data, { width: 760 }, options);
    // Each border is drawn once: far fewer bytes than every no-data country's outline.
    expect(layout.noDataBorders.length).toBeGreaterThan(0);
    expect(layout.noDataBorders).not.toMatch(/z/iu);
  });
});
