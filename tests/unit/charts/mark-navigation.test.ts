import { describe, expect, test } from 'vitest';
import { s } from 'hastscript';
import { isMarkKey, nextMarkIndex, type MarkBox, type MarkKey, type MarkPlace } from '../../../src/charts/mark-navigation.ts';
import { rovingTabStop } from '../../../src/charts/svg.ts';
import { chartFigureHtml } from '../../../src/charts/chart-figure.ts';
import type { ChartSpec } from '../../../src/charts/entry.ts';

/** Where each key leads from every mark in turn. */
const walk = (boxes: MarkBox[], key: MarkKey) => boxes.map((_, i) => nextMarkIndex(boxes, i, key));

// A bar list: bars of different lengths stacked from the top, all starting at the axis.
const barList: MarkBox[] = [
  { x: 0, y: 0, width: 300, height: 20 },
  { x: 0, y: 30, width: 120, height: 20 },
  { x: 0, y: 60, width: 200, height: 20 },
];
// Columns side by side: nothing lies above or below another one.
const columns: MarkBox[] = [
  { x: 0, y: 50, width: 40, height: 50 },
  { x: 50, y: 20, width: 40, height: 80 },
  { x: 100, y: 0, width: 40, height: 100 },
];
// A waffle of two rows of three squares, listed row by row.
const grid: MarkBox[] = [0, 1].flatMap((row) => [0, 1, 2].map((col) => ({ x: col * 10, y: row * 10, width: 8, height: 8 })));

describe('nextMarkIndex', () => {
  test('Left and Right follow the data order and stop at its ends', () => {
    expect(walk(barList, 'ArrowRight')).toEqual([1, 2, 2]);
    expect(walk(barList, 'ArrowLeft')).toEqual([0, 0, 1]);
    expect(walk(columns, 'ArrowRight')).toEqual([1, 2, 2]);
  });

  test('Up and Down go to the nearest mark below or above in the same column', () => {
    expect(walk(barList, 'ArrowDown')).toEqual([1, 2, 2]);
    expect(walk(barList, 'ArrowUp')).toEqual([0, 0, 1]);
    // In the waffle, down from a square of the first row is the square under it, not the next in order.
    expect(walk(grid, 'ArrowDown')).toEqual([3, 4, 5, 4, 5, 5]);
    expect(walk(grid, 'ArrowUp')).toEqual([0, 0, 1, 0, 1, 2]);
  });

  test('with nothing above or below in line, Up and Down step through the order', () => {
    expect(walk(columns, 'ArrowDown')).toEqual([1, 2, 2]);
    expect(walk(columns, 'ArrowUp')).toEqual([0, 0, 1]);
  });

  test('Home and End go to the first and last mark', () => {
    expect(walk(grid, 'Home')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(walk(grid, 'End')).toEqual([5, 5, 5, 5, 5, 5]);
    expect(nextMarkIndex([], 0, 'End')).toBe(-1);
  });

  test('Right alone reaches every mark, whatever the geometry', () => {
    const scattered: MarkBox[] = [
      { x: 90, y: 5, width: 4, height: 4 },
      { x: 10, y: 80, width: 4, height: 4 },
      { x: 50, y: 40, width: 4, height: 4 },
      { x: 11, y: 10, width: 4, height: 4 },
    ];
    const seen = [0];
    for (let i = 0; i < scattered.length; i++) seen.push(nextMarkIndex(scattered, seen.at(-1)!, 'ArrowRight'));
    expect(new Set(seen)).toEqual(new Set([0, 1, 2, 3]));
  });

  test('in small multiples Up and Down go to the same item in the previous or next panel', () => {
    // Two panels of three items side by side, the second without a value for item 1.
    const boxes: MarkBox[] = [
      ...[0, 1, 2].map((item) => ({ x: 0, y: item * 30, width: 100, height: 20 })),
      ...[0, 2].map((item) => ({ x: 200, y: item * 30, width: 100, height: 20 })),
    ];
    const places: MarkPlace[] = [
      { panel: 0, item: 0 },
      { panel: 0, item: 1 },
      { panel: 0, item: 2 },
      { panel: 1, item: 0 },
      { panel: 1, item: 2 },
    ];
    const walkPanels = (key: MarkKey) => boxes.map((_, i) => nextMarkIndex(boxes, i, key, places));
    // Down: item 0 → item 0 of panel 1, item 2 → item 2; item 1, missing there, → the nearest drawn (item 0); the last panel stays.
    expect(walkPanels('ArrowDown')).toEqual([3, 3, 4, 3, 4]);
    expect(walkPanels('ArrowUp')).toEqual([0, 1, 2, 0, 2]);
    // Left and Right still walk the data order, across the panels.
    expect(walkPanels('ArrowRight')).toEqual([1, 2, 3, 4, 4]);
    // Without places, Down stays in the panel (the bar below).
    expect(nextMarkIndex(boxes, 0, 'ArrowDown')).toBe(1);
  });

  test('only the keys it handles count as mark keys', () => {
    expect(isMarkKey('ArrowDown')).toBe(true);
    expect(isMarkKey('Tab')).toBe(false);
    expect(isMarkKey('Enter')).toBe(false);
  });
});

describe('rovingTabStop', () => {
  test('makes the first mark the one tab stop, nested or not, and leaves other elements alone', () => {
    const marks = [
      s('g', { class: 'chart-marks' }, [
        s('rect', { 'data-tip': 'a', tabindex: 0 }),
        s('g', { 'data-tip': 'b', tabindex: 0 }, [s('rect', { class: 'waffle-cell' })]),
      ]),
      s('circle', { 'data-tip': 'c', tabindex: 0 }),
    ];
    expect(rovingTabStop(marks)).toBe(3);
    const tabIndexes: unknown[] = [];
    const visit = (node: (typeof marks)[number]) => {
      if (node.type !== 'element') return;
      tabIndexes.push(node.properties['tabIndex'] ?? null);
      node.children.forEach((child) => visit(child as (typeof marks)[number]));
    };
    marks.forEach(visit);
    expect(tabIndexes).toEqual([null, 0, -1, null, -1]);
  });

  test('each drawn chart holds one tab stop per SVG, and a skip link to an anchor after it', () => {
    const spec: ChartSpec = {
      type: 'ranked-bars',
      rows: [{ label: '甲', value: 3 }, { label: '乙', value: 2 }, { label: '丙', value: 1 }],
      options: { valueLabel: '数量', unit: '件' },
    };
    const html = chartFigureHtml(spec, { title: '三行', id: 'demo-chart', locale: 'zh-CN' });
    // A ranking is drawn once for every width (a fluid SVG); a column chart as a narrow and a wide SVG.
    const svgs = html.match(/<svg class="chart-svg[\s\S]*?<\/g><\/svg>/g) ?? [];
    expect(svgs).toHaveLength(1);
    const columns: ChartSpec = { type: 'columns', points: [{ label: '2019', value: 3 }, { label: '2020', value: 2 }, { label: '2021', value: 1 }], options: { valueLabel: '数量', unit: '件' } };
    const columnSvgs = chartFigureHtml(columns, { title: '三年', id: 'demo-columns', locale: 'zh-CN' }).match(/<svg class="chart-svg[\s\S]*?<\/svg>/g) ?? [];
    expect(columnSvgs).toHaveLength(2);
    for (const svg of columnSvgs) expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
    // This ranking prints every name and value whole beside its bar (row tips): the page's script
    // gives its bars their titles and the tab stop (src/scripts/row-tips.ts), so the markup has none.
    for (const svg of svgs) {
      expect(svg).toContain('data-row-tips="："');
      expect(svg).not.toContain('tabindex');
    }
    // A name that wraps in the label column is drawn at two fixed widths (CHART_TYPES' fluid), and
    // keeps its titles, and so its tab stop, in the markup of each.
    const cut: ChartSpec = { ...spec, rows: [{ label: '一个名字长得在标签栏里写不下而且还要再长一些的公司集团控股有限公司', value: 3 }, ...spec.rows.slice(1)] };
    const cutSvgs = chartFigureHtml(cut, { title: '三行', id: 'demo-cut', locale: 'zh-CN' }).match(/<svg class="chart-svg[\s\S]*?<\/g><\/svg>/g) ?? [];
    expect(cutSvgs).toHaveLength(2);
    for (const svg of cutSvgs) {
      expect(svg).not.toContain('data-row-tips');
      expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
      expect(svg.match(/tabindex="-1"/g)).toHaveLength(2);
    }
    expect(html).toContain('<a class="chart-skip" href="#demo-chart-end" data-pagefind-ignore>跳过此图表</a>');
    expect(html).toMatch(/<span class="chart-end" id="demo-chart-end"><\/span><\/figure>$/);
  });
});
