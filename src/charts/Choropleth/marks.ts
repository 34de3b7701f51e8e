/**
 * World map: the globe's outline and the land without data under the marks,
 * then one path per country with data and a dot for each country too small
 * to see at this size.
 */
import { s } from 'hastscript';
import type { ChartMarks } from '../chart-svg.ts';
import { markElement, n, usedSlots } from '../svg.ts';
import type { ChoroplethLayout } from './layout.ts';

export function choroplethMarks(layout: ChoroplethLayout, uid: string): ChartMarks {
  const countries = layout.countries.map((c) => markElement('path', c, uid, 'country', { d: c.d, 'data-code': c.code }));
  const dots = layout.small
    .flatMap((small) => (small.dot ? [small.dot] : []))
    .map((dot) => markElement('circle', dot, uid, 'small-dot', { cx: n(dot.cx), cy: n(dot.cy), r: dot.r }));
  return {
    elements: [
      s('path', { class: 'sphere', d: layout.sphere }),
      s('path', { class: 'country nodata', d: layout.noData }),
      s('g', { class: 'chart-marks' }, [...countries, ...dots]),
    ],
    slots: usedSlots(layout.countries),
  };
}
