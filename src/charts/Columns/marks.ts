/** Columns (<rect>) or points (<circle>) for published years; forecasts carry the forecast class. */
import { s } from 'hastscript';
import type { ChartMarks } from '../chart-svg.ts';
import { markElement, n, usedSlots } from '../svg.ts';
import type { ColumnsLayout } from './layout.ts';

/** Radius of a point in point mode. */
const POINT_RADIUS = 5;

export function columnsMarks(layout: ColumnsLayout, uid: string): ChartMarks {
  const marks = layout.marks.map((m) =>
    layout.mode === 'column'
      ? markElement('rect', m, uid, m.forecast ? 'forecast' : '', { x: n(m.x), y: n(m.y), width: n(m.width), height: n(m.height) })
      : markElement('circle', m, uid, m.forecast ? 'forecast' : '', { cx: n(m.cx), cy: n(m.cy), r: POINT_RADIUS }),
  );
  return { elements: [s('g', { class: 'chart-marks' }, marks)], slots: usedSlots(layout.marks) };
}
