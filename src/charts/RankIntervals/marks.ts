/** Rank intervals: per row one focusable group of its range line, median dot and reference tick. */
import { s } from 'hastscript';
import type { ChartMarks } from '../chart-svg.ts';
import { markElement, n, usedSlots } from '../svg.ts';
import type { RankIntervalsLayout } from './layout.ts';

export function rankIntervalsMarks(layout: RankIntervalsLayout, uid: string): ChartMarks {
  const rows = layout.intervals.map((m) =>
    markElement('g', m, uid, 'rank-interval', {}, [
      s('line', { class: 'interval-range', x1: n(m.xBest), y1: n(m.y), x2: n(m.xWorst), y2: n(m.y) }),
      s('line', { class: 'interval-reference', x1: n(m.xReference), y1: n(m.y - m.half), x2: n(m.xReference), y2: n(m.y + m.half) }),
      s('circle', { class: 'interval-median', cx: n(m.xMedian), cy: n(m.y), r: n(m.r) }),
    ]),
  );
  return { elements: [s('g', { class: 'chart-marks' }, rows)], slots: usedSlots(layout.intervals) };
}
