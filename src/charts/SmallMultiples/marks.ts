/**
 * Small multiples: the bars of every panel in one marks group (panel titles are texts of the
 * layout). Each bar says its panel and item (data-panel, data-item), so the arrow keys can go
 * to the same item in the panel before or after (mark-navigation.ts).
 */
import { s } from 'hastscript';
import type { ChartMarks } from '../chart-svg.ts';
import { markElement, n, usedSlots } from '../svg.ts';
import type { SmallMultiplesLayout } from './layout.ts';

export function smallMultiplesMarks(layout: SmallMultiplesLayout, uid: string): ChartMarks {
  const bars = layout.bars.map((bar) =>
    markElement('rect', bar, uid, '', { x: n(bar.x), y: n(bar.y), width: n(bar.width), height: n(bar.height), dataPanel: bar.panel, dataItem: bar.item }),
  );
  return { elements: [s('g', { class: 'chart-marks' }, bars)], slots: usedSlots(layout.bars) };
}
