/**
 * Waffle (unit) chart: a grid of squares, one per counted unit (e.g. 50
 * companies: 30 China, 8 US …), filled part by part in reading order. When the
 * counts are not small whole numbers the grid has 100 squares and each part
 * gets its share by largest remainder, which the description states. The
 * legend carries each part's count and share, so colour is never the only cue.
 */
import { chartWords, emptyLayout } from '../describe.ts';
import { formatNumber, formatTrimmed } from '../../i18n/format.ts';
import { blockHeight, chartFontSize, textWidth, truncateText } from '../text.ts';
import type { LayoutBase, LegendSwatch, Mark, SizeRequest, TextLabel } from '../types.ts';
import { seriesSlot } from '../types.ts';

export interface WafflePart {
  label: string;
  value: number | null;
}

export interface WaffleOptions {
  /** What is counted, e.g. "TOP50企业"; used in the description. */
  valueLabel: string;
  /** Unit of a count, e.g. "家". */
  unit?: string;
  /** Squares per row (default 10). */
  columns?: number;
}

export interface WaffleCell {
  x: number;
  y: number;
  size: number;
}

/** One part: all its squares, focusable as one group. */
export interface WaffleGroup extends Mark {
  label: string;
  cells: WaffleCell[];
}

export interface WaffleLayout extends LayoutBase {
  groups: WaffleGroup[];
  /** Units one square stands for (1 when each square is one unit). */
  unitsPerSquare: number;
}

/** Largest-remainder rounding of `values` to whole squares summing to `total`. */
export function apportion(values: number[], total: number): number[] {
  const sum = values.reduce((s, v) => s + v, 0);
  if (sum <= 0) return values.map(() => 0);
  const exact = values.map((v) => (v / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, v) => s + v, 0);
  const order = exact.map((v, i) => ({ i, remainder: v - Math.floor(v) })).sort((a, b) => b.remainder - a.remainder);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counts;
}

export function layoutWaffle(parts: WafflePart[], size: SizeRequest, options: WaffleOptions): WaffleLayout {
  const { width, locale } = size;
  const words = chartWords(locale);
  const { t } = words;
  const fontSize = chartFontSize(width);
  const unit = options.unit ?? '';
  const notes = parts.filter((p) => p.value === null).map((p) => words.unpublished(p.label));
  const present = parts.filter((p): p is WafflePart & { value: number } => p.value !== null && p.value > 0);
  const total = present.reduce((s, p) => s + p.value, 0);
  if (present.length === 0 || total <= 0) return { ...emptyLayout(width, notes, fontSize, words.locale), groups: [], unitsPerSquare: 1 };

  const wholeUnits = present.every((p) => Number.isInteger(p.value)) && total <= 200;
  const squares = wholeUnits ? total : 100;
  const counts = wholeUnits ? present.map((p) => p.value) : apportion(present.map((p) => p.value), 100);
  const columns = options.columns ?? 10;
  const rows = Math.ceil(squares / columns);

  // Legend entries: "中国 30家（60%）". Shares are derived, so the notes say so; they are written
  // to one decimal as computed (24 of 64 is 37.5%, not a rounded 38%), never rounded to make 100.
  const shareTexts = present.map((p) => `${formatTrimmed((100 * p.value) / total, 1, words.locale)}%`);
  notes.push(t('waffle.derivedShares'));
  const entries = present.map((p, i) => ({
    label: p.label,
    text: t('waffle.legendValue', { value: formatNumber(p.value, Number.isInteger(p.value) ? 0 : 1, words.locale), unit, share: shareTexts[i] ?? '' }),
    series: seriesSlot(i),
  }));
  const swatchSize = Math.round(fontSize * 0.9);
  const lineHeight = blockHeight(1, fontSize);
  const legendWidth = Math.max(...entries.map((e) => swatchSize + 6 + textWidth(`${e.label} ${e.text}`, fontSize)));
  // Legend to the right when it and a grid of ≥ 14 px squares fit side by side, else below.
  const gap = 2;
  const sideBySide = width - legendWidth - 24 >= columns * 16;
  const gridWidth = sideBySide ? Math.min(width - legendWidth - 24, columns * 28) : Math.min(width, columns * 28);
  const cell = Math.max(6, Math.floor((gridWidth + gap) / columns) - gap);
  const gridHeight = rows * (cell + gap) - gap;

  const groups: WaffleGroup[] = [];
  let index = 0;
  present.forEach((p, i) => {
    const cells: WaffleCell[] = [];
    for (let k = 0; k < (counts[i] ?? 0); k++, index++) {
      cells.push({ x: (index % columns) * (cell + gap), y: Math.floor(index / columns) * (cell + gap), size: cell });
    }
    const tip = t('waffle.tip', { label: p.label, value: formatTrimmed(p.value, 1, words.locale), unit, share: shareTexts[i] ?? '' });
    groups.push({ label: p.label, cells, tip, series: seriesSlot(i) });
  });

  const legendX = sideBySide ? columns * (cell + gap) + 22 : 0;
  // Start two pixels down: browsers box CJK text a little taller than its font size.
  const legendTop = sideBySide ? 2 : gridHeight + 12;
  const legendMax = width - legendX;
  const legend: LegendSwatch[] = [];
  const texts: TextLabel[] = [];
  entries.forEach((entry, i) => {
    const centreY = legendTop + i * (lineHeight + 4) + lineHeight / 2;
    legend.push({ x: legendX, y: centreY - swatchSize / 2, size: swatchSize, series: entry.series, label: entry.label });
    const full = `${entry.label} ${entry.text}`;
    const name = truncateText(entry.label, legendMax - swatchSize - 6 - textWidth(` ${entry.text}`, fontSize), fontSize);
    texts.push({ x: legendX + swatchSize + 6, y: centreY, lines: [`${name.shown} ${entry.text}`], full, anchor: 'start', fontSize, role: 'legend' });
  });
  const legendHeight = entries.length * (lineHeight + 4);
  const height = Math.ceil(sideBySide ? Math.max(gridHeight, legendHeight) : legendTop + legendHeight) + 2;

  const unitsPerSquare = wholeUnits ? 1 : total / 100;
  const scale = wholeUnits
    ? t('waffle.describe.wholeUnits', { unit })
    : t('waffle.describe.shares', { value: formatTrimmed(unitsPerSquare, 1, words.locale), unit, squares: formatNumber(100, 0, words.locale) });
  const listing = present.map((p) => t('waffle.describe.part', { label: p.label, value: formatTrimmed(p.value, 1, words.locale), unit }));
  const description = t('waffle.describe', { valueLabel: options.valueLabel, total: formatTrimmed(total, 1, words.locale), unit, parts: words.list(listing), scale });

  return { width, height, description, notes, texts, lines: [], legend, groups, unitsPerSquare };
}
