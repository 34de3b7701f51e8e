/**
 * Ranked horizontal bars: one row per item in the order given (the data says
 * what the ranking is), category labels in a left column that shrinks on
 * narrow widths, value labels at the bar end, or inside the bar when outside
 * would leave the frame.
 */
import { bottomAxis, linearTicks, zeroBasedScale } from '../axis.ts';
import { chartWords, describeHighlights, emptyLayout, extremesAsShown, type ChartWords } from '../describe.ts';
import { formatValue, withUnit } from '../../i18n/format.ts';
import { blockHeight, chartFontSize, textWidth, wrapText } from '../text.ts';
import type { Box, LayoutBase, RectMark, SizeRequest, TextLabel, ValueFormat } from '../types.ts';

export interface RankedBarsRow {
  label: string;
  value: number | null;
  highlight?: boolean;
  /** A qualifier the report printed with the value (zh-CN "近 ", en "nearly "): it goes with the number, never the name. */
  qualifier?: string;
}

export interface RankedBarsOptions {
  /** What the value is, e.g. "综合得分"; with `unit` it titles the axis. */
  valueLabel: string;
  unit?: string;
  /** How value labels and tooltips are written; ticks follow `format.style === 'percent'`. */
  format?: ValueFormat;
  /** Lines a category label may wrap to before it is truncated. */
  maxLabelLines?: number;
  /**
   * Keep rows without a value in place, marked as unpublished (zh-CN 未公布; small multiples use it
   * so rows line up across panels). By default they are left out; either way
   * they are listed in `notes`.
   */
  showMissing?: boolean;
  /**
   * Lay the chart out once for every width (LayoutBase.fluid): this width's
   * rows, text and label column, with the bars stretching to any wider SVG.
   * Only bars from zero to the right can; with a negative value the layout
   * is the fixed one.
   */
  fluid?: boolean;
}

export interface RankedBarsLayout extends LayoutBase {
  bars: RectMark[];
  plot: Box;
}

interface Placed {
  row: RankedBarsRow;
  label: ReturnType<typeof wrapText>;
  valueText: string;
}

type Present = RankedBarsRow & { value: number };

export function layoutRankedBars(rows: RankedBarsRow[], size: SizeRequest, options: RankedBarsOptions): RankedBarsLayout {
  const { width, locale } = size;
  const words = chartWords(locale);
  const { t } = words;
  const missingText = t('chart.unpublished');
  const fontSize = chartFontSize(width);
  const tickFont = fontSize - 1;
  const format: ValueFormat = options.format ?? { unit: options.unit ?? '' };
  const notes = rows.filter((r) => r.value === null).map((r) => words.unpublished(r.label));
  const present = rows.filter((r): r is Present => r.value !== null);
  const shown = options.showMissing ? rows : present;
  if (present.length === 0) return { ...emptyLayout(width, notes, fontSize, words.locale), bars: [], plot: { x: 0, y: 0, width, height: 0 } };

  // Label column: as wide as the longest label needs, but at most a third of a
  // phone screen (or 240 px on wide screens) so the bars keep room.
  // A fluid layout is drawn at this width on the narrowest phone but wider everywhere else, so its
  // column may take half of that phone's width: a name wrapped there would be wrapped on a desktop
  // too, and one two-line name makes every row two lines tall.
  const fluid = Boolean(options.fluid) && Math.min(...present.map((r) => r.value)) >= 0;
  const columnCap = fluid ? Math.round(width * 0.5) : width < 480 ? Math.round(width * 0.34) : Math.min(240, Math.round(width * 0.28));
  const longest = Math.max(...shown.map((r) => textWidth(r.label, fontSize)));
  const labelWidth = Math.max(40, Math.min(columnCap, longest));
  const plotLeft = labelWidth + 8;

  const placed: Placed[] = shown.map((row) => ({
    row,
    label: wrapText(row.label, labelWidth, fontSize, options.maxLabelLines ?? 2),
    valueText: row.value === null ? missingText : `${row.qualifier ?? ''}${formatValue(row.value, format, words.locale)}`,
  }));

  // Reserve room right of the plot for most value labels, but never more than a fifth of it.
  const widestValue = Math.max(...placed.map((p) => textWidth(p.valueText, fontSize)));
  // A fluid plot keeps room for every value label after its bar, since the bar may end anywhere.
  const plotRight = width - (fluid ? widestValue + 6 : Math.min(widestValue + 6, (width - plotLeft) * 0.2));
  /** Where a px position of this layout sits across the plot, for the fluid drawing. */
  const across = (px: number) => (px - plotLeft) / (plotRight - plotLeft);
  const values = present.map((r) => r.value);
  const x = zeroBasedScale(values, [plotLeft, plotRight]);

  const barHeight = Math.round(fontSize * 1.5);
  const maxLines = Math.max(...placed.map((p) => p.label.lines.length));
  const pitch = Math.max(barHeight + 8, blockHeight(maxLines, fontSize) + 6);
  const top = 4;
  const plotBottom = top + placed.length * pitch;
  const ticks = linearTicks(x, { length: plotRight - plotLeft, orientation: 'horizontal', fontSize: tickFont, percent: format.style === 'percent', locale: words.locale });
  const axis = bottomAxis(ticks, plotBottom, top, width, tickFont);
  if (fluid) {
    for (const label of axis.texts) label.fluid = { at: across(label.x), offset: 0 };
    for (const line of axis.lines) {
      if (line.x1 !== line.x2) throw new Error('a fluid ranked-bars axis has only vertical lines');
      line.fluid = { at: across(line.x1), offset: 0 };
    }
  }
  const axisTitleY = plotBottom + 4 + blockHeight(1, tickFont) + 4 + blockHeight(1, tickFont) / 2;
  const height = Math.ceil(axisTitleY + blockHeight(1, tickFont) / 2 + 4);

  const anyHighlight = present.some((r) => r.highlight);
  const zero = x(0);
  const bars: RectMark[] = [];
  const texts: TextLabel[] = [...axis.texts];
  let valuesBesideBars = 0;
  placed.forEach((p, i) => {
    const centreY = top + i * pitch + pitch / 2;
    if (p.row.value === null) {
      texts.push({ x: plotLeft - 8, y: centreY, lines: p.label.lines, full: p.label.full, anchor: 'end', fontSize, role: 'category', tone: 'muted' });
      texts.push({ x: zero + 4, y: centreY, lines: [missingText], full: words.unpublished(p.label.full), anchor: 'start', fontSize: tickFont, role: 'annotation', tone: 'muted', ...(fluid && { fluid: { at: 0, offset: 4 } }) });
      return;
    }
    const end = x(p.row.value);
    const bar = {
      x: Math.min(zero, end),
      y: centreY - barHeight / 2,
      width: Math.abs(end - zero),
      height: barHeight,
      tip: t('chart.tip', { label: p.label.full, value: p.valueText }),
      series: 1,
      highlight: Boolean(p.row.highlight),
      faded: anyHighlight && !p.row.highlight,
      ...(fluid && { fluid: { to: across(end) } }),
    };
    bars.push(bar);
    texts.push({ x: plotLeft - 8, y: centreY, lines: p.label.lines, full: p.label.full, anchor: 'end', fontSize, role: 'category', bold: bar.highlight });
    const valueWidth = textWidth(p.valueText, fontSize);
    const negative = end < zero;
    const outsideX = negative ? end - 4 : end + 4;
    const fitsOutside = negative ? outsideX - valueWidth >= plotLeft : outsideX + valueWidth <= width;
    if (fitsOutside) {
      valuesBesideBars++;
      texts.push({ x: outsideX, y: centreY, lines: [p.valueText], full: p.valueText, anchor: negative ? 'end' : 'start', fontSize, role: 'value', ...(fluid && { fluid: { at: across(end), offset: 4 } }) });
    } else if (bar.width >= valueWidth + 8) {
      texts.push({ x: negative ? end + 4 : end - 4, y: centreY, lines: [p.valueText], full: p.valueText, anchor: negative ? 'start' : 'end', fontSize, role: 'value', tone: bar.faded ? 'on-faded' : 'on-s1' });
    }
    // Otherwise the value is only in the tooltip (and the table): a label that fits nowhere is left out.
  });
  const axisTitle = withUnit(options.valueLabel, options.unit, words.locale);
  // Under the plot when it fits there; a longer title (English ones are) starts at the chart's left
  // edge instead, under the label column, so the narrowest phone still shows it whole.
  const titleAtPlot = plotLeft + textWidth(axisTitle, tickFont) <= width;
  texts.push({
    x: titleAtPlot ? plotLeft : 0,
    y: axisTitleY,
    lines: [axisTitle],
    full: axisTitle,
    anchor: 'start',
    fontSize: tickFont,
    role: 'axis',
    tone: 'muted',
    ...(fluid && titleAtPlot && { fluid: { at: 0, offset: 0 } }),
  });

  // A fluid chart prints every row's whole name and value beside its bar, so its bars' tooltips can
  // be composed from those texts on the page instead of written a second time into the markup.
  const separator = tipSeparator(t('chart.tip', { label: TIP_LABEL, value: TIP_VALUE }));
  const rowTips =
    fluid && separator !== undefined && placed.length === bars.length && valuesBesideBars === bars.length && placed.every((p) => p.label.lines.length === 1 && p.label.lines[0] === p.label.full)
      ? separator
      : undefined;

  return {
    width,
    height,
    description: describe(placed.filter((p): p is Placed & { row: Present } => p.row.value !== null), options, rows.length - present.length, words),
    notes,
    texts,
    lines: axis.lines,
    legend: [],
    bars,
    plot: { x: plotLeft, y: top, width: plotRight - plotLeft, height: plotBottom - top },
    ...(fluid && { fluid: { left: plotLeft, right: width - plotRight } }),
    ...(rowTips !== undefined && { rowTips }),
  };
}

const TIP_LABEL = '\u0001';
const TIP_VALUE = '\u0002';

/** What the tooltip template puts between a label and its value, when it is exactly label, separator, value. */
function tipSeparator(probe: string): string | undefined {
  if (!probe.startsWith(TIP_LABEL) || !probe.endsWith(TIP_VALUE)) return undefined;
  const between = probe.slice(TIP_LABEL.length, -TIP_VALUE.length);
  return between.includes(TIP_LABEL) || between.includes(TIP_VALUE) ? undefined : between;
}

function describe(placed: (Placed & { row: Present })[], options: RankedBarsOptions, missing: number, words: ChartWords): string {
  const { t, list } = words;
  const missingText = missing > 0 ? t('rankedBars.describe.missing', { count: missing }) : '';
  const highlighted = placed.filter((p) => p.row.highlight).map((p) => p.label.full);
  const highlight = describeHighlights(highlighted, words);
  const ends = extremesAsShown(placed, (p) => p.row.value, (p) => p.valueText);
  // All rows print alike: there is no highest or lowest to name.
  if (placed.length > 1 && ends && ends.max.length === placed.length) {
    return t('rankedBars.describe.alike', { valueLabel: options.valueLabel, count: placed.length, value: placed[0]?.valueText ?? '', highlight, missing: missingText });
  }
  if (placed.length === 1 || !ends) {
    const only = placed[0];
    return t('rankedBars.describe.single', { valueLabel: options.valueLabel, label: only?.label.full ?? '', value: only?.valueText ?? '', highlight, missing: missingText });
  }
  return t('rankedBars.describe.range', {
    valueLabel: options.valueLabel,
    count: placed.length,
    max: list(ends.max.map((p) => p.label.full)),
    maxValue: ends.max[0]?.valueText ?? '',
    min: list(ends.min.map((p) => p.label.full)),
    minValue: ends.min[0]?.valueText ?? '',
    highlight,
    missing: missingText,
  });
}
