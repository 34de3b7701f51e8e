/**
 * Slope chart for a change between two points in time (e.g. grant rate 2015
 * 68% → 2020 12%): one line per row from its "from" value on the left axis to
 * its "to" value on the right. Values are direct-labelled on both sides; the
 * labels are spread with labels.ts so they never overlap, with a leader line
 * when a label had to move away from its dot.
 */
import { scaleLinear } from 'd3-scale';
import { chartWords, emptyLayout, extremes, type ChartWords } from '../describe.ts';
import { formatNumber, formatValue, withUnit, withUnitWord } from '../../i18n/format.ts';
import { spreadLabels } from '../labels.ts';
import { blockHeight, chartFontSize, textWidth, truncateText } from '../text.ts';
import type { LayoutBase, Line, Mark, SizeRequest, TextLabel, ValueFormat } from '../types.ts';

export interface DotChangeRow {
  label: string;
  from: number | null;
  to: number | null;
  highlight?: boolean;
}

export interface DotChangeOptions {
  /** Names of the two points, e.g. "2015年" and "2020年". */
  fromLabel: string;
  toLabel: string;
  valueLabel: string;
  unit?: string;
  format?: ValueFormat;
}

/** One row: its slope line and two dots, focusable as a group. */
export interface SlopeMark extends Mark {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  r: number;
}

export interface DotChangeLayout extends LayoutBase {
  slopes: SlopeMark[];
}

type Complete = DotChangeRow & { from: number; to: number };

export function layoutDotChange(rows: DotChangeRow[], size: SizeRequest, options: DotChangeOptions): DotChangeLayout {
  const { width, locale } = size;
  const words = chartWords(locale);
  const { t } = words;
  const fontSize = chartFontSize(width);
  const smallFont = fontSize - 1;
  const format: ValueFormat = options.format ?? { unit: options.unit ?? '' };
  const notes = rows.flatMap((r) => {
    const missing = [r.from === null ? options.fromLabel : '', r.to === null ? options.toLabel : ''].filter(Boolean);
    return missing.length > 0 ? [words.unpublished(t('dotChange.missingPoints', { label: r.label, points: words.enumerate(missing) }))] : [];
  });
  const complete = rows.filter((r): r is Complete => r.from !== null && r.to !== null);
  if (complete.length === 0) return { ...emptyLayout(width, notes, fontSize, words.locale), slopes: [] };

  const lineHeight = blockHeight(1, fontSize);
  const fromTexts = complete.map((r) => formatValue(r.from, format, words.locale));
  const toTexts = complete.map((r) => formatValue(r.to, format, words.locale));
  const narrow = width < 480;
  // Names go left of the left dots; on wide charts they are repeated right of the right dots.
  const leftCap = Math.round(width * (narrow ? 0.42 : 0.3));
  const leftWidth = Math.min(leftCap, Math.max(...complete.map((r, i) => textWidth(`${r.label} ${fromTexts[i]}`, fontSize))));
  const rightCap = narrow ? Math.max(...toTexts.map((t) => textWidth(t, fontSize))) : Math.round(width * 0.3);
  const rightWidth = Math.min(rightCap, Math.max(...complete.map((r, i) => textWidth(narrow ? (toTexts[i] ?? '') : `${toTexts[i]} ${r.label}`, fontSize))));
  const r = 4;
  const xLeft = leftWidth + 8 + r;
  const xRight = width - rightWidth - 8 - r;

  const titleText = withUnit(options.valueLabel, options.unit, words.locale);
  const titleY = 4 + blockHeight(1, smallFont) / 2;
  const headerY = titleY + blockHeight(1, smallFont) / 2 + 4 + lineHeight / 2;
  const plotTop = headerY + lineHeight / 2 + 4 + lineHeight / 2;
  const height = size.height ?? Math.round(Math.max(180, plotTop + complete.length * lineHeight * 1.8 + 40));
  const plotBottom = height - lineHeight / 2 - 4;

  const values = complete.flatMap((row) => [row.from, row.to]);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .range([plotBottom, plotTop]);
  if (y.domain()[0] === y.domain()[1]) y.domain([0, 1]);

  const anyHighlight = complete.some((row) => row.highlight);
  const slopes: SlopeMark[] = complete.map((row, i) => ({
    x1: xLeft,
    y1: y(row.from),
    x2: xRight,
    y2: y(row.to),
    r,
    tip: t('dotChange.tip', { label: row.label, fromLabel: options.fromLabel, from: fromTexts[i] ?? '', toLabel: options.toLabel, to: toTexts[i] ?? '' }),
    series: 1,
    highlight: Boolean(row.highlight),
    faded: anyHighlight && !row.highlight,
  }));

  const texts: TextLabel[] = [
    { x: 0, y: titleY, lines: [titleText], full: titleText, anchor: 'start', fontSize: smallFont, role: 'axis', tone: 'muted' },
  ];
  for (const [x, text] of [[xLeft, options.fromLabel], [xRight, options.toLabel]] as const) {
    // Column headers are centred on the axis but kept inside the frame.
    const half = textWidth(text, fontSize) / 2;
    texts.push({ x: Math.min(Math.max(x, half), width - half), y: headerY, lines: [text], full: text, anchor: 'middle', fontSize, role: 'axis', bold: true });
  }
  const lines: Line[] = [
    { x1: xLeft, y1: plotTop - lineHeight / 2, x2: xLeft, y2: plotBottom, kind: 'axis' },
    { x1: xRight, y1: plotTop - lineHeight / 2, x2: xRight, y2: plotBottom, kind: 'axis' },
  ];

  const sides = [
    { anchor: 'end' as const, x: xLeft - r - 6, ys: slopes.map((s) => s.y1), text: (i: number) => labelWithValue(complete[i]?.label ?? '', fromTexts[i] ?? '', leftWidth, fontSize, 'name-first') },
    { anchor: 'start' as const, x: xRight + r + 6, ys: slopes.map((s) => s.y2), text: (i: number) => (narrow ? (toTexts[i] ?? '') : labelWithValue(complete[i]?.label ?? '', toTexts[i] ?? '', rightWidth, fontSize, 'value-first')) },
  ];
  for (const side of sides) {
    const spread = spreadLabels(side.ys.map((position) => ({ position, size: lineHeight })), plotTop - lineHeight / 2, height - 2, 1);
    spread.positions.forEach((labelY, i) => {
      const text = side.text(i);
      const row = complete[i];
      const full = side.anchor === 'end' ? `${row?.label} ${fromTexts[i]}` : narrow ? text : `${toTexts[i]} ${row?.label}`;
      texts.push({ x: side.x, y: labelY, lines: [text], full, anchor: side.anchor, fontSize, role: 'value', bold: Boolean(row?.highlight) });
      const dotY = side.ys[i] ?? labelY;
      if (Math.abs(labelY - dotY) > lineHeight / 3) {
        const dotX = side.anchor === 'end' ? xLeft - r : xRight + r;
        lines.push({ x1: dotX, y1: dotY, x2: side.x + (side.anchor === 'end' ? 2 : -2), y2: labelY, kind: 'leader' });
      }
    });
  }

  return { width, height, description: describe(complete, fromTexts, toTexts, options, notes.length, words), notes, texts, lines, legend: [], slopes };
}

/** "蚂蚁集团 68%" truncated on the name so the value always shows. */
function labelWithValue(name: string, value: string, maxWidth: number, fontSize: number, order: 'name-first' | 'value-first'): string {
  const room = maxWidth - textWidth(`${value} `, fontSize);
  const shown = truncateText(name, Math.max(room, fontSize), fontSize).shown;
  return order === 'name-first' ? `${shown} ${value}` : `${value} ${shown}`;
}

/** The size of a change: percentages change by percentage points (zh-CN "56个百分点"), other units by their unit. */
function changeAmount(magnitude: number, options: DotChangeOptions, locale: ChartWords['locale']): string {
  return options.format?.style === 'percent'
    ? withUnitWord(formatNumber(magnitude, options.format.decimals ?? 0, locale), 'percentage_point', locale)
    : formatValue(magnitude, options.format ?? { unit: options.unit ?? '' }, locale);
}

function describe(rows: Complete[], fromTexts: string[], toTexts: string[], options: DotChangeOptions, missing: number, { t, locale }: ChartWords): string {
  const missingText = missing > 0 ? t('dotChange.describe.missing', { count: missing }) : '';
  // "蚂蚁集团的授权率从2015年的68%降至2020年的12%，下降56个百分点"
  const sentence = (row: Complete, i: number): string => {
    const difference = row.to - row.from;
    const vars = { label: row.label, valueLabel: options.valueLabel, fromLabel: options.fromLabel, from: fromTexts[i] ?? '', toLabel: options.toLabel, to: toTexts[i] ?? '' };
    if (difference === 0) return t('dotChange.describe.same', vars);
    const amount = `${changeAmount(Math.abs(difference), options, locale)}${t('chart.derivedMark')}`;
    return t(difference < 0 ? 'dotChange.describe.down' : 'dotChange.describe.up', { ...vars, amount });
  };
  if (rows.length === 1) return t('dotChange.describe.single', { sentence: sentence(rows[0] as Complete, 0), missing: missingText });
  const down = rows.filter((row) => row.to < row.from).length;
  const up = rows.filter((row) => row.to > row.from).length;
  const indexed = rows.map((row, i) => ({ row, i, change: row.to - row.from }));
  const ends = extremes(indexed, (e) => Math.abs(e.change));
  const biggest = ends ? t('dotChange.describe.biggest', { sentence: sentence(ends.max.row, ends.max.i) }) : '';
  return t('dotChange.describe.summary', { fromLabel: options.fromLabel, toLabel: options.toLabel, count: rows.length, down, up, biggest, missing: missingText });
}
