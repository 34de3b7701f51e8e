import { describe, expect, test } from 'vitest';
import { layoutScatter, type ScatterPoint } from '../../../src/charts/Scatter/layout.ts';
import { WIDTHS } from './fixtures.ts';
import { expectReadable, LONG_LABEL } from './helpers.ts';

/** A cluster of similar companies plus a few outliers, like granted vs cited patents. */
function companies(): ScatterPoint[] {
  const rows: ScatterPoint[] = [
    { label: '蚂蚁集团', x: 2057, y: 733 },
    { label: '平安集团', x: 205, y: 647 },
    { label: '腾讯', x: 645, y: 492 },
    { label: 'nChain', x: 86, y: 290 },
    { label: LONG_LABEL, x: 300, y: 280 },
    { label: '零引用公司', x: 40, y: 0 },
    { label: '未公布公司', x: null, y: 12 },
  ];
  for (let i = 0; i < 30; i++) rows.push({ label: `公司${i + 1}`, x: 20 + ((i * 37) % 180), y: 10 + ((i * 53) % 120) });
  return rows;
}

const logOptions = {
  x: { label: '授权专利', unit: '件', scale: 'log' as const, format: { unit: '件' } },
  y: { label: '被引用', unit: '次', scale: 'log' as const, format: { unit: '次' } },
  labelTop: 6,
  labelNames: ['nChain'],
};

describe('layoutScatter', () => {
  test.each(WIDTHS)('readable at %i px: labels de-overlapped, ticks and labels inside', (width) => {
    const layout = layoutScatter(companies(), { width }, logOptions);
    expectReadable(layout);
    for (const d of layout.dots) {
      expect(d.cx).toBeGreaterThanOrEqual(0);
      expect(d.cx).toBeLessThanOrEqual(width);
      expect(d.cy).toBeGreaterThanOrEqual(0);
      expect(d.cy).toBeLessThanOrEqual(layout.height);
    }
  });

  test('zeros on a log scale are skipped and noted; nulls too', () => {
    const layout = layoutScatter(companies(), { width: 800 }, logOptions);
    expect(layout.dots).toHaveLength(35);
    expect(layout.notes).toEqual(['零引用公司：数值为0，对数坐标上无法显示', '未公布公司：未公布']);
    expect(layout.description).toContain('另有2个点未绘出');
  });

  test('zero stays on a linear scale', () => {
    const layout = layoutScatter(companies(), { width: 800 }, { ...logOptions, x: { ...logOptions.x, scale: 'linear' }, y: { ...logOptions.y, scale: 'linear' } });
    expect(layout.dots).toHaveLength(36);
    expectReadable(layout);
  });

  test('labels the named point and the largest ones at a wide width', () => {
    const layout = layoutScatter(companies(), { width: 1200 }, logOptions);
    const labelled = layout.texts.filter((t) => t.role === 'value').map((t) => t.full);
    expect(labelled).toContain('nChain');
    expect(labelled).toContain('蚂蚁集团');
    expect(labelled).toContain('平安集团');
  });

  test('log ticks are powers of ten in zh-CN format, axes carry units', () => {
    const layout = layoutScatter(companies(), { width: 800 }, logOptions);
    const ticks = layout.texts.filter((t) => t.role === 'tick').map((t) => t.full);
    expect(ticks).toContain('100');
    expect(ticks).toContain('1000');
    expect(layout.texts.filter((t) => t.role === 'axis').map((t) => t.full)).toEqual(['被引用（次）', '授权专利（件）']);
  });

  test('description mentions the log scale, the top point and the relation', () => {
    const layout = layoutScatter(companies(), { width: 800 }, logOptions);
    expect(layout.description).toMatch(/^35个点，横轴为授权专利，纵轴为被引用（对数坐标）。被引用最高的是蚂蚁集团（733次）。两者/u);
  });

  test('empty, all skipped and single point', () => {
    expect(layoutScatter([], { width: 320 }, logOptions).description).toContain('无数据');
    expect(layoutScatter([{ label: 'A', x: 0, y: 0 }], { width: 320 }, logOptions).dots).toEqual([]);
    const one = layoutScatter([{ label: 'A', x: 10, y: 10 }], { width: 320 }, logOptions);
    expect(one.dots).toHaveLength(1);
    expectReadable(one);
  });
});
