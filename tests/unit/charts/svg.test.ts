import { describe, expect, test } from 'vitest';
import { flowLegend } from '../../../src/charts/legend.ts';
import { chartVariants, hashId, markAttrs, n, textClass, usedSlots } from '../../../src/charts/svg.ts';
import { textBox } from '../../../src/charts/text.ts';
import { boxesOverlap } from '../../../src/charts/labels.ts';

describe('svg helpers', () => {
  test('n rounds to 2 decimals', () => {
    expect(n(1.23456)).toBe(1.23);
    expect(n(-0.005)).toBe(-0);
  });

  test('chartVariants: narrow and wide ids, one width gives one variant', () => {
    const both = chartVariants({ title: 't', widths: [760, 340], data: [1] }, (width) => width);
    expect(both.map((v) => [v.variant, v.layout])).toEqual([['narrow', 340], ['wide', 760]]);
    expect(both[0]?.uid).toBe(`${hashId('t|[1]')}-n`);
    const one = chartVariants({ title: 't', id: 'fig-1', widths: [500], data: [] }, (width) => width);
    expect(one).toEqual([{ variant: 'only', uid: 'fig-1', layout: 500 }]);
  });

  test('markAttrs: palette class, print pattern, focus and the tooltip marker (the text is the <title>)', () => {
    expect(markAttrs({ tip: '中国：12%', series: 2, faded: true }, 'c1')).toEqual({
      class: 'mark s2 faded',
      style: '--print-fill:url(#c1-p2)',
      tabindex: -1,
      'data-tip': '',
    });
    expect(usedSlots([{ series: 3 }, { series: 1 }], [{ series: 3 }])).toEqual([1, 3]);
  });

  test('textClass', () => {
    expect(textClass({ x: 0, y: 0, lines: [], full: '', anchor: 'start', fontSize: 12, role: 'value', tone: 'on-s1', bold: true })).toBe('chart-text t-value t-on-s1 t-bold');
  });
});

describe('flowLegend', () => {
  test('wraps to new rows at narrow widths without overlaps', () => {
    const entries = ['中国', '美国', '日本', '韩国', '欧洲专利局', '世界知识产权组织'].map((label, i) => ({ label, series: i + 1 }));
    const legend = flowLegend(entries, 0, 0, 200, 11);
    expect(legend.height).toBeGreaterThan(20);
    const boxes = [...legend.texts.map(textBox), ...legend.swatches.map((s) => ({ x: s.x, y: s.y, width: s.size, height: s.size }))];
    for (let i = 0; i < boxes.length; i++) {
      const box = boxes[i];
      if (!box) continue;
      expect(box.x + box.width).toBeLessThanOrEqual(200);
      for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(box, boxes[j] ?? box)).toBe(false);
    }
  });
});
