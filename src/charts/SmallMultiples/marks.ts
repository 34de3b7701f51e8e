/** Small multiples: the bars of every panel in one marks group (panel titles are texts of the layout). */
import type { ChartMarks } from '../chart-svg.ts';
import { barMarks, usedSlots } from '../svg.ts';
import type { SmallMultiplesLayout } from './layout.ts';

export function smallMultiplesMarks(layout: SmallMultiplesLayout, uid: string): ChartMarks {
  return { elements: [barMarks(layout.bars, uid)], slots: usedSlots(layout.bars) };
}
