/**
 * Grouped horizontal bars (categories × series, e.g. China/US/Korea/World ×
 * a metric) or, in `stacked100` mode, one 100% bar per category split by
 * series (e.g. families with 1 vs 2+ members). Horizontal so long Chinese
 * category labels stay readable on phones. Nulls are skipped and noted; a
 * stacked row with a missing part is not drawn at all, since its shares
 * would be wrong.
 */
import { scaleLinear } from 'd3-scale';
import { bottomAxis, linearTicks, zeroBasedScale } from '../axis.ts';
import { chartWords, emptyLayout, extremes, type ChartWords } from '../describe.ts';
import { formatPercent, formatValue, withUnit } from '../../i18n/format.ts';
import { flowLegend } from '../legend.ts';
import { blockHeight, chartFontSize, textWidth, wrapText } from '../text.ts';
import type { Box, LayoutBase, RectMark, SizeRequest, TextLabel, ValueFormat } from '../types.ts';
import { seriesSlot } from '../types.ts';

export interface GroupedBarsInput {
  /** Row labels, one group (or one stacked bar) each. */
  categories: string[];
  /** Series labels: the bars within a group, or the parts of a stacked bar. */
  series: string[];
  /** values[category][series]; null where the source gives no figure. */
  values: (number | null)[][];
}

export interface GroupedBarsOptions {
  mode?: 'grouped' | 'stacked100';
  /** What the value is; titles the axis with `unit` (stacked100: the parts' unit, shares are %). */
  valueLabel: string;
  unit?: string;
  format?: ValueFormat;
}

export interface GroupedBar extends RectMark {
  category: number;
  seriesIndex: number;
}

export interface GroupedBarsLayout extends LayoutBase {
  bars: GroupedBar[];
  plot: Box;
}

interface Cell {
  category: number;
  seriesIndex: number;
  value: number;
  name: string;
}

export function layoutGroupedBars(input: GroupedBarsInput, size: SizeRequest, options: GroupedBarsOptions): GroupedBarsLayout {
  const { width, locale } = size;
  const words = chartWords(locale);
  const { t } = words;
  const stacked = options.mode === 'stacked100';
  const fontSize = chartFontSize(width);
  const smallFont = fontSize - 1;
  const format: ValueFormat = options.format ?? { unit: options.unit ?? '' };
  const cellName = (c: number, s: number): string => {
    const category = input.categories[c] ?? '';
    const series = input.series[s] ?? '';
    if (input.series.length <= 1) return category;
    if (input.categories.length <= 1) return series;
    return words.pair(category, series);
  };

  // Collect drawable cells and the notes for what is missing.
  const notes: string[] = [];
  const cells: Cell[] = [];
  const drawnCategories: number[] = [];
  input.categories.forEach((_, c) => {
    const row = input.series.map((__, s) => input.values[c]?.[s] ?? null);
    row.forEach((v, s) => {
      if (v === null) notes.push(stacked ? t('groupedBars.unpublishedStacked', { label: cellName(c, s) }) : words.unpublished(cellName(c, s)));
    });
    if (stacked && (row.some((v) => v === null) || row.reduce<number>((sum, v) => sum + (v ?? 0), 0) <= 0)) return;
    const present = row.flatMap((v, s) => (v === null ? [] : [{ category: c, seriesIndex: s, value: v, name: cellName(c, s) }]));
    if (present.length === 0) return;
    cells.push(...present);
    drawnCategories.push(c);
  });
  if (cells.length === 0) return { ...emptyLayout(width, notes, fontSize, words.locale), bars: [], plot: { x: 0, y: 0, width, height: 0 } };

  const legend = input.series.length > 1 ? flowLegend(input.series.map((label, s) => ({ label, series: seriesSlot(s) })), 0, 0, width, smallFont) : { swatches: [], texts: [], height: 0 };

  const columnCap = width < 480 ? Math.round(width * 0.3) : Math.min(220, Math.round(width * 0.25));
  const longest = Math.max(...drawnCategories.map((c) => textWidth(input.categories[c] ?? '', fontSize)));
  const labelWidth = Math.max(40, Math.min(columnCap, longest));
  const plotLeft = labelWidth + 8;
  const labels = new Map(drawnCategories.map((c) => [c, wrapText(input.categories[c] ?? '', labelWidth, fontSize, 2)]));

  const valueTexts = new Map(cells.map((cell) => [cell, formatValue(cell.value, format, words.locale)]));
  const widestValue = stacked ? 0 : Math.max(...cells.map((cell) => textWidth(valueTexts.get(cell) ?? '', smallFont)));
  const plotRight = width - (stacked ? 2 : Math.min(widestValue + 6, (width - plotLeft) * 0.2));
  const values = cells.map((cell) => cell.value);
  const x = stacked ? scaleLinear().domain([0, 100]).range([plotLeft, plotRight]) : zeroBasedScale(values, [plotLeft, plotRight]);

  // Each bar is at least as thick as a value label, so labels of one group never collide.
  const barHeight = Math.ceil(blockHeight(1, smallFont)) + (stacked ? 8 : 2);
  const barsPerGroup = stacked ? 1 : input.series.length;
  const groupHeight = barsPerGroup * barHeight + (barsPerGroup - 1) * 2;
  const maxLines = Math.max(...[...labels.values()].map((l) => l.lines.length));
  const pitch = Math.max(groupHeight + 12, blockHeight(maxLines, fontSize) + 8);
  const top = legend.height > 0 ? legend.height + 8 : 4;
  const plotBottom = top + drawnCategories.length * pitch;

  const bars: GroupedBar[] = [];
  const texts: TextLabel[] = [...legend.texts];
  const zero = x(0);
  drawnCategories.forEach((c, row) => {
    const groupTop = top + row * pitch + (pitch - groupHeight) / 2;
    const label = labels.get(c);
    if (label) texts.push({ x: plotLeft - 8, y: top + row * pitch + pitch / 2, lines: label.lines, full: label.full, anchor: 'end', fontSize, role: 'category' });
    const rowCells = cells.filter((cell) => cell.category === c);
    const total = rowCells.reduce((sum, cell) => sum + cell.value, 0);
    let cumulative = 0;
    for (const cell of rowCells) {
      const valueText = valueTexts.get(cell) ?? '';
      const slot = seriesSlot(cell.seriesIndex);
      if (stacked) {
        const share = (cell.value / total) * 100;
        const x0 = x(cumulative);
        cumulative += share;
        const shareText = formatPercent(share, 0, words.locale);
        const tip = t('groupedBars.stackedTip', { label: cell.name, value: valueText, share: shareText });
        const bar: GroupedBar = { x: x0, y: groupTop, width: x(cumulative) - x0, height: barHeight, tip, series: slot, category: c, seriesIndex: cell.seriesIndex };
        bars.push(bar);
        if (bar.width >= textWidth(shareText, smallFont) + 6) {
          texts.push({ x: x0 + bar.width / 2, y: groupTop + barHeight / 2, lines: [shareText], full: shareText, anchor: 'middle', fontSize: smallFont, role: 'value', tone: `on-s${slot}` });
        }
        continue;
      }
      const y = groupTop + cell.seriesIndex * (barHeight + 2);
      const end = x(cell.value);
      const bar: GroupedBar = { x: Math.min(zero, end), y, width: Math.abs(end - zero), height: barHeight, tip: t('chart.tip', { label: cell.name, value: valueText }), series: slot, category: c, seriesIndex: cell.seriesIndex };
      bars.push(bar);
      const valueWidth = textWidth(valueText, smallFont);
      const negative = cell.value < 0;
      const outsideX = negative ? end - 3 : end + 3;
      const fitsOutside = negative ? outsideX - valueWidth >= plotLeft : outsideX + valueWidth <= width;
      if (fitsOutside) {
        texts.push({ x: outsideX, y: y + barHeight / 2, lines: [valueText], full: valueText, anchor: negative ? 'end' : 'start', fontSize: smallFont, role: 'value' });
      } else if (bar.width >= valueWidth + 6) {
        texts.push({ x: negative ? end + 3 : end - 3, y: y + barHeight / 2, lines: [valueText], full: valueText, anchor: negative ? 'start' : 'end', fontSize: smallFont, role: 'value', tone: `on-s${slot}` });
      }
    }
  });

  const ticks = linearTicks(x, { length: plotRight - plotLeft, orientation: 'horizontal', fontSize: smallFont, percent: stacked || format.style === 'percent', locale: words.locale });
  const axis = bottomAxis(ticks, plotBottom, top, width, smallFont);
  texts.push(...axis.texts);
  const axisTitleY = plotBottom + 8 + blockHeight(1, smallFont) * 1.5;
  const axisTitle = stacked ? t('groupedBars.shareAxis', { label: options.valueLabel }) : withUnit(options.valueLabel, options.unit, words.locale);
  texts.push({ x: plotLeft, y: axisTitleY, lines: [axisTitle], full: axisTitle, anchor: 'start', fontSize: smallFont, role: 'axis', tone: 'muted' });

  return {
    width,
    height: Math.ceil(axisTitleY + blockHeight(1, smallFont) / 2 + 4),
    description: stacked ? describeStacked(input, cells, drawnCategories, options, words) : describeGrouped(input, cells, valueTexts, options, words),
    notes,
    texts,
    lines: axis.lines,
    legend: legend.swatches,
    bars,
    plot: { x: plotLeft, y: top, width: plotRight - plotLeft, height: plotBottom - top },
  };
}

function describeGrouped(input: GroupedBarsInput, cells: Cell[], valueTexts: Map<Cell, string>, options: GroupedBarsOptions, { t, list }: ChartWords): string {
  const ends = extremes(cells, (cell) => cell.value);
  const scope = input.series.length > 1 ? t('groupedBars.describe.scope', { series: list(input.series) }) : '';
  const valueLabel = options.valueLabel;
  if (!ends || cells.length === 1) return t('groupedBars.describe.single', { scope, valueLabel, label: cells[0]?.name ?? '', value: valueTexts.get(cells[0] as Cell) ?? '' });
  return t('groupedBars.describe.range', {
    scope,
    valueLabel,
    max: ends.max.name,
    maxValue: valueTexts.get(ends.max) ?? '',
    min: ends.min.name,
    minValue: valueTexts.get(ends.min) ?? '',
  });
}

function describeStacked(input: GroupedBarsInput, cells: Cell[], categories: number[], options: GroupedBarsOptions, { t, locale }: ChartWords): string {
  const firstSeries = input.series[0] ?? '';
  const shares = categories.map((c) => {
    const row = cells.filter((cell) => cell.category === c);
    const total = row.reduce((sum, cell) => sum + cell.value, 0);
    const first = row.find((cell) => cell.seriesIndex === 0)?.value ?? 0;
    return { name: input.categories[c] ?? '', share: (first / total) * 100 };
  });
  const ends = extremes(shares, (s) => s.share);
  if (!ends) return '';
  const valueLabel = options.valueLabel;
  if (shares.length === 1) return t('groupedBars.describe.stackedSingle', { valueLabel, label: ends.max.name, series: firstSeries, share: formatPercent(ends.max.share, 0, locale) });
  return t('groupedBars.describe.stackedRange', {
    valueLabel,
    series: firstSeries,
    max: ends.max.name,
    maxShare: formatPercent(ends.max.share, 0, locale),
    min: ends.min.name,
    minShare: formatPercent(ends.min.share, 0, locale),
  });
}
