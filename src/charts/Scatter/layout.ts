/**
 * Scatter plot, linear or log–log, with the outliers labelled: named points
 * first, then the n largest by y. Labels sit beside their dot, are spread
 * vertically with labels.ts, and any that still collide (with each other,
 * with other dots or with axis text) are dropped; every point keeps its tooltip.
 *
 * Zero and negative values on a log axis are skipped and listed in `notes`
 * rather than drawn on a symlog scale: a symlog axis bends near zero in a way
 * readers take for a log axis, and the table beside the chart has the exact
 * figures anyway.
 */
import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';
import { bottomAxis, leftAxis, linearTicks, logTicks, positiveLogScale, widestTick, zeroBasedScale } from '../axis.ts';
import { chartWords, emptyLayout, extremes, type ChartWords } from '../describe.ts';
import { formatValue, withUnit } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { insideFrame, keepNonOverlapping, spreadLabels } from '../labels.ts';
import { blockHeight, chartFontSize, textBox, textWidth, truncateText } from '../text.ts';
import type { Box, DotMark, LayoutBase, Line, SizeRequest, TextLabel, Tick, ValueFormat } from '../types.ts';

export interface ScatterPoint {
  label: string;
  x: number | null;
  y: number | null;
}

export interface ScatterAxisOptions {
  label: string;
  unit?: string;
  format?: ValueFormat;
  scale?: 'linear' | 'log';
}

export interface ScatterOptions {
  x: ScatterAxisOptions;
  y: ScatterAxisOptions;
  /** Label this many points with the largest y (default 5). */
  labelTop?: number;
  /** Always try to label these points (by label), before the top ones. */
  labelNames?: string[];
}

export interface ScatterLayout extends LayoutBase {
  dots: (DotMark & { label: string })[];
}

type Complete = ScatterPoint & { x: number; y: number };
type AxisScale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

function makeScale(values: number[], axis: ScatterAxisOptions, range: [number, number]): AxisScale {
  return axis.scale === 'log' ? positiveLogScale(values, range) : zeroBasedScale(values, range);
}

function axisTicks(scale: AxisScale, axis: ScatterAxisOptions, length: number, orientation: 'horizontal' | 'vertical', fontSize: number, locale: Locale): Tick[] {
  const options = { length, orientation, fontSize, percent: axis.format?.style === 'percent', locale };
  return axis.scale === 'log' ? logTicks(scale as ScaleLogarithmic<number, number>, options) : linearTicks(scale as ScaleLinear<number, number>, options);
}

export function layoutScatter(points: ScatterPoint[], size: SizeRequest, options: ScatterOptions): ScatterLayout {
  const { width, locale } = size;
  const words = chartWords(locale);
  const { t } = words;
  const fontSize = chartFontSize(width);
  const smallFont = fontSize - 1;
  const notes: string[] = [];
  const complete: Complete[] = [];
  for (const p of points) {
    if (p.x === null || p.y === null) {
      notes.push(words.unpublished(p.label));
    } else if ((options.x.scale === 'log' && p.x <= 0) || (options.y.scale === 'log' && p.y <= 0)) {
      notes.push(t('scatter.notOnLogAxis', { label: p.label }));
    } else {
      complete.push(p as Complete);
    }
  }
  if (complete.length === 0) return { ...emptyLayout(width, notes, fontSize, words.locale), dots: [] };

  const height = size.height ?? Math.round(width < 480 ? width * 0.95 : Math.min(560, width * 0.6));
  const lineHeight = blockHeight(1, smallFont);
  const yTitle = withUnit(options.y.label, options.y.unit, words.locale);
  const xTitle = withUnit(options.x.label, options.x.unit, words.locale);
  // Room for the axis title and half of the top tick label below it.
  const plotTop = 4 + lineHeight * 1.5 + 4;
  const plotBottom = height - 4 - lineHeight * 2 - 6;
  const y = makeScale(complete.map((p) => p.y), options.y, [plotBottom, plotTop]);
  const yTicks = axisTicks(y, options.y, plotBottom - plotTop, 'vertical', smallFont, words.locale);
  const plotLeft = widestTick(yTicks, smallFont) + 10;
  const plotRight = width - 8;
  const x = makeScale(complete.map((p) => p.x), options.x, [plotLeft, plotRight]);
  const xTicks = axisTicks(x, options.x, plotRight - plotLeft, 'horizontal', smallFont, words.locale);

  const left = leftAxis(yTicks, plotLeft, plotRight, smallFont);
  const bottom = bottomAxis(xTicks, plotBottom, plotTop, width, smallFont);
  const lines: Line[] = [...left.lines, ...bottom.lines];
  // In the bottom-left corner the lowest y tick and the first x tick can meet: the x tick gives way.
  const xTickTexts = keepNonOverlapping(bottom.texts.map(textBox), left.texts.map(textBox)).map((i) => bottom.texts[i] as TextLabel);
  const texts: TextLabel[] = [
    ...left.texts,
    ...xTickTexts,
    { x: 0, y: 4 + lineHeight / 2, lines: [yTitle], full: yTitle, anchor: 'start', fontSize: smallFont, role: 'axis', tone: 'muted' },
    { x: plotRight, y: height - 4 - lineHeight / 2, lines: [xTitle], full: xTitle, anchor: 'end', fontSize: smallFont, role: 'axis', tone: 'muted' },
  ];

  const r = 4;
  const dots = complete.map((p) => ({
    cx: x(p.x),
    cy: y(p.y),
    r,
    label: p.label,
    tip: t('scatter.tip', { label: p.label, xLabel: options.x.label, x: axisValue(p.x, options.x, words.locale), yLabel: options.y.label, y: axisValue(p.y, options.y, words.locale) }),
    series: 1,
  }));

  texts.push(...placePointLabels(dots, complete, options, { plotLeft, plotRight, plotTop, plotBottom, width, fontSize: smallFont }, texts, lines));

  return { width, height, description: describe(complete, options, notes.length, words), notes, texts, lines, legend: [], dots };
}

/** A value as its axis writes it. */
function axisValue(value: number, axis: ScatterAxisOptions, locale: Locale): string {
  return formatValue(value, axis.format ?? { unit: axis.unit ?? '' }, locale);
}

interface Frame {
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  width: number;
  fontSize: number;
}

function placePointLabels(dots: ScatterLayout['dots'], points: Complete[], options: ScatterOptions, frame: Frame, axisTexts: TextLabel[], lines: Line[]): TextLabel[] {
  const named = (options.labelNames ?? []).flatMap((name) => {
    const index = points.findIndex((p) => p.label === name);
    return index >= 0 ? [index] : [];
  });
  const byY = points.map((_, i) => i).sort((a, b) => (points[b]?.y ?? 0) - (points[a]?.y ?? 0));
  const chosen = [...new Set([...named, ...byY.slice(0, options.labelTop ?? 5)])];
  const lineHeight = blockHeight(1, frame.fontSize);
  const maxLabelWidth = Math.max(frame.fontSize * 4, (frame.plotRight - frame.plotLeft) * 0.4);

  // Side: right of the dot unless the dot is in the right 45% of the plot or the label would leave the frame.
  const candidates = chosen.map((index) => {
    const dot = dots[index] as ScatterLayout['dots'][number];
    const text = truncateText(dot.label, maxLabelWidth, frame.fontSize);
    const labelWidth = textWidth(text.shown, frame.fontSize);
    const preferLeft = dot.cx > frame.plotLeft + (frame.plotRight - frame.plotLeft) * 0.55;
    const fitsRight = dot.cx + dot.r + 4 + labelWidth <= frame.width;
    const fitsLeft = dot.cx - dot.r - 4 - labelWidth >= 0;
    const side = (preferLeft && fitsLeft) || !fitsRight ? ('end' as const) : ('start' as const);
    return { index, dot, text, side };
  });

  const placed: { label: TextLabel; dot: ScatterLayout['dots'][number]; priority: number }[] = [];
  for (const side of ['start', 'end'] as const) {
    const group = candidates.filter((c) => c.side === side);
    const spread = spreadLabels(group.map((c) => ({ position: c.dot.cy, size: lineHeight })), frame.plotTop - lineHeight, frame.plotBottom, 1);
    group.forEach((c, i) => {
      const labelY = spread.positions[i] ?? c.dot.cy;
      const labelX = side === 'start' ? c.dot.cx + c.dot.r + 4 : c.dot.cx - c.dot.r - 4;
      placed.push({ dot: c.dot, priority: chosen.indexOf(c.index), label: { x: labelX, y: labelY, lines: [c.text.shown], full: c.text.full, anchor: side, fontSize: frame.fontSize, role: 'value' } });
    });
  }
  placed.sort((a, b) => a.priority - b.priority);

  // Dots are obstacles for every label except the one it names. A label that
  // collides where the spread put it tries beside its dot on either side,
  // then above and below; if all collide it is left to the tooltip.
  const dotBox = (d: { cx: number; cy: number; r: number }): Box => ({ x: d.cx - d.r, y: d.cy - d.r, width: d.r * 2, height: d.r * 2 });
  const obstacles = [...axisTexts.map(textBox)];
  const kept: TextLabel[] = [];
  for (const p of placed) {
    const others = dots.filter((d) => d !== p.dot).map(dotBox);
    const { dot } = p;
    const gap = dot.r + 4;
    const alternatives: TextLabel[] = [
      p.label,
      { ...p.label, x: dot.cx + gap, y: dot.cy, anchor: 'start' },
      { ...p.label, x: dot.cx - gap, y: dot.cy, anchor: 'end' },
      { ...p.label, x: dot.cx, y: dot.cy - dot.r - 2 - lineHeight / 2, anchor: 'middle' },
      { ...p.label, x: dot.cx, y: dot.cy + dot.r + 2 + lineHeight / 2, anchor: 'middle' },
    ];
    const choice = alternatives.find((label) => {
      const box = textBox(label);
      return insideFrame(box, frame.width, frame.plotBottom) && keepNonOverlapping([box], [...obstacles, ...others]).length === 1;
    });
    if (!choice) continue;
    obstacles.push(textBox(choice));
    kept.push(choice);
    if (choice === p.label && Math.abs(choice.y - dot.cy) > lineHeight / 3) {
      lines.push({ x1: dot.cx, y1: dot.cy, x2: choice.x, y2: choice.y, kind: 'leader' });
    }
  }
  return kept;
}

/** Pearson correlation of the values as plotted (logs on a log axis). */
function correlation(points: Complete[], options: ScatterOptions): number {
  const tx = (v: number): number => (options.x.scale === 'log' ? Math.log10(v) : v);
  const ty = (v: number): number => (options.y.scale === 'log' ? Math.log10(v) : v);
  const xs = points.map((p) => tx(p.x));
  const ys = points.map((p) => ty(p.y));
  const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((xv, i) => {
    const dx = xv - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

function describe(points: Complete[], options: ScatterOptions, skipped: number, { t, locale }: ChartWords): string {
  const log = options.x.scale === 'log' || options.y.scale === 'log' ? t('scatter.describe.log') : '';
  const head = t('scatter.describe.axes', { count: points.length, x: options.x.label, y: options.y.label, log });
  const ends = extremes(points, (p) => p.y);
  const top = ends ? t('scatter.describe.top', { y: options.y.label, label: ends.max.label, value: axisValue(ends.max.y, options.y, locale) }) : '';
  let relation = '';
  if (points.length >= 5) {
    const r = correlation(points, options);
    const strength = Math.abs(r) >= 0.7 ? 'strong' : Math.abs(r) >= 0.4 ? 'moderate' : null;
    relation = strength ? t(`scatter.describe.${strength}${r > 0 ? 'Positive' : 'Negative'}`) : t('scatter.describe.uncorrelated');
  }
  const skippedText = skipped > 0 ? t('scatter.describe.skipped', { count: skipped }) : '';
  return head + top + relation + skippedText;
}
