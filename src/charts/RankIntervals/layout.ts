/**
 * Rank intervals: one row per item in the order given, a line from its best
 * to its worst rank under some set of methods, a dot at its median rank and a
 * short upright tick at a reference rank (the published one). Rank 1 is on
 * the left; labels sit in a left column, as in ranked bars.
 */
import { scaleLinear } from 'd3-scale';
import { bottomAxis, linearTicks } from '../axis.ts';
import { chartWords, describeHighlights, emptyLayout, extremes, type ChartWords } from '../describe.ts';
import { formatNumber } from '../../i18n/format.ts';
import { blockHeight, chartFontSize, textWidth, truncateText } from '../text.ts';
import type { Box, LayoutBase, Mark, SizeRequest, TextLabel } from '../types.ts';

export interface RankIntervalsRow {
  label: string;
  best: number;
  median: number;
  worst: number;
  /** The rank to compare with, drawn as a tick (e.g. the published rank). */
  reference: number;
  highlight?: boolean;
}

export interface RankIntervalsOptions {
  /** What the axis counts, e.g. "名次" / "Rank". */
  valueLabel: string;
  /** What the tick is, for tooltips and the description, e.g. "报告排名" / "published rank". */
  referenceLabel: string;
}

/** One row: its range line, median dot and reference tick, focusable as a group. */
export interface IntervalMark extends Mark {
  y: number;
  xBest: number;
  xWorst: number;
  xMedian: number;
  xReference: number;
  /** Half the height of the reference tick. */
  half: number;
  r: number;
}

export interface RankIntervalsLayout extends LayoutBase {
  intervals: IntervalMark[];
  plot: Box;
}

export function layoutRankIntervals(rows: RankIntervalsRow[], size: SizeRequest, options: RankIntervalsOptions): RankIntervalsLayout {
  const { width, locale } = size;
  const words = chartWords(locale);
  const { t } = words;
  const fontSize = chartFontSize(width) - 1;
  const tickFont = fontSize - 1;
  if (rows.length === 0) return { ...emptyLayout(width, [], fontSize, words.locale), intervals: [], plot: { x: 0, y: 0, width, height: 0 } };

  const columnCap = width < 480 ? Math.round(width * 0.36) : Math.min(220, Math.round(width * 0.28));
  const labelWidth = Math.max(40, Math.min(columnCap, Math.max(...rows.map((r) => textWidth(r.label, fontSize)))));
  const plotLeft = labelWidth + 10;
  const plotRight = width - 8;
  const lastRank = Math.max(...rows.map((r) => Math.max(r.worst, r.reference)));
  const x = scaleLinear().domain([1, lastRank]).range([plotLeft, plotRight]);

  const pitch = Math.round(blockHeight(1, fontSize) + 3);
  const top = 4;
  const plotBottom = top + rows.length * pitch;
  const ticks = linearTicks(x, { length: plotRight - plotLeft, orientation: 'horizontal', fontSize: tickFont, percent: false, locale: words.locale });
  const axis = bottomAxis(ticks, plotBottom, top, width, tickFont);
  const axisTitleY = plotBottom + 4 + blockHeight(1, tickFont) + 4 + blockHeight(1, tickFont) / 2;
  const height = Math.ceil(axisTitleY + blockHeight(1, tickFont) / 2 + 4);

  const anyHighlight = rows.some((r) => r.highlight);
  const rank = (value: number) => formatNumber(value, Number.isInteger(value) ? 0 : 1, words.locale);
  const texts: TextLabel[] = [...axis.texts];
  const intervals: IntervalMark[] = rows.map((row, i) => {
    const y = top + i * pitch + pitch / 2;
    const shown = truncateText(row.label, labelWidth, fontSize).shown;
    texts.push({ x: plotLeft - 10, y, lines: [shown], full: row.label, anchor: 'end', fontSize, role: 'category', bold: Boolean(row.highlight) });
    return {
      y,
      xBest: x(row.best),
      xWorst: x(row.worst),
      xMedian: x(row.median),
      xReference: x(row.reference),
      half: pitch / 2 - 1,
      r: Math.max(2.5, pitch / 5),
      tip: t('rankIntervals.tip', { label: row.label, referenceLabel: options.referenceLabel, reference: rank(row.reference), best: rank(row.best), median: rank(row.median), worst: rank(row.worst) }),
      series: 1,
      highlight: Boolean(row.highlight),
      faded: anyHighlight && !row.highlight,
    };
  });
  texts.push({ x: plotLeft, y: axisTitleY, lines: [options.valueLabel], full: options.valueLabel, anchor: 'start', fontSize: tickFont, role: 'axis', tone: 'muted' });

  return {
    width,
    height,
    description: describe(rows, options, rank, words),
    notes: [],
    texts,
    lines: axis.lines,
    legend: [],
    intervals,
    plot: { x: plotLeft, y: top, width: plotRight - plotLeft, height: plotBottom - top },
  };
}

function describe(rows: RankIntervalsRow[], options: RankIntervalsOptions, rank: (v: number) => string, words: ChartWords): string {
  const { t } = words;
  const ends = extremes(rows, (r) => r.worst - r.best);
  const highlighted = rows.filter((r) => r.highlight).map((r) => r.label);
  const span = (r: RankIntervalsRow) => ({ label: r.label, best: rank(r.best), worst: rank(r.worst) });
  return t('rankIntervals.describe', {
    count: rows.length,
    referenceLabel: options.referenceLabel,
    widest: ends ? t('rankIntervals.describe.span', span(ends.max)) : '',
    narrowest: ends ? t('rankIntervals.describe.span', span(ends.min)) : '',
    highlight: describeHighlights(highlighted, words),
  });
}
