/**
 * Small multiples: one ranked-bar panel per metric (e.g. TOP50 companies
 * across five dimensions), each on its own scale with its own axis and unit.
 * Panels reuse the RankedBars layout and are placed in as many columns as the
 * width allows (at least `panelMinWidth` each), so a phone gets one column.
 */
import { chartWords, emptyLayout, extremes, type ChartWords } from '../describe.ts';
import { formatValue } from '../../i18n/format.ts';
import { layoutRankedBars, type RankedBarsLayout } from '../RankedBars/layout.ts';
import { blockHeight, chartFontSize, wrapText } from '../text.ts';
import type { Box, LayoutBase, Line, RectMark, SizeRequest, TextLabel, ValueFormat } from '../types.ts';

export interface SmallMultiplesMetric {
  label: string;
  unit?: string;
  format?: ValueFormat;
  /** One value per item, in the order of `items`. */
  values: (number | null)[];
}

export interface SmallMultiplesInput {
  items: string[];
  metrics: SmallMultiplesMetric[];
}

export interface SmallMultiplesOptions {
  /** Narrowest a panel may be (default 260 px). */
  panelMinWidth?: number;
  /** Items to highlight in every panel. */
  highlight?: string[];
}

export interface PanelBar extends RectMark {
  panel: number;
  /** The item's index in `items`: the same item has the same index in every panel, for the arrow keys. */
  item: number;
}

export interface SmallMultiplesLayout extends LayoutBase {
  bars: PanelBar[];
  panels: (Box & { title: string })[];
  columns: number;
}

const GUTTER = 24;

export function layoutSmallMultiples(input: SmallMultiplesInput, size: SizeRequest, options: SmallMultiplesOptions = {}): SmallMultiplesLayout {
  const { width, locale } = size;
  const words = chartWords(locale);
  const fontSize = chartFontSize(width);
  const notes = input.metrics.flatMap((metric) =>
    input.items.flatMap((item, i) => ((metric.values[i] ?? null) === null ? [words.unpublished(words.pair(metric.label, item))] : [])),
  );
  const metrics = input.metrics.filter((metric) => metric.values.some((v) => v !== null && v !== undefined));
  if (metrics.length === 0 || input.items.length === 0) return { ...emptyLayout(width, notes, fontSize, words.locale), bars: [], panels: [], columns: 1 };

  const minWidth = options.panelMinWidth ?? 260;
  const columns = Math.max(1, Math.min(metrics.length, Math.floor((width + GUTTER) / (minWidth + GUTTER))));
  const panelWidth = (width - (columns - 1) * GUTTER) / columns;
  const highlight = new Set(options.highlight ?? []);

  const panels = metrics.map((metric) => {
    const titleFont = chartFontSize(panelWidth);
    const title = wrapText(metric.label, panelWidth, titleFont, 2);
    const titleHeight = blockHeight(title.lines.length, titleFont) + 6;
    const rows = input.items.map((label, i) => ({ label, value: metric.values[i] ?? null, highlight: highlight.has(label) }));
    const chart: RankedBarsLayout = layoutRankedBars(rows, { width: panelWidth, locale: words.locale }, { valueLabel: metric.label, unit: metric.unit ?? '', format: metric.format ?? { unit: metric.unit ?? '' }, showMissing: true });
    return { metric, title, titleFont, titleHeight, chart, height: titleHeight + chart.height };
  });

  const bars: PanelBar[] = [];
  const texts: TextLabel[] = [];
  const lines: Line[] = [];
  const placed: SmallMultiplesLayout['panels'] = [];
  // Two pixels above the first panel title: browsers box CJK text a little taller than its font size.
  let top = 2;
  for (let start = 0; start < panels.length; start += columns) {
    const row = panels.slice(start, start + columns);
    const rowHeight = Math.max(...row.map((p) => p.height));
    row.forEach((panel, k) => {
      const index = start + k;
      const dx = k * (panelWidth + GUTTER);
      const dy = top + panel.titleHeight;
      texts.push({ x: dx, y: top + blockHeight(panel.title.lines.length, panel.titleFont) / 2, lines: panel.title.lines, full: panel.title.full, anchor: 'start', fontSize: panel.titleFont, role: 'axis', bold: true });
      texts.push(...panel.chart.texts.map((t) => ({ ...t, x: t.x + dx, y: t.y + dy })));
      lines.push(...panel.chart.lines.map((l) => ({ ...l, x1: l.x1 + dx, x2: l.x2 + dx, y1: l.y1 + dy, y2: l.y2 + dy })));
      // RankedBars draws a bar for each published row, in order: the nth bar is the nth item with a value.
      const drawnItems = input.items.flatMap((_, i) => ((panel.metric.values[i] ?? null) === null ? [] : [i]));
      bars.push(...panel.chart.bars.map((b, n) => ({ ...b, x: b.x + dx, y: b.y + dy, tip: words.t('smallMultiples.tip', { metric: panel.metric.label, tip: b.tip }), panel: index, item: drawnItems[n] ?? n })));
      placed.push({ x: dx, y: top, width: panelWidth, height: rowHeight, title: panel.metric.label });
    });
    top += rowHeight + 16;
  }

  return { width, height: Math.ceil(top - 16), description: describe(input, metrics, words), notes, texts, lines, legend: [], bars, panels: placed, columns };
}

function describe(input: SmallMultiplesInput, metrics: SmallMultiplesMetric[], { t, locale, clauses }: ChartWords): string {
  const parts = metrics.map((metric) => {
    const rows = input.items.flatMap((item, i) => {
      const value = metric.values[i];
      return value === null || value === undefined ? [] : [{ item, value }];
    });
    const ends = extremes(rows, (r) => r.value);
    return ends ? t('smallMultiples.describe.metric', { metric: metric.label, item: ends.max.item, value: formatValue(ends.max.value, metric.format ?? { unit: metric.unit ?? '' }, locale) }) : '';
  });
  return t('smallMultiples.describe', { items: input.items.length, metrics: metrics.length, parts: clauses(parts) });
}
