/** Grouped or 100 % stacked bars: one <rect> per category and series. */
import type { ChartMarks } from '../chart-svg.ts';
import { barMarks, usedSlots } from '../svg.ts';
import type { GroupedBarsLayout } from './layout.ts';

export function groupedBarsMarks(layout: GroupedBarsLayout, uid: string): ChartMarks {
  return { elements: [barMarks(layout.bars, uid)], slots: usedSlots(layout.bars) };
}
