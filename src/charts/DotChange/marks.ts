/** Slope chart: per row one focusable group of the slope line and its two end dots. */
import { s } from 'hastscript';
import type { ChartMarks } from '../chart-svg.ts';
import { markElement, n, usedSlots } from '../svg.ts';
import type { DotChangeLayout } from './layout.ts';

export function dotChangeMarks(layout: DotChangeLayout, uid: string): ChartMarks {
  const slopes = layout.slopes.map((slope) =>
    markElement('g', slope, uid, 'slope-group', {}, [
      s('line', { class: `slope s${slope.series}${slope.faded ? ' faded' : ''}`, x1: n(slope.x1), y1: n(slope.y1), x2: n(slope.x2), y2: n(slope.y2) }),
      s('circle', { cx: n(slope.x1), cy: n(slope.y1), r: slope.r }),
      s('circle', { cx: n(slope.x2), cy: n(slope.y2), r: slope.r }),
    ]),
  );
  return { elements: [s('g', { class: 'chart-marks' }, slopes)], slots: usedSlots(layout.slopes) };
}
