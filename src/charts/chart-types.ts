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
import { FLUID_LAYOUT_WIDTH } from './svg.ts';
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

/**
 * The value slots of a chart: one per bar, column, dot, part or country it has room for, and
 * whether the source published a value for it. A chart whose slots are mostly 未公布 draws
 * absence more than data, so such a spec is declared as a small table instead (see isMostlyUnpublished).
 */
export type ValueSlots = (number | string | null | undefined)[];

/** A chart drawn as SVG from a pure layout. */
export interface SvgChartType<S extends ChartSpec> {
  kind: 'svg';
  /** Its value slots, null where the source published none. */
  slots: (spec: S) => ValueSlots;
  /** The layout at `width` px, its words and numbers written in `locale`. */
  layout: (spec: S, width: number, locale: Locale) => LayoutBase;
  /** The chart's own marks for a layout of this type, with ids prefixed by `uid`. */
  marks: (layout: LayoutBase, uid: string, context?: MarksContext) => ChartMarks;
  /** The figure's data-chart name, when it is not the type's own (stacked bars are a mode of grouped bars). */
  figureKind?: (spec: S) => string;
  /** What the page lists under the chart because the layout at this width cannot show it. */
  hardToSee?: (spec: S, layout: LayoutBase) => HardToSee[];
  /**
   * One layout for every width (LayoutBase.fluid), when the type and this spec allow it: the page
   * draws it as one SVG instead of a narrow and a wide one. Downloads keep the fixed wide layout.
   */
  fluid?: (spec: S, locale: Locale) => LayoutBase | null;
  /**
   * True when the spec's marks are one column in data order, each above the
   * next and sharing its width (a bar list whose bars all start at the axis):
   * the arrow keys' geometry then lands where plain data order does, so an
   * embed of it ships the shorter rule (src/embed/bundle.ts).
   */
  marksInOrder?: (spec: S) => boolean;
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
  slots: (spec: S) => ValueSlots;
  layout: (spec: S, width: number, locale: Locale) => L;
  marks: (layout: L, uid: string, context?: MarksContext<L>) => ChartMarks;
  figureKind?: (spec: S) => string;
  hardToSee?: (spec: S, layout: L) => HardToSee[];
  fluid?: (spec: S, locale: Locale) => L | null;
  marksInOrder?: (spec: S) => boolean;
}): SvgChartType<S> {
  const { marks, hardToSee, figureKind, fluid, marksInOrder } = row;
  return {
    kind: 'svg',
    slots: row.slots,
    layout: row.layout,
    // Both are only ever called with a layout of this row's own layout function.
    marks: (layout, uid, context) => marks(layout as L, uid, context as MarksContext<L> | undefined),
    ...(figureKind && { figureKind }),
    ...(hardToSee && { hardToSee: (spec: S, layout: LayoutBase) => hardToSee(spec, layout as L) }),
    ...(fluid && { fluid }),
    ...(marksInOrder && { marksInOrder }),
  };
}

function tableChart<S extends ChartSpec>(row: Omit<TableChartType<S>, 'kind'>): TableChartType<S> {
  return { kind: 'table', model: row.model, html: row.html, ...(row.extraHeight && { extraHeight: row.extraHeight }) };
}

export const CHART_TYPES = {
  'ranked-bars': svgChart({
    slots: (spec: SpecOf<'ranked-bars'>) => spec.rows.map((r) => r.value),
    layout: (spec: SpecOf<'ranked-bars'>, width, locale) => layoutRankedBars(spec.rows, { width, locale }, spec.options),
    marks: rankedBarsMarks,
    // Laid out at the narrowest column; a ranking with a negative value stays fixed (two widths),
    // and so does one with a name that wraps in that column's labels: its text keeps its px size
    // at every width, so one wrapped name makes every row two lines tall on a desktop and on paper
    // too (the English TOP50 grew from 1348 to over 2000 px and printed at a third of its size),
    // where the wide layout gives long names a wider column.
    fluid: (spec: SpecOf<'ranked-bars'>, locale) => {
      const layout = layoutRankedBars(spec.rows, { width: FLUID_LAYOUT_WIDTH, locale }, { ...spec.options, fluid: true });
      const wraps = layout.texts.some((text) => text.role === 'category' && text.lines.length > 1);
      return layout.fluid && !wraps ? layout : null;
    },
    // Bars from a common axis, one per row: with a negative value some start left of it and
    // share no width with their neighbours, and moving by geometry is what the reader sees.
    marksInOrder: (spec: SpecOf<'ranked-bars'>) => spec.rows.every((r) => r.value === null || r.value >= 0),
  }),
  'grouped-bars': svgChart({
    slots: (spec: SpecOf<'grouped-bars'>) => spec.data.categories.flatMap((_, c) => spec.data.series.map((__, k) => spec.data.values[c]?.[k])),
    layout: (spec: SpecOf<'grouped-bars'>, width, locale) => layoutGroupedBars(spec.data, { width, locale }, spec.options),
    marks: groupedBarsMarks,
    figureKind: (spec) => (spec.options.mode === 'stacked100' ? 'stacked-bars' : 'grouped-bars'),
  }),
  'dot-change': svgChart({
    slots: (spec: SpecOf<'dot-change'>) => spec.rows.flatMap((r) => [r.from, r.to]),
    layout: (spec: SpecOf<'dot-change'>, width, locale) => layoutDotChange(spec.rows, { width, locale }, spec.options),
    marks: dotChangeMarks,
  }),
  columns: svgChart({
    slots: (spec: SpecOf<'columns'>) => spec.points.map((p) => p.value),
    layout: (spec: SpecOf<'columns'>, width, locale) => layoutColumns(spec.points, { width, locale }, spec.options),
    marks: columnsMarks,
  }),
  scatter: svgChart({
    slots: (spec: SpecOf<'scatter'>) => spec.points.map((p) => (p.x === null || p.y === null ? null : p.y)),
    layout: (spec: SpecOf<'scatter'>, width, locale) => layoutScatter(spec.points, { width, locale }, spec.options),
    marks: scatterMarks,
  }),
  waffle: svgChart({
    slots: (spec: SpecOf<'waffle'>) => spec.parts.map((p) => p.value),
    layout: (spec: SpecOf<'waffle'>, width, locale) => layoutWaffle(spec.parts, { width, locale }, spec.options),
    marks: waffleMarks,
  }),
  'small-multiples': svgChart({
    slots: (spec: SpecOf<'small-multiples'>) => spec.data.metrics.flatMap((m) => spec.data.items.map((_, i) => m.values[i])),
    layout: (spec: SpecOf<'small-multiples'>, width, locale) => layoutSmallMultiples(spec.data, { width, locale }, spec.options),
    marks: smallMultiplesMarks,
  }),
  choropleth: svgChart({
    slots: (spec: SpecOf<'choropleth'>) => spec.countries.map((c) => c.category),
    layout: (spec: SpecOf<'choropleth'>, width, locale) => layoutChoropleth(spec.countries, { width, locale }, spec.options),
    marks: choroplethMarks,
    hardToSee: (spec, layout) => {
      const label = new Map(spec.options.categories.map((c) => [c.id, c.label]));
      return layout.small.map((s) => ({ label: s.label, category: label.get(s.category) ?? s.category }));
    },
  }),
  'rank-intervals': svgChart({
    slots: (spec: SpecOf<'rank-intervals'>) => spec.rows.map((r) => r.median),
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

/**
 * True when a spec drawn as a chart has more unpublished slots than published values: then
 * the chart shows mostly 未公布 slots around one or two real marks, and the few published
 * figures read better as a small table (ranking-table) with the unpublished ones named in its notes.
 * Half and half still draws (two of three salaries); tables have no slots and are never mostly unpublished.
 */
export function isMostlyUnpublished(spec: ChartSpec): boolean {
  const type = chartTypeOf(spec);
  if (type.kind !== 'svg') return false;
  const slots = type.slots(spec);
  const unpublished = slots.filter((v) => v === null || v === undefined).length;
  return unpublished > slots.length - unpublished;
}

/** Whether the arrow keys may move through a chart's marks in data order alone (SvgChartType.marksInOrder). */
export function marksInOrder(spec: ChartSpec): boolean {
  const type = chartTypeOf(spec);
  return type.kind === 'svg' && type.marksInOrder !== undefined && type.marksInOrder(spec);
}

/** The row of a spec's type, typed for that spec (TypeScript cannot relate `CHART_TYPES[spec.type]` to `spec` by itself). */
export function chartTypeOf<S extends ChartSpec>(spec: S): ChartType<S> {
  return CHART_TYPES[spec.type] as unknown as ChartType<S>;
}
