/**
 * A registry entry's chart laid out at one width, without rendering it: the
 * same layout functions and inputs ChartView's components use (both come from
 * the chart-type table), so heights estimated here are the heights the SVGs
 * get. Charts drawn as HTML tables have no layout but a table model.
 */
import { chartTypeOf } from './chart-types.ts';
import type { RankingTableModel } from './ranking-table/layout.ts';
import type { ChartSpec } from './entry.ts';
import { DEFAULT_WIDTHS } from './svg.ts';
import type { LayoutBase } from './types.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { typesetChinese } from '../i18n/spacing.ts';

/** What a layout or table model prints, spaced by the locale's rule (src/i18n/spacing.ts). */
const typeset = <T>(value: T, locale: Locale): T => (locale === 'zh-CN' ? typesetChinese(value) : value);

export const NARROW_WIDTH: number = DEFAULT_WIDTHS[0];
export const WIDE_WIDTH: number = DEFAULT_WIDTHS[1];

/** Below this container width the chart shows its narrow variant (chart.css). */
export const NARROW_BREAKPOINT = 560;

/**
 * Layouts are pure, and a build asks for the same chart at the same width many
 * times (every embed height, snippet, oEmbed and catalogue entry), so each is
 * computed once per chart object, locale and width.
 */
/** Per chart object, one value per key (locale, or locale and width), computed the first time it is asked for. */
type PerChart<V> = WeakMap<ChartSpec, Map<string, V>>;

function memoised<V>(cache: PerChart<V>, chart: ChartSpec, key: string, compute: () => V): V {
  let byKey = cache.get(chart);
  if (!byKey) cache.set(chart, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key)!;
}

const layouts: PerChart<LayoutBase | null> = new WeakMap();

/** The chart's layout at `width` px in `locale` (default: the site's default locale), or null for a chart drawn as an HTML table. */
export function chartLayout(chart: ChartSpec, width: number, locale: Locale = DEFAULT_LOCALE): LayoutBase | null {
  return memoised(layouts, chart, `${locale} ${width}`, () => {
    const type = chartTypeOf(chart);
    return type.kind === 'svg' ? typeset(type.layout(chart, width, locale), locale) : null;
  });
}

const fluidLayouts: PerChart<LayoutBase | null> = new WeakMap();

/** The chart's one layout for every width (LayoutBase.fluid) in `locale`, or null when its type or spec lays it out per width. */
export function chartFluidLayout(chart: ChartSpec, locale: Locale = DEFAULT_LOCALE): LayoutBase | null {
  return memoised(fluidLayouts, chart, locale, () => {
    const type = chartTypeOf(chart);
    const layout = type.kind === 'svg' && type.fluid ? type.fluid(chart, locale) : null;
    return layout && typeset(layout, locale);
  });
}

/** The layout a page shows in `contentWidth` px: the fluid one if the chart has it, else the variant chart.css picks at that width. */
export function shownLayout(chart: ChartSpec, contentWidth: number, locale: Locale = DEFAULT_LOCALE): LayoutBase | null {
  return chartFluidLayout(chart, locale) ?? chartLayout(chart, contentWidth < NARROW_BREAKPOINT ? NARROW_WIDTH : WIDE_WIDTH, locale);
}

/** Table models, like layouts: the page's table, its SVG download, its card, its caption and its embed height all read the same one. */
const tableModels: PerChart<RankingTableModel | null> = new WeakMap();

/** The table model of a chart drawn as an HTML table in `locale`, or null for an SVG chart. */
export function chartTableModel(chart: ChartSpec, locale: Locale = DEFAULT_LOCALE): RankingTableModel | null {
  return memoised(tableModels, chart, locale, () => {
    const type = chartTypeOf(chart);
    return type.kind === 'table' ? typeset(type.model(chart, locale), locale) : null;
  });
}
