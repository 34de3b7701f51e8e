/** Waffle: per part one focusable group of its squares. */
import { s } from 'hastscript';
import type { ChartMarks } from '../chart-svg.ts';
import { markElement, n, usedSlots } from '../svg.ts';
import type { WaffleLayout } from './layout.ts';

export function waffleMarks(layout: WaffleLayout, uid: string): ChartMarks {
  const groups = layout.groups.map((group) =>
    markElement(
      'g',
      group,
      uid,
      'waffle-part',
      {},
      group.cells.map((c) => s('rect', { class: 'waffle-cell', x: n(c.x), y: n(c.y), width: n(c.size), height: n(c.size) })),
    ),
  );
  return { elements: [s('g', { class: 'chart-marks' }, groups)], slots: usedSlots(layout.groups) };
}
