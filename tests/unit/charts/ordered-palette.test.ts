/**
 * An ordered scale is painted in sequential steps of one hue, never in the unordered palette:
 * every map of the registry whose categories are bands of a number ("1–4 家", "20 or more") or a
 * stage (已发行 → 暂无计划) declares itself ordered, and its marks and swatches carry the steps.
 */
import { chartRegistry } from '../../../src/reports/site.ts';
import { describe, expect, it } from 'vitest';
import { layoutChoropleth } from '../../../src/charts/Choropleth/layout.ts';
import { chartLayout, WIDE_WIDTH } from '../../../src/charts/layouts.ts';
import { paintChart } from '../../../src/charts/paint.ts';
import { PALETTE } from '../../../src/charts/palette.ts';

/** Category labels that name a quantity band or a stage of adoption: an ordinal scale. */
const ORDINAL = /\d|已发行|试点|issued|pilot/iu;

describe('ordered scales use a sequential palette', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    const maps = chartRegistry(locale).filter((e) => e.chart.type === 'choropleth');
    it(`${locale}: the maps are found`, () => expect(maps.length).toBeGreaterThanOrEqual(2));
    it.each(maps.map((e) => [e.id, e] as const))(`${locale} %s`, (_id, entry) => {
      if (entry.chart.type !== 'choropleth') return;
      const { categories, ordered } = entry.chart.options;
      if (!categories.some((c) => ORDINAL.test(c.label))) return;
      expect(ordered, 'an ordinal scale must be declared ordered').toBe(true);
      const layout = chartLayout(entry.chart, WIDE_WIDTH, locale) as ReturnType<typeof layoutChoropleth>;
      expect(layout.countries.length).toBeGreaterThan(0);
      for (const mark of layout.countries) expect(mark.step, mark.tip).toBeGreaterThanOrEqual(1);
      expect(layout.legend.map((s) => s.step)).toEqual(categories.map((_, i) => i + 1));
    });
  }

  it('a categorical map gets no steps; an ordered one gets one per category, strongest first', () => {
    const data = [{ code: 'CN', category: 'a' }, { code: 'US', category: 'b' }];
    const categories = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }];
    expect(layoutChoropleth(data, { width: 640 }, { categories, valueLabel: 'x' }).countries.every((m) => m.step === undefined)).toBe(true);
    const ordered = layoutChoropleth(data, { width: 640 }, { categories, valueLabel: 'x', ordered: true });
    expect(ordered.countries.find((m) => m.code === 'CN')?.step).toBe(1);
    expect(ordered.countries.find((m) => m.code === 'US')?.step).toBe(2);
  });

  it('the sequence runs from strong to weak in each theme', () => {
    const lightness = (hex: string) => {
      const v = hex.replace('#', '');
      const full = v.length === 3 ? [...v].map((c) => c + c).join('') : v;
      const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const light = PALETTE.light.sequence.map(lightness);
    expect([...light].sort((a, b) => a - b)).toEqual(light);
    const dark = PALETTE.dark.sequence.map(lightness);
    expect([...dark].sort((a, b) => b - a)).toEqual(dark);
    expect(typeof paintChart).toBe('function');
  });
});
