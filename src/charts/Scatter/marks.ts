/** Scatter: one <circle> per point (labels are texts of the layout). */
import { s } from 'hastscript';
import type { ChartMarks } from '../chart-svg.ts';
import { markElement, n, usedSlots } from '../svg.ts';
import type { ScatterLayout } from './layout.ts';

export function scatterMarks(layout: ScatterLayout, uid: string): ChartMarks {
  const dots = layout.dots.map((d) => markElement('circle', d, uid, 'dot', { cx: n(d.cx), cy: n(d.cy), r: d.r }));
  return { elements: [s('g', { class: 'chart-marks' }, dots)], slots: usedSlots(layout.dots) };
}
