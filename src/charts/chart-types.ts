/**
 * Every chart type in one table: how ChartView draws it (component and
 * props), how it is laid out without rendering (embed heights, downloads,
 * captions), and, for charts drawn as HTML tables, the table model that the
 * downloads draw as SVG and the height estimate measures.
 *
 * A new type is one folder (layout.ts + component) and one row here. The table
 * must have a row for every `ChartSpec['type']`, with functions taking that
 * type's spec, so a forgotten or mistyped row fails `astro check`.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { ComponentProps } from 'astro/types';
import Choropleth from './Choropleth/Choropleth.astro';
import { layoutChoropleth } from './Choropleth/layout.ts';
import Columns from './Columns/Columns.astro';
import { layoutColumns } from './Columns/layout.ts';
import DotChange from './DotChange/DotChange.astro';
import { layoutDotChange } from './DotChange/layout.ts';
import GroupedBars from './GroupedBars/GroupedBars.astro';
import { layoutGroupedBars } from './GroupedBars/layout.ts';
import RankedBars from './RankedBars/RankedBars.astro';
import { layoutRankedBars } from './RankedBars/layout.ts';
import { layoutRankingTable, type RankingTableModel } from './ranking-table/layout.ts';
import RankingTable from './ranking-table/RankingTable.astro';
import type { Locale } from '../i18n/locales.ts';
import type { ChartSpec } from './entry.ts';
import Scatter from './Scatter/Scatter.astro';
import { layoutScatter } from './Scatter/layout.ts';
import SmallMultiples from './SmallMultiples/SmallMultiples.astro';
import { layoutSmallMultiples } from './SmallMultiples/layout.ts';
import type { LayoutBase } from './types.ts';
import { layoutWaffle } from './Waffle/layout.ts';
import Waffle from './Waffle/Waffle.astro';

/** The spec of one chart type. */
export type SpecOf<T extends ChartSpec['type']> = Extract<ChartSpec, { type: T }>;

/** What the figure around a chart gives it: its accessible name and an id that differs from the figure's. */
export interface ChartFigureProps {
  title: string;
  id: string;
}

/** Something the narrow layout could not show legibly, listed under the chart (a map's tiny countries). */
export interface HardToSee {
  label: string;
  /** The legend label of its category. */
  category: string;
}

interface ChartTypeBase<S extends ChartSpec> {
  component: AstroComponentFactory;
  /** The component's props for this spec. */
  props: (spec: S, figure: ChartFigureProps) => Record<string, unknown>;
}

/** A chart drawn as SVG from a pure layout. */
export interface SvgChartType<S extends ChartSpec> extends ChartTypeBase<S> {
  kind: 'svg';
  /** The layout at `width` px, its words and numbers written in `locale`. */
  layout: (spec: S, width: number, locale: Locale) => LayoutBase;
  /** What the component lists under the chart because the layout at this width cannot show it. */
  hardToSee?: (spec: S, layout: LayoutBase) => HardToSee[];
}

/** A chart drawn as an HTML table: it has no layout, and is its own data table. */
export interface TableChartType<S extends ChartSpec> extends ChartTypeBase<S> {
  kind: 'table';
  /** The rows, cells and notes the component, the SVG download and the height estimate all use, written in `locale`. */
  model: (spec: S, locale: Locale) => RankingTableModel;
}

export type ChartType<S extends ChartSpec> = SvgChartType<S> | TableChartType<S>;

/**
 * A row typed against its own component and layout: props must be the
 * component's props, and hardToSee gets the layout the row's layout returns.
 * The result drops the layout's own type, which only the row needs.
 */
// ComponentProps (astro/types) takes any one-argument function; an .astro import is one.
type AnyComponent = (props: any) => any;

function svgChart<S extends ChartSpec, L extends LayoutBase, C extends AnyComponent>(row: {
  component: C;
  props: (spec: S, figure: ChartFigureProps) => ComponentProps<C>;
  layout: (spec: S, width: number, locale: Locale) => L;
  hardToSee?: (spec: S, layout: L) => HardToSee[];
}): SvgChartType<S> {
  const { hardToSee } = row;
  return {
    kind: 'svg',
    component: row.component as unknown as AstroComponentFactory,
    props: row.props,
    layout: row.layout,
    // Only ever called with a layout of this row's own layout function.
    ...(hardToSee && { hardToSee: (spec: S, layout: LayoutBase) => hardToSee(spec, layout as L) }),
  };
}

function tableChart<S extends ChartSpec, C extends AnyComponent>(row: {
  component: C;
  props: (spec: S, figure: ChartFigureProps) => ComponentProps<C>;
  model: (spec: S, locale: Locale) => RankingTableModel;
}): TableChartType<S> {
  return { kind: 'table', component: row.component as unknown as AstroComponentFactory, props: row.props, model: row.model };
}

export const CHART_TYPES = {
  'ranked-bars': svgChart({
    component: RankedBars,
    props: (spec: SpecOf<'ranked-bars'>, figure) => ({ ...figure, rows: spec.rows, options: spec.options }),
    layout: (spec, width, locale) => layoutRankedBars(spec.rows, { width, locale }, spec.options),
  }),
  'grouped-bars': svgChart({
    component: GroupedBars,
    props: (spec: SpecOf<'grouped-bars'>, figure) => ({ ...figure, data: spec.data, options: spec.options }),
    layout: (spec, width, locale) => layoutGroupedBars(spec.data, { width, locale }, spec.options),
  }),
  'dot-change': svgChart({
    component: DotChange,
    props: (spec: SpecOf<'dot-change'>, figure) => ({ ...figure, rows: spec.rows, options: spec.options }),
    layout: (spec, width, locale) => layoutDotChange(spec.rows, { width, locale }, spec.options),
  }),
  columns: svgChart({
    component: Columns,
    props: (spec: SpecOf<'columns'>, figure) => ({ ...figure, points: spec.points, options: spec.options }),
    layout: (spec, width, locale) => layoutColumns(spec.points, { width, locale }, spec.options),
  }),
  scatter: svgChart({
    component: Scatter,
    props: (spec: SpecOf<'scatter'>, figure) => ({ ...figure, points: spec.points, options: spec.options }),
    layout: (spec, width, locale) => layoutScatter(spec.points, { width, locale }, spec.options),
  }),
  waffle: svgChart({
    component: Waffle,
    props: (spec: SpecOf<'waffle'>, figure) => ({ ...figure, parts: spec.parts, options: spec.options }),
    layout: (spec, width, locale) => layoutWaffle(spec.parts, { width, locale }, spec.options),
  }),
  'small-multiples': svgChart({
    component: SmallMultiples,
    props: (spec: SpecOf<'small-multiples'>, figure) => ({ ...figure, data: spec.data, options: spec.options }),
    layout: (spec, width, locale) => layoutSmallMultiples(spec.data, { width, locale }, spec.options),
  }),
  choropleth: svgChart({
    component: Choropleth,
    props: (spec: SpecOf<'choropleth'>, figure) => ({ ...figure, countries: spec.countries, options: spec.options }),
    layout: (spec, width, locale) => layoutChoropleth(spec.countries, { width, locale }, spec.options),
    hardToSee: (spec, layout) => {
      const label = new Map(spec.options.categories.map((c) => [c.id, c.label]));
      return layout.small.map((s) => ({ label: s.label, category: label.get(s.category) ?? s.category }));
    },
  }),
  'ranking-table': tableChart({
    component: RankingTable,
    // The table's <caption> is the figure's title.
    props: (spec: SpecOf<'ranking-table'>, figure) => ({ caption: figure.title, id: figure.id, rows: spec.rows, columns: spec.columns, options: spec.options }),
    model: (spec, locale) => layoutRankingTable(spec.rows, spec.columns, spec.options, { locale }),
  }),
} satisfies { [T in ChartSpec['type']]: ChartType<SpecOf<T>> };

/** The row of a spec's type, typed for that spec (TypeScript cannot relate `CHART_TYPES[spec.type]` to `spec` by itself). */
export function chartTypeOf<S extends ChartSpec>(spec: S): ChartType<S> {
  return CHART_TYPES[spec.type] as unknown as ChartType<S>;
}
