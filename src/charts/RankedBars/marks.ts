/** Ranked bars: one <rect> per row, in the layout's order; a fluid layout's bars stretch with the SVG (svg.ts). */
import type { ChartMarks } from '../chart-svg.ts';
import { barMarks, fluidBarMarks, usedSlots } from '../svg.ts';
import type { RankedBarsLayout } from './layout.ts';

export function rankedBarsMarks(layout: RankedBarsLayout, uid: string): ChartMarks {
  const marks = layout.fluid ? fluidBarMarks(layout.bars, uid, layout.fluid, layout.rowTips !== undefined) : barMarks(layout.bars, uid);
  return { elements: [marks], slots: usedSlots(layout.bars) };
}
