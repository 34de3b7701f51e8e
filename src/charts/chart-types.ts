/**
 * Every chart type in one table: how it is laid out (pure layout, used by the
 * pages, embed heights, downloads and captions), how its marks are drawn
 * into the shared chart SVG (chart-svg.ts), and, for charts drawn as HTML
 * tables, the table model that the page's table, the SVG download and the
 * height estimate all read.
 *
 * A new type is one folder (layout.ts + marks.ts) and one row here. The table
 * must have a row for every `ChartSpec['type']`, with functions taking that
 * type's spec, so a forgotten or mistyped row or column fails `astro check`.
 */
import type { ElementContent } from 'hast';
import type { Translate } from '../i18n/translate.ts';
import type { ChartMarks } from './chart-svg.ts';
import { layoutChoropleth } from './Choropleth/layout.ts';
import { choroplethMarks } from './Choropleth/marks.ts';
import { layoutColumns } from './Columns/layout.ts';
import { columnsMarks } from './Columns/marks.ts';
import { layoutDotChange } from './DotChange/layout.ts';
import { dotChangeMarks } from './DotChange/marks.ts';
import { layoutGroupedBars } from './GroupedBars/layout.ts';
import { groupedBarsMarks } from './GroupedBars/marks.ts';
import { indexExplorer } from './IndexExplorer/html.ts';
import { explorerControlsHeight } from './IndexExplorer/height.ts';
import { layoutIndexExplorer } from './IndexExplorer/layout.ts';
import { layoutRankIntervals } from './RankIntervals/layout.ts';
import { rankIntervalsMarks } from './RankIntervals/marks.ts';
import { layoutRankedBars } from './RankedBars/layout.ts';
import { rankedBarsMarks } from './RankedBars/marks.ts';
import { layoutRankingTable, type RankingTableModel } from './ranking-table/layout.ts';
import { rankingTable, type RankingTableFigure } from './ranking-table/table.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ChartSpec } from './entry.ts';
import { layoutScatter } from './Scatter/layout.ts';
import { scatterMarks } from './Scatter/marks.ts';
import { layoutSmallMultiples } from './SmallMultiples/layout.ts';
import { smallMultiplesMarks } from './SmallMultiples/marks.ts';
import type { HardToSee, LayoutBase } from './types.ts';

export type { HardToSee };
import { layoutWaffle } from './Waffle/layout.ts';
import { waffleMarks } from './Waffle/marks.ts';

/** The spec of one chart type. */
export type SpecOf<T extends ChartSpec['type']> = Extract<ChartSpec, { type: T }>;

/** What the figure around a chart gives it: its accessible name and an id that differs from the figure's. */
export interface ChartFigureProps {
  title: string;
  id: string;
  /** The language of the chart's words, ticks and description (default: the site's default). */
  locale?: Locale | undefined;
  /** Layout widths in px: [narrow, wide] or a single width (default DEFAULT_WIDTHS). */
  widths?: readonly number[] | undefined;
}


/**
 * What a variant's marks may lean on besides its own layout: the wider
 * variant drawn beside it in the same figure (chartFigure), whose shapes
 * without data it may reuse by reference instead of drawing them again.
 */
export interface MarksContext<L extends LayoutBase = LayoutBase> {
  wider?: { uid: string; layout: L };
}

/** A chart drawn as SVG from a pure layout. */
export interface SvgChartType<S extends ChartSpec> {
  kind: 'svg';
  /** The layout at `width` px, its words and numbers written in `locale`. */
  layout: (spec: S, width: number, locale: Locale) => LayoutBase;
  /** The chart's own marks for a layout of this type, with ids prefixed by `uid`. */
  marks: (layout: LayoutBase, uid: string, context?: MarksContext) => ChartMarks;
  /** The figure's data-chart name, when it is not the type's own (stacked bars are a mode of grouped bars). */
  figureKind?: (spec: S) => string;
  /** What the page lists under the chart because the layout at this width cannot show it. */
  hardToSee?: (spec: S, layout: LayoutBase) => HardToSee[];
}

/** A chart drawn as an HTML table: it has no layout, and is its own data table. */
export interface TableChartType<S extends ChartSpec> {
  kind: 'table';
  /** The rows, cells and notes the page's table, the SVG download and the height estimate all use. */
  model: (spec: S, locale: Locale) => RankingTableModel;
  /** The page's markup of the table model. */
  html: (model: RankingTableModel, figure: RankingTableFigure, t: Translate, spec: S) => ElementContent[];
  /** Height in px of what the markup adds around the table (controls) at a content width, for the embed frame's estimate. */
  extraHeight?: (spec: S, width: number, locale: Locale) => number;
}

export type ChartType<S extends ChartSpec> = SvgChartType<S> | TableChartType<S>;

/**
 * A row typed against its own layout: marks and hardToSee get the layout the
 * row's layout function returns. The result drops the layout's own type,
 * which only the row needs.
 */
function svgChart<S extends ChartSpec, L extends LayoutBase>(row: {
  layout: (spec: S, width: number, locale: Locale) => L;
  marks: (layout: L, uid: string, context?: MarksContext<L>) => ChartMarks;
  figureKind?: (spec: S) => string;
  hardToSee?: (spec: S, layout: L) => HardToSee[];
}): SvgChartType<S> {
  const { marks, hardToSee, figureKind } = row;
  return {
    kind: 'svg',
    layout: row.layout,
    // Both are only ever called with a layout of this row's own layout function.
    marks: (layout, uid, context) => marks(layout as L, uid, context as MarksContext<L> | undefined),
    ...(figureKind && { figureKind }),
    ...(hardToSee && { hardToSee: (spec: S, layout: LayoutBase) => hardToSee(spec, layout as L) }),
  };
}

function tableChart<S extends ChartSpec>(row: Omit<TableChartType<S>, 'kind'>): TableChartType<S> {
  return { kind: 'table', model: row.model, html: row.html, ...(row.extraHeight && { extraHeight: row.extraHeight }) };
}

export const CHART_TYPES = {
  'ranked-bars': svgChart({
    layout: (spec: SpecOf<'ranked-bars'>, width, locale) => layoutRankedBars(spec.rows, { width, locale }, spec.options),
    marks: rankedBarsMarks,
  }),
  'grouped-bars': svgChart({
    layout: (spec: SpecOf<'grouped-bars'>, width, locale) => layoutGroupedBars(spec.data, { width, locale }, spec.options),
    marks: groupedBarsMarks,
    figureKind: (spec) => (spec.options.mode === 'stacked100' ? 'stacked-bars' : 'grouped-bars'),
  }),
  'dot-change': svgChart({
    layout: (spec: SpecOf<'dot-change'>, width, locale) => layoutDotChange(spec.rows, { width, locale }, spec.options),
    marks: dotChangeMarks,
  }),
  columns: svgChart({
    layout: (spec: SpecOf<'columns'>, width, locale) => layoutColumns(spec.points, { width, locale }, spec.options),
    marks: columnsMarks,
  }),
  scatter: svgChart({
    layout: (spec: SpecOf<'scatter'>, width, locale) => layoutScatter(spec.points, { width, locale }, spec.options),
    marks: scatterMarks,
  }),
  waffle: svgChart({
    layout: (spec: SpecOf<'waffle'>, width, locale) => layoutWaffle(spec.parts, { width, locale }, spec.options),
    marks: waffleMarks,
  }),
  'small-multiples': svgChart({
    layout: (spec: SpecOf<'small-multiples'>, width, locale) => layoutSmallMultiples(spec.data, { width, locale }, spec.options),
    marks: smallMultiplesMarks,
  }),
  choropleth: svgChart({
    layout: (spec: SpecOf<'choropleth'>, width, locale) => layoutChoropleth(spec.countries, { width, locale }, spec.options),
    marks: choroplethMarks,
    hardToSee: (spec, layout) => {
      const label = new Map(spec.options.categories.map((c) => [c.id, c.label]));
      return layout.small.map((s) => ({ label: s.label, category: label.get(s.category) ?? s.category }));
    },
  }),
  'rank-intervals': svgChart({
    layout: (spec: SpecOf<'rank-intervals'>, width, locale) => layoutRankIntervals(spec.rows, { width, locale }, spec.options),
    marks: rankIntervalsMarks,
  }),
  'index-explorer': tableChart({
    model: (spec: SpecOf<'index-explorer'>, locale) => layoutIndexExplorer(spec.rows, spec.options, { locale }),
    html: (model, figure, t, spec) => indexExplorer(model, figure, t, spec.options),
    extraHeight: (spec, width, locale) => explorerControlsHeight(spec.options, width, locale),
  }),
  'ranking-table': tableChart({
    model: (spec: SpecOf<'ranking-table'>, locale) => layoutRankingTable(spec.rows, spec.columns, spec.options, { locale }),
    html: rankingTable,
  }),
} satisfies { [T in ChartSpec['type']]: ChartType<SpecOf<T>> };

/** The row of a spec's type, typed for that spec (TypeScript cannot relate `CHART_TYPES[spec.type]` to `spec` by itself). */
export function chartTypeOf<S extends ChartSpec>(spec: S): ChartType<S> {
  return CHART_TYPES[spec.type] as unknown as ChartType<S>;
}
