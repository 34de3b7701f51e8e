/** Ranked bars: one <rect> per row, in the layout's order. */
import type { ChartMarks } from '../chart-svg.ts';
import { barMarks, usedSlots } from '../svg.ts';
import type { RankedBarsLayout } from './layout.ts';

export function rankedBarsMarks(layout: RankedBarsLayout, uid: string): ChartMarks {
  return { elements: [barMarks(layout.bars, uid)], slots: usedSlots(layout.bars) };
}
