/**
 * Columns (or points) for a few published years, e.g. a market forecast for
 * 2020 and 2023. Each year sits on a band scale and only published years get
 * a mark: nothing is interpolated. In point mode a line joins two points only
 * when their years are consecutive and both published, so a gap in the
 * source stays a gap in the chart.
 */
import { scaleBand } from 'd3-scale';
import { leftAxis, linearTicks, widestTick, zeroBasedScale } from '../axis.ts';
import { chartWords, emptyLayout, extremes, type ChartWords } from '../describe.ts';
import { formatValue, unitWord, withUnit } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { keepNonOverlapping } from '../labels.ts';
import { blockHeight, chartFontSize, textBox, textWidth, wrapText } from '../text.ts';
import type { LayoutBase, Line, Mark, SizeRequest, TextLabel, ValueFormat } from '../types.ts';

export interface ColumnsPoint {
  /** Band label, usually a year ("2020"). */
  label: string;
  value: number | null;
  /** A stated forecast rather than an observed figure: drawn lighter, marked as one (zh-CN 预测). */
  forecast?: boolean;
}

export interface ColumnsOptions {
  valueLabel: string;
  unit?: string;
  format?: ValueFormat;
  mark?: 'column' | 'point';
}

export interface ColumnMark extends Mark {
  /** Column rectangle (column mode) … */
  x: number;
  y: number;
  width: number;
  height: number;
  /** … or point centre (point mode). */
  cx: number;
  cy: number;
  forecast: boolean;
}

export interface ColumnsLayout extends LayoutBase {
  marks: ColumnMark[];
  mode: 'column' | 'point';
}

/** The year of a label that is one: four digits, optionally followed by the locale's word for a calendar year ("2020年"). */
function yearOf(label: string, locale: Locale): number | null {
  const word = unitWord('calendar_year', locale);
  const digits = word && label.endsWith(word) ? label.slice(0, -word.length) : label;
  return /^\d{4}$/.test(digits) ? Number.parseInt(digits, 10) : null;
}

/** True when both labels are integer years one apart, e.g. "2020" and "2021" (or "2020年"). */
function consecutiveYears(a: string, b: string, locale: Locale): boolean {
  const ya = yearOf(a, locale);
  const yb = yearOf(b, locale);
  return ya !== null && yb !== null && yb - ya === 1;
}

export function layoutColumns(points: ColumnsPoint[], size: SizeRequest, options: ColumnsOptions): ColumnsLayout {
  const { width, locale } = size;
  const words = chartWords(locale);
  const { t } = words;
  const forecastWord = t('columns.forecast');
  const mode = options.mark ?? 'column';
  const fontSize = chartFontSize(width);
  const smallFont = fontSize - 1;
  const format: ValueFormat = options.format ?? { unit: options.unit ?? '' };
  const notes = points.filter((p) => p.value === null).map((p) => words.unpublished(p.label));
  const published = points.filter((p): p is ColumnsPoint & { value: number } => p.value !== null);
  if (published.length === 0) return { ...emptyLayout(width, notes, fontSize, words.locale), marks: [], mode };

  const height = size.height ?? (width < 480 ? 240 : 300);
  const values = published.map((p) => p.value);
  const titleText = withUnit(options.valueLabel, options.unit, words.locale);
  const titleY = 4 + blockHeight(1, smallFont) / 2;
  const plotTop = titleY + blockHeight(1, smallFont) / 2 + 6 + blockHeight(1, smallFont);
  const xLabelLines = points.some((p) => p.forecast) ? 2 : 1;
  const plotBottom = height - blockHeight(xLabelLines + (xLabelLines === 1 ? 1 : 0), fontSize) - 6;
  const y = zeroBasedScale(values, [plotBottom, plotTop]);
  const ticks = linearTicks(y, { length: plotBottom - plotTop, orientation: 'vertical', fontSize: smallFont, percent: format.style === 'percent', locale: words.locale });
  const plotLeft = widestTick(ticks, smallFont) + 10;
  const plotRight = width - 4;
  const x = scaleBand<string>()
    .domain(points.map((_, i) => `${i}`))
    .range([plotLeft, plotRight])
    .paddingInner(mode === 'column' ? 0.3 : 0)
    .paddingOuter(mode === 'column' ? 0.2 : 0.1);
  const bandwidth = x.bandwidth();
  const columnWidth = Math.min(bandwidth, 64);

  const axis = leftAxis(ticks, plotLeft, plotRight, smallFont);
  const lines: Line[] = [...axis.lines];
  const texts: TextLabel[] = [{ x: 0, y: titleY, lines: [titleText], full: titleText, anchor: 'start', fontSize: smallFont, role: 'axis', tone: 'muted' }, ...axis.texts];
  const valueLabels: TextLabel[] = [];
  const marks: ColumnMark[] = [];
  const step = x.step();
  const zero = y(0);

  points.forEach((point, i) => {
    const centre = (x(`${i}`) ?? 0) + bandwidth / 2;
    // Category label under the band; forecasts carry a second line (zh-CN "预测") so colour is not the only cue.
    const wrapped = wrapText(point.label, Math.max(step - 4, fontSize), fontSize, 1);
    const labelLines = point.forecast ? [...wrapped.lines, forecastWord] : wrapped.lines;
    texts.push({ x: centre, y: plotBottom + 4 + blockHeight(labelLines.length, fontSize) / 2, lines: labelLines, full: point.label, anchor: 'middle', fontSize, role: 'category', tone: point.forecast ? 'muted' : 'ink' });
    if (point.value === null) {
      const unpublished = t('chart.unpublished');
      const gap = textWidth(unpublished, smallFont) <= step - 4 ? unpublished : '—';
      texts.push({ x: centre, y: zero - blockHeight(1, smallFont) / 2 - 2, lines: [gap], full: words.unpublished(point.label), anchor: 'middle', fontSize: smallFont, role: 'annotation', tone: 'muted' });
      return;
    }
    const top = y(point.value);
    const valueText = formatValue(point.value, format, words.locale);
    const forecast = Boolean(point.forecast);
    marks.push({
      x: centre - columnWidth / 2,
      y: Math.min(top, zero),
      width: columnWidth,
      height: Math.abs(zero - top),
      cx: centre,
      cy: top,
      forecast,
      tip: t('chart.tip', { label: pointName(point, words), value: valueText }),
      series: 1,
    });
    const above = point.value >= 0;
    const offset = mode === 'point' ? 8 : 3;
    const half = textWidth(valueText, smallFont) / 2;
    valueLabels.push({ x: Math.min(Math.max(centre, half), width - half), y: above ? top - offset - blockHeight(1, smallFont) / 2 : top + offset + blockHeight(1, smallFont) / 2, lines: [valueText], full: valueText, anchor: 'middle', fontSize: smallFont, role: 'value' });
  });

  if (mode === 'point') {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (!a || !b || a.value === null || b.value === null || !consecutiveYears(a.label, b.label, words.locale)) continue;
      lines.push({ x1: (x(`${i - 1}`) ?? 0) + bandwidth / 2, y1: y(a.value), x2: (x(`${i}`) ?? 0) + bandwidth / 2, y2: y(b.value), kind: 'connector' });
    }
  }

  // Value labels that would collide (many years on a phone) give way; the largest values keep theirs.
  const byPriority = valueLabels.map((label, i) => ({ label, value: published[i]?.value ?? 0 })).sort((p, q) => q.value - p.value);
  const kept = keepNonOverlapping(byPriority.map((p) => textBox(p.label)), texts.map(textBox));
  for (const index of kept) {
    const label = byPriority[index]?.label;
    if (label) texts.push(label);
  }

  return { width, height, description: describe(published, format, options, words), notes, texts, lines, legend: [], marks, mode };
}

/** A point's label, marked when it is a forecast: zh-CN "2023（预测）". */
function pointName(point: ColumnsPoint, { t }: ChartWords): string {
  return point.forecast ? t('columns.forecastLabel', { label: point.label }) : point.label;
}

function describe(published: (ColumnsPoint & { value: number })[], format: ValueFormat, options: ColumnsOptions, words: ChartWords): string {
  const { t, locale } = words;
  const valueLabel = options.valueLabel;
  const say = (p: ColumnsPoint & { value: number }): string => t('columns.describe.point', { label: pointName(p, words), value: formatValue(p.value, format, locale) });
  const ends = extremes(published, (p) => p.value);
  if (published.length <= 4 || !ends) return t('columns.describe.few', { valueLabel, points: words.phrases(published.map(say)) });
  const first = published[0] as ColumnsPoint & { value: number };
  const last = published[published.length - 1] as ColumnsPoint & { value: number };
  return t('columns.describe.many', {
    valueLabel,
    first: say(first),
    last: say(last),
    max: ends.max.label,
    maxValue: formatValue(ends.max.value, format, locale),
    count: published.length,
  });
}
