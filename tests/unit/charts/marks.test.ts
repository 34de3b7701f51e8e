/**
 * The marks functions and the shared SVG frame on tiny hand-made layouts:
 * the exact elements, attributes and palette slots each one writes.
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { chartSvg } from '../../../src/charts/chart-svg.ts';
import type { ChoroplethLayout } from '../../../src/charts/Choropleth/layout.ts';
import { choroplethMarks } from '../../../src/charts/Choropleth/marks.ts';
import type { ColumnsLayout } from '../../../src/charts/Columns/layout.ts';
import { columnsMarks } from '../../../src/charts/Columns/marks.ts';
import type { DotChangeLayout } from '../../../src/charts/DotChange/layout.ts';
import { dotChangeMarks } from '../../../src/charts/DotChange/marks.ts';
import type { GroupedBarsLayout } from '../../../src/charts/GroupedBars/layout.ts';
import { groupedBarsMarks } from '../../../src/charts/GroupedBars/marks.ts';
import type { RankedBarsLayout } from '../../../src/charts/RankedBars/layout.ts';
import { rankedBarsMarks } from '../../../src/charts/RankedBars/marks.ts';
import type { ScatterLayout } from '../../../src/charts/Scatter/layout.ts';
import { scatterMarks } from '../../../src/charts/Scatter/marks.ts';
import type { SmallMultiplesLayout } from '../../../src/charts/SmallMultiples/layout.ts';
import { smallMultiplesMarks } from '../../../src/charts/SmallMultiples/marks.ts';
import type { LayoutBase } from '../../../src/charts/types.ts';
import type { WaffleLayout } from '../../../src/charts/Waffle/layout.ts';
import { waffleMarks } from '../../../src/charts/Waffle/marks.ts';
import { useTranslations } from '../../../src/i18n/translate.ts';

const t = useTranslations();
const html = (elements: ElementContent[]) => toHtml({ type: 'root', children: elements }, { space: 'svg' });

const base: LayoutBase = { width: 100, height: 50, description: '说明。', notes: [], texts: [], lines: [], legend: [] };
const plot = { x: 0, y: 0, width: 100, height: 50 };

describe('marks', () => {
  test('ranked bars: one rect per bar, rounded, with class, print fill, focus, tooltip and title', () => {
    const layout: RankedBarsLayout = {
      ...base,
      plot,
      bars: [
        { tip: '甲：9', series: 2, highlight: true, x: 10, y: 2.345, width: 50.678, height: 8 },
        { tip: '乙：5', series: 2, faded: true, x: 10, y: 12, width: 28, height: 8 },
      ],
    };
    const marks = rankedBarsMarks(layout, 'u');
    expect(marks.slots).toEqual([2]);
    expect(html(marks.elements)).toBe(
      // One slot: the print fill is set once, on the group, and every bar inherits it.
      '<g class="chart-marks" style="--print-fill:url(#u-p2)">' +
        '<rect class="mark s2 hl" tabindex="-1" data-tip="" x="10" y="2.35" width="50.68" height="8"><title>甲：9</title></rect>' +
        '<rect class="mark s2 faded" tabindex="-1" data-tip="" x="10" y="12" width="28" height="8"><title>乙：5</title></rect>' +
        '</g>',
    );
  });

  test('grouped bars and small multiples: the slots of every series drawn, sorted', () => {
    const bar = { tip: 'x', x: 0, y: 0, width: 1, height: 1 };
    const grouped: GroupedBarsLayout = {
      ...base,
      plot,
      bars: [
        { ...bar, series: 3, category: 0, seriesIndex: 2 },
        { ...bar, series: 1, category: 0, seriesIndex: 0 },
        { ...bar, series: 3, category: 1, seriesIndex: 2 },
      ],
    };
    expect(groupedBarsMarks(grouped, 'g').slots).toEqual([1, 3]);
    expect(html(groupedBarsMarks(grouped, 'g').elements).match(/<rect /g)).toHaveLength(3);
    const panels: SmallMultiplesLayout = { ...base, panels: [], columns: 2, bars: [{ ...bar, series: 2, panel: 1, item: 0 }] };
    expect(smallMultiplesMarks(panels, 'm')).toEqual({ elements: expect.any(Array), slots: [2] });
    expect(html(smallMultiplesMarks(panels, 'm').elements)).toContain('class="mark s2" style="--print-fill:url(#m-p2)"');
  });

  test('dot change: a focusable group of the slope line and its two end dots', () => {
    const layout: DotChangeLayout = { ...base, slopes: [{ tip: '中国：68%→12%', series: 2, faded: true, x1: 10, y1: 5, x2: 90.005, y2: 40, r: 4 }] };
    const marks = dotChangeMarks(layout, 'd');
    expect(marks.slots).toEqual([2]);
    expect(html(marks.elements)).toBe(
      '<g class="chart-marks"><g class="mark s2 faded slope-group" style="--print-fill:url(#d-p2)" tabindex="-1" data-tip="">' +
        '<title>中国：68%→12%</title>' +
        '<line class="slope s2 faded" x1="10" y1="5" x2="90.01" y2="40"></line>' +
        '<circle cx="10" cy="5" r="4"></circle><circle cx="90.01" cy="40" r="4"></circle>' +
        '</g></g>',
    );
  });

  test('columns: rects in column mode, 5 px circles in point mode, forecasts marked', () => {
    const mark = { tip: '2023：预测', series: 1, x: 1, y: 2, width: 3, height: 4, cx: 2.5, cy: 2, forecast: true };
    const column: ColumnsLayout = { ...base, mode: 'column', marks: [mark] };
    expect(html(columnsMarks(column, 'c').elements)).toBe(
      '<g class="chart-marks"><rect class="mark s1 forecast" tabindex="-1" data-tip="" x="1" y="2" width="3" height="4"><title>2023：预测</title></rect></g>',
    );
    const point: ColumnsLayout = { ...base, mode: 'point', marks: [{ ...mark, forecast: false }] };
    expect(html(columnsMarks(point, 'c').elements)).toBe(
      '<g class="chart-marks"><circle class="mark s1" tabindex="-1" data-tip="" cx="2.5" cy="2" r="5"><title>2023：预测</title></circle></g>',
    );
  });

  test('scatter: one dot per point at the layout radius', () => {
    const layout: ScatterLayout = { ...base, dots: [{ tip: '甲：1，2', series: 1, cx: 3.333, cy: 4, r: 4.5, label: '甲' }] };
    expect(html(scatterMarks(layout, 's').elements)).toBe(
      '<g class="chart-marks"><circle class="mark s1 dot" tabindex="-1" data-tip="" cx="3.33" cy="4" r="4.5"><title>甲：1，2</title></circle></g>',
    );
  });

  test('waffle: per part one group holding its squares', () => {
    const layout: WaffleLayout = {
      ...base,
      unitsPerSquare: 1,
      groups: [
        { tip: '中国：2家', series: 1, label: '中国', cells: [{ x: 0, y: 0, size: 9.999 }, { x: 11, y: 0, size: 9.999 }] },
        { tip: '美国：1家', series: 4, label: '美国', cells: [{ x: 22, y: 0, size: 9.999 }] },
      ],
    };
    const marks = waffleMarks(layout, 'w');
    expect(marks.slots).toEqual([1, 4]);
    const out = html(marks.elements);
    expect(out).toContain('<g class="mark s4 waffle-part" style="--print-fill:url(#w-p4)" tabindex="-1" data-tip=""><title>美国：1家</title><rect class="waffle-cell" x="22" y="0" width="10" height="10"></rect></g>');
    expect(out.match(/class="waffle-cell"/g)).toHaveLength(3);
  });

  test('choropleth: globe and no-data land under the marks; countries and dots for tiny ones', () => {
    const layout: ChoroplethLayout = {
      ...base,
      sphere: 'M0,0Z',
      noData: 'M1,1Z',
      noDataBorders: 'M1,1l1,0',
      noDataCodes: '036',
      projection: 'equalEarth',
      mapHeight: 10,
      countries: [{ tip: '新加坡：1家', series: 3, code: 'SG', d: 'M2,2Z' }],
      small: [
        { code: 'SG', label: '新加坡', category: 'few', dot: { tip: '新加坡：1家', series: 3, cx: 5.555, cy: 6, r: 3 } },
        { code: 'MO', label: '澳门', category: 'few' },
      ],
    };
    const marks = choroplethMarks(layout, 'm');
    expect(marks.slots).toEqual([3]);
    expect(html(marks.elements)).toBe(
      '<path class="sphere" d="M0,0Z"></path><g id="m-land"><path class="country nodata" d="M1,1Z"></path><path class="nodata-border" fill="none" d="M1,1l1,0"></path></g><g class="chart-marks">' +
        '<path class="mark s3 country" style="--print-fill:url(#m-p3)" tabindex="-1" data-tip="" d="M2,2Z" data-code="SG"><title>新加坡：1家</title></path>' +
        '<circle class="mark s3 small-dot" style="--print-fill:url(#m-p3)" tabindex="-1" data-tip="" cx="5.56" cy="6" r="3"><title>新加坡：1家</title></circle>' +
        '</g>',
    );
  });

  test('choropleth: a narrow map beside a wide one of the same land shows the wide one\'s land, scaled', () => {
    const map = (width: number, mapHeight: number): ChoroplethLayout => ({
      ...base,
      width,
      sphere: 'M0,0Z',
      noData: 'M1,1Z',
      noDataBorders: '',
      noDataCodes: '036 076',
      projection: 'equalEarth',
      mapHeight,
      countries: [],
      small: [],
    });
    const narrow = choroplethMarks(map(340, 176), 'm-n', { wider: { uid: 'm-w', layout: map(760, 394) } });
    expect(html(narrow.elements)).toContain('<use class="land-copy" href="#m-w-land" transform="scale(0.44737)" stroke-width="1.12"></use>');
    expect(html(narrow.elements)).not.toContain('nodata');
    // Other land without data, or another projection: the narrow map draws its own.
    const other = { ...map(760, 394), noDataCodes: '036' };
    expect(html(choroplethMarks(map(340, 176), 'm-n', { wider: { uid: 'm-w', layout: other } }).elements)).toContain('<g id="m-n-land">');
    const projected = { ...map(760, 394), projection: 'naturalEarth1' as const };
    expect(html(choroplethMarks(map(340, 176), 'm-n', { wider: { uid: 'm-w', layout: projected } }).elements)).toContain('<g id="m-n-land">');
  });
});

describe('chartSvg, the frame every chart shares', () => {
  const marks = { elements: [{ type: 'element' as const, tagName: 'g', properties: { className: ['chart-marks'] }, children: [] }], slots: [3, 1] };
  const layout: LayoutBase = {
    ...base,
    notes: ['乙：未公布', '丙：未公布'],
    lines: [{ kind: 'grid', x1: 0, y1: 0.004, x2: 0, y2: 50 }],
    legend: [{ x: 1, y: 2, size: 10, series: 5, label: '丁' }],
    texts: [{ x: 50, y: 10, lines: ['长标…'], full: '长标签', anchor: 'middle', fontSize: 12, role: 'category', tone: 'muted' }],
  };
  const svg = toHtml(chartSvg({ layout, title: '标题', uid: 'f', variant: 'wide', marks }, t), { space: 'svg' });

  test('is an accessible image named by its title and described with the notes', () => {
    expect(svg).toMatch(/^<svg class="chart-svg chart-wide" role="img" aria-labelledby="f-title f-desc" width="100" height="50" viewBox="0 0 100 50" xmlns="http:\/\/www.w3.org\/2000\/svg">/u);
    expect(svg).toContain('<title id="f-title">标题</title><desc id="f-desc">说明。注：乙：未公布；丙：未公布。</desc>');
  });

  test('defines a print hatching for every slot of the marks and the legend, in slot order, as gradients (vectors in a PDF)', () => {
    // Slot 1 prints solid (chart.css's fallback for a mark without --print-fill): no gradient, and
    // none of its marks or swatches points at one.
    expect([...svg.matchAll(/<linearGradient id="([^"]+)"/g)].map((m) => m[1])).toEqual(['f-p3', 'f-p5']);
    expect(svg).not.toContain('f-p1');
    expect(svg).not.toContain('<pattern');
    // Slot 3 fine "\\" stripes; slot 5 bold ones, wider apart.
    expect(svg).toContain(
      '<linearGradient id="f-p3" gradientUnits="userSpaceOnUse" spreadMethod="repeat" x1="0" y1="0" x2="3" y2="-3"><stop class="hatch-bg s3" offset="0"></stop><stop class="hatch-bg s3" offset="0.78"></stop><stop class="hatch-ink s3" offset="0.78"></stop><stop class="hatch-ink s3" offset="1"></stop></linearGradient>',
    );
    expect(svg).toContain('x2="4" y2="-4"><stop class="hatch-bg s5" offset="0"></stop><stop class="hatch-bg s5" offset="0.6"></stop><stop class="hatch-ink s5" offset="0.6"></stop>');
  });

  test('draws lines, then the marks, then the legend, then the texts', () => {
    const order = ['<g class="chart-lines">', '<g class="chart-marks">', '<g class="chart-legend">', '<g class="chart-texts">'].map((s) => svg.indexOf(s));
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(svg).toContain('<line class="chart-grid" x1="0" y1="0" x2="0" y2="50"></line>');
    expect(svg).toContain('<rect class="swatch s5" style="--print-fill:url(#f-p5)" x="1" y="2" width="10" height="10"></rect>');
  });

  test('gives a shortened text its full wording as a title', () => {
    expect(svg).toContain('<text class="chart-text t-category t-muted" text-anchor="middle" font-size="12" x="50" y="14.2">长标…<title>长标签</title></text>');
  });

  test('has no defs and no legend group when nothing needs them', () => {
    const bare = toHtml(chartSvg({ layout: base, title: '甲', uid: 'b', variant: 'only', marks: { elements: [], slots: [] } }, t), { space: 'svg' });
    expect(bare).not.toContain('<defs>');
    expect(bare).not.toContain('chart-legend');
    expect(bare).toContain('<desc id="b-desc">说明。</desc>');
  });
});
