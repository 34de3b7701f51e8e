/**
 * The chart-type table: a row for every type the registry declares, and rows
 * that lay charts out exactly as the layout functions called directly do (as
 * the per-type switch did before the table).
 */
import { chartRegistry } from '../../../src/reports/site.ts';
import { describe, expect, it } from 'vitest';
import { CHART_TYPES, chartTypeOf } from '../../../src/charts/chart-types.ts';
import { layoutChoropleth } from '../../../src/charts/Choropleth/layout.ts';
import { layoutRankedBars } from '../../../src/charts/RankedBars/layout.ts';
import { layoutRankingTable } from '../../../src/charts/ranking-table/layout.ts';
import type { ChartSpec } from '../../../src/charts/entry.ts';
import { chartLayout, chartTableModel, NARROW_WIDTH, WIDE_WIDTH } from '../../../src/charts/layouts.ts';
import { DEFAULT_LOCALE } from '../../../src/i18n/locales.ts';

const entries = chartRegistry();

/** Every type of the ChartSpec union; a type added to the union without a key here fails the type check. */
const ALL_TYPES = Object.keys({
  'ranked-bars': true,
  'grouped-bars': true,
  'dot-change': true,
  columns: true,
  scatter: true,
  waffle: true,
  'small-multiples': true,
  choropleth: true,
  'rank-intervals': true,
  'index-explorer': true,
  'ranking-table': true,
} satisfies Record<ChartSpec['type'], true>);

function entryOf<T extends ChartSpec['type']>(type: T) {
  const entry = entries.find((e) => e.chart.type === type);
  if (!entry) throw new Error(`no ${type} entry in the registry`);
  return entry.chart as Extract<ChartSpec, { type: T }>;
}

describe('CHART_TYPES', () => {
  it('has exactly one row per chart type, and one for every type the registry uses', () => {
    expect(Object.keys(CHART_TYPES).sort()).toEqual([...ALL_TYPES].sort());
    for (const entry of entries) expect(Object.keys(CHART_TYPES), entry.id).toContain(entry.chart.type);
  });

  it('gives every SVG row its marks and every table row its markup', () => {
    for (const entry of entries) {
      const type = chartTypeOf(entry.chart);
      expect(typeof (type.kind === 'svg' ? type.marks : type.html), entry.id).toBe('function');
    }
  });

  it('lays a chart out as its layout function does, in the locale it is given', () => {
    const bars = entryOf('ranked-bars');
    expect(chartLayout(bars, WIDE_WIDTH, DEFAULT_LOCALE)).toEqual(layoutRankedBars(bars.rows, { width: WIDE_WIDTH, locale: DEFAULT_LOCALE }, bars.options));
    const map = entryOf('choropleth');
    expect(chartLayout(map, NARROW_WIDTH, DEFAULT_LOCALE)).toEqual(layoutChoropleth(map.countries, { width: NARROW_WIDTH, locale: DEFAULT_LOCALE }, map.options));
  });

  it("lays a chart out in the site's default locale when given none", () => {
    const bars = entryOf('ranked-bars');
    expect(chartLayout(bars, WIDE_WIDTH)).toEqual(layoutRankedBars(bars.rows, { width: WIDE_WIDTH }, bars.options));
    expect(layoutRankedBars(bars.rows, { width: WIDE_WIDTH }, bars.options)).toEqual(layoutRankedBars(bars.rows, { width: WIDE_WIDTH, locale: DEFAULT_LOCALE }, bars.options));
  });

  it('lays each chart out once per width and locale', () => {
    const bars = entryOf('ranked-bars');
    expect(chartLayout(bars, WIDE_WIDTH)).toBe(chartLayout(bars, WIDE_WIDTH));
    expect(chartLayout(bars, WIDE_WIDTH, DEFAULT_LOCALE)).toBe(chartLayout(bars, WIDE_WIDTH));
  });

  it('gives table charts a table model and no layout, and SVG charts the reverse', () => {
    const table = entryOf('ranking-table');
    expect(chartLayout(table, WIDE_WIDTH)).toBeNull();
    expect(chartTableModel(table, DEFAULT_LOCALE)).toEqual(layoutRankingTable(table.rows, table.columns, table.options, { locale: DEFAULT_LOCALE }));
    expect(chartTableModel(table)).toEqual(layoutRankingTable(table.rows, table.columns, table.options));
    expect(chartTableModel(entryOf('ranked-bars'))).toBeNull();
  });

  it("lists a map's countries too small to see with their category's legend label", () => {
    const type = CHART_TYPES.choropleth;
    const spec: Extract<ChartSpec, { type: 'choropleth' }> = {
      type: 'choropleth',
      countries: [
        { code: 'CN', category: 'many', label: '中国' },
        { code: 'SG', category: 'few', label: '新加坡' },
      ],
      options: { valueLabel: '企业所在地', categories: [{ id: 'many', label: '10家以上' }, { id: 'few', label: '1家' }] },
    };
    expect(type.hardToSee?.(spec, type.layout(spec, NARROW_WIDTH, DEFAULT_LOCALE))).toEqual([{ label: '新加坡', category: '1家' }]);
  });
});
