/**
 * World map: the globe's outline and the land without data (one shape, and
 * the borders inside it as one line) under the marks, then one path per
 * country with data and a dot for each country too small to see at this
 * size. The land without data is the bulk of a map's bytes and carries no
 * tooltip, so a narrow variant drawn beside a wide one shows the wide one's
 * land, scaled (both are the same projection fitted to their width), instead
 * of a second copy.
 */
import type { ElementContent } from 'hast';
import { s } from 'hastscript';
import type { ChartMarks } from '../chart-svg.ts';
import type { MarksContext } from '../chart-types.ts';
import { markElement, n, usedSlots } from '../svg.ts';
import type { ChoroplethLayout } from './layout.ts';

/** The wider variant's land fits this one when it is the same map, only wider (same aspect, same countries without data). */
function sharedLand(layout: ChoroplethLayout, wider: ChoroplethLayout | undefined): number | undefined {
  if (!wider?.noData || !layout.noData || wider.width <= layout.width) return undefined;
  const scale = layout.width / wider.width;
  const sameShape = wider.projection === layout.projection && Math.abs(wider.mapHeight * scale - layout.mapHeight) < 1;
  return sameShape && wider.noDataCodes === layout.noDataCodes ? scale : undefined;
}

export function choroplethMarks(layout: ChoroplethLayout, uid: string, context: MarksContext<ChoroplethLayout> = {}): ChartMarks {
  const countries = layout.countries.map((c) => markElement('path', c, uid, 'country', { d: c.d, 'data-code': c.code }));
  const dots = layout.small
    .flatMap((small) => (small.dot ? [small.dot] : []))
    .map((dot) => markElement('circle', dot, uid, 'small-dot', { cx: n(dot.cx), cy: n(dot.cy), r: dot.r }));
  const scale = sharedLand(layout, context.wider?.layout);
  const land: ElementContent =
    scale !== undefined && context.wider
      ? s('use', { class: 'land-copy', href: `#${context.wider.uid}-land`, transform: `scale(${Math.round(scale * 1e5) / 1e5})`, 'stroke-width': n(0.5 / scale) })
      : s('g', { id: `${uid}-land` }, [
          s('path', { class: 'country nodata', d: layout.noData }),
          // fill="none" for the copy, which page rules do not reach (the <use> gives it the land's fill).
          layout.noDataBorders ? s('path', { class: 'nodata-border', fill: 'none', d: layout.noDataBorders }) : null,
        ]);
  return {
    elements: [s('path', { class: 'sphere', d: layout.sphere }), land, s('g', { class: 'chart-marks' }, [...countries, ...dots])],
    slots: usedSlots(layout.countries),
  };
}
