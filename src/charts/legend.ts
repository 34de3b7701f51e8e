/**
 * Legend laid out as a flowing row of swatch + label pairs that wraps to the
 * next row when the width runs out (so it works at 320 px and 1200 px alike).
 */
import { blockHeight, textWidth, truncateText } from './text.ts';
import type { LegendSwatch, TextLabel } from './types.ts';

export interface LegendEntry {
  label: string;
  series: number;
  step?: number;
}

export interface LegendLayout {
  swatches: LegendSwatch[];
  texts: TextLabel[];
  /** Total height used, 0 when there are no entries. */
  height: number;
}

export function flowLegend(entries: LegendEntry[], x0: number, y0: number, maxWidth: number, fontSize: number): LegendLayout {
  const swatchSize = Math.round(fontSize * 0.9);
  const rowHeight = blockHeight(1, fontSize) + 4;
  const itemGap = 14;
  const swatches: LegendSwatch[] = [];
  const texts: TextLabel[] = [];
  let x = x0;
  let row = 0;
  for (const entry of entries) {
    const label = truncateText(entry.label, maxWidth - swatchSize - 4, fontSize);
    const itemWidth = swatchSize + 4 + textWidth(label.shown, fontSize);
    if (x > x0 && x + itemWidth > x0 + maxWidth) {
      row++;
      x = x0;
    }
    const centreY = y0 + row * rowHeight + rowHeight / 2;
    swatches.push({ x, y: centreY - swatchSize / 2, size: swatchSize, series: entry.series, ...(entry.step ? { step: entry.step } : {}), label: entry.label });
    texts.push({ x: x + swatchSize + 4, y: centreY, lines: [label.shown], full: label.full, anchor: 'start', fontSize, role: 'legend' });
    x += itemWidth + itemGap;
  }
  return { swatches, texts, height: entries.length > 0 ? (row + 1) * rowHeight : 0 };
}
