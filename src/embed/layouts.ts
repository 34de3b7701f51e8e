/**
 * A registry entry's chart laid out at one width, without rendering it: the
 * same layout functions and inputs ChartView's components use, so heights
 * estimated here are the heights the SVGs get. Ranking tables are HTML, not
 * a layout, and return null.
 */
import { layoutChoropleth, type ChoroplethLayout } from '../charts/Choropleth/layout.ts';
import { layoutColumns } from '../charts/Columns/layout.ts';
import { layoutDotChange } from '../charts/DotChange/layout.ts';
import { layoutGroupedBars } from '../charts/GroupedBars/layout.ts';
import { layoutRankedBars } from '../charts/RankedBars/layout.ts';
import { layoutRankingTable } from '../charts/ranking-table/layout.ts';
import type { ChartSpec } from '../charts/registry/types.ts';
import { layoutScatter } from '../charts/Scatter/layout.ts';
import { layoutSmallMultiples } from '../charts/SmallMultiples/layout.ts';
import { DEFAULT_WIDTHS } from '../charts/svg.ts';
import type { LayoutBase } from '../charts/types.ts';
import { layoutWaffle } from '../charts/Waffle/layout.ts';

export const NARROW_WIDTH: number = DEFAULT_WIDTHS[0];
export const WIDE_WIDTH: number = DEFAULT_WIDTHS[1];

/** Below this container width the chart shows its narrow variant (chart.css). */
export const NARROW_BREAKPOINT = 560;

/**
 * Layouts are pure, and a build asks for the same chart at the same width many
 * times (every embed height, snippet, oEmbed and catalogue entry), so each is
 * computed once per chart object and width.
 */
const layouts = new WeakMap<ChartSpec, Map<number, LayoutBase | null>>();

export function chartLayout(chart: ChartSpec, width: number): LayoutBase | null {
  let byWidth = layouts.get(chart);
  if (!byWidth) layouts.set(chart, (byWidth = new Map()));
  if (!byWidth.has(width)) byWidth.set(width, computeLayout(chart, width));
  return byWidth.get(width)!;
}

function computeLayout(chart: ChartSpec, width: number): LayoutBase | null {
  const size = { width };
  switch (chart.type) {
    case 'ranked-bars':
      return layoutRankedBars(chart.rows, size, chart.options);
    case 'grouped-bars':
      return layoutGroupedBars(chart.data, size, chart.options);
    case 'dot-change':
      return layoutDotChange(chart.rows, size, chart.options);
    case 'columns':
      return layoutColumns(chart.points, size, chart.options);
    case 'scatter':
      return layoutScatter(chart.points, size, chart.options);
    case 'waffle':
      return layoutWaffle(chart.parts, size, chart.options);
    case 'small-multiples':
      return layoutSmallMultiples(chart.data, size, chart.options);
    case 'choropleth':
      return layoutChoropleth(chart.countries, size, chart.options);
    case 'ranking-table':
      return null;
  }
}

/**
 * The text ChartView writes under the chart itself: the notes of what was left
 * out (from the narrowest layout, as the components do) and, for maps, the
 * list of countries too small to see.
 */
export function chartTexts(chart: ChartSpec): { notes: string | null; after: string | null } {
  if (chart.type === 'ranking-table') {
    const model = layoutRankingTable(chart.rows, chart.columns, chart.options);
    return { notes: model.notes.length > 0 ? `注：${model.notes.join('；')}。` : null, after: null };
  }
  const layout = chartLayout(chart, NARROW_WIDTH);
  const notes = layout && layout.notes.length > 0 ? `注：${layout.notes.join('；')}。` : null;
  let after: string | null = null;
  if (chart.type === 'choropleth') {
    const small = (layout as ChoroplethLayout).small;
    const label = new Map(chart.options.categories.map((c) => [c.id, c.label]));
    if (small.length > 0) after = `图中难以看清的国家和地区：${small.map((s) => `${s.label}（${label.get(s.category) ?? s.category}）`).join('、')}。`;
  }
  return { notes, after };
}
