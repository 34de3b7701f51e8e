/**
 * A chart is drawn only where the source published most of what it has room for. A chart of
 * one or two real bars among 未公布 slots draws absence more than data; those figures are a
 * small table instead, and its notes say what was not published.
 */
import { describe, expect, test } from 'vitest';
import { CHART_TYPES, isMostlyUnpublished } from '../../../src/charts/chart-types.ts';
import type { ChartSpec } from '../../../src/charts/entry.ts';
import { chartRegistry } from '../../../src/reports/site.ts';

const columns = (values: (number | null)[]): ChartSpec => ({
  type: 'columns',
  points: values.map((value, i) => ({ label: `${2018 + i}`, value })),
  options: { valueLabel: '支出' },
});

describe('isMostlyUnpublished', () => {
  test('more unpublished slots than published values', () => {
    expect(isMostlyUnpublished(columns([null, null, 4.28e9, null, null, 1.44e10]))).toBe(true);
    expect(isMostlyUnpublished(columns([null, 4.2e9, null, null, null]))).toBe(true);
    expect(isMostlyUnpublished({ type: 'ranked-bars', rows: [{ label: '北京', value: 295 }, ...['上海', '深圳', '杭州'].map((label) => ({ label, value: null }))], options: { valueLabel: '备案' } })).toBe(true);
  });

  test('half or more published still draws; a table has no slots', () => {
    expect(isMostlyUnpublished(columns([4.28e9, null, 1.44e10]))).toBe(false);
    expect(isMostlyUnpublished(columns([4.28e9, null]))).toBe(false);
    expect(isMostlyUnpublished({ type: 'grouped-bars', data: { categories: ['中国', '美国'], series: ['申请', '授权'], values: [[10, null], [8, 3]] }, options: { valueLabel: '专利' } })).toBe(false);
    expect(isMostlyUnpublished({ type: 'ranking-table', rows: [{ a: null }], columns: [{ key: 'a', label: 'a', kind: 'number' }], options: { sortKey: 'a' } })).toBe(false);
  });

  test('every chart type drawn as SVG counts its slots', () => {
    const svgTypes = Object.entries(CHART_TYPES).filter(([, row]) => row.kind === 'svg').map(([type]) => type);
    expect(svgTypes.length).toBeGreaterThan(5);
    for (const [, row] of Object.entries(CHART_TYPES)) if (row.kind === 'svg') expect(typeof row.slots).toBe('function');
  });
});

for (const locale of ['zh-CN', 'en'] as const) {
  describe(`${locale}: no chart of the reports is mostly未公布`, () => {
    const entries = chartRegistry(locale);
    test.each(entries.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
      const row = CHART_TYPES[entry.chart.type];
      const slots = row.kind === 'svg' ? (row.slots as (spec: ChartSpec) => unknown[])(entry.chart) : [];
      const unpublished = slots.filter((v) => v === null || v === undefined).length;
      expect(isMostlyUnpublished(entry.chart), `${entry.id}: ${unpublished} of ${slots.length} slots unpublished`).toBe(false);
    });

    // A table of the published figures leaves rows of its data table out: its notes must say so.
    const unpublishedWord = locale === 'en' ? /unpublished|not published/iu : /未公布/u;
    const tablesLeavingRowsOut = entries.filter((e) => e.chart.type === 'ranking-table' && e.chart.rows.length < e.table.rows.length && e.table.rows.some((r) => Object.values(r).some((v) => v === null)));
    test('the forecasts and filings are such tables', () => {
      expect(tablesLeavingRowsOut.map((e) => e.id).sort()).toEqual(['b-filings-by-city', 'b-market-china', 'b-market-global']);
    });
    test.each(tablesLeavingRowsOut.map((e) => [e.id, e] as const))('%s says what it leaves out is not published', (_id, entry) => {
      expect(entry.notes.some((note) => unpublishedWord.test(note))).toBe(true);
    });
  });
}
