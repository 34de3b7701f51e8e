/**
 * captionOf on small made-up entries: every part of the caption, and the
 * chart's own lines as the chart components write them in HTML.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ChartView from '../../../src/charts/ChartView.astro';
import type { ChartEntry } from '../../../src/charts/entry.ts';
import { captionOf } from '../../../src/figure/caption.ts';

const base = {
  locale: 'zh-CN',
  report: 'patents-2021',
  chapter: 'summary',
  datasets: ['made-up'],
  table: { columns: [{ key: 'label', label: '名称', numeric: false }], rows: [{ label: '甲' }] },
} as const satisfies Partial<ChartEntry>;

const bars: ChartEntry = {
  ...base,
  id: 'a-made-up-bars',
  ref: '表 9',
  title: '虚构企业得分',
  subtitle: '综合得分，分',
  source: '报告A，一、1.；零壹智库',
  notes: ['得分由本站计算。', '乙公司未公布。'],
  chart: {
    type: 'ranked-bars',
    rows: [
      { label: '甲公司', value: 90 },
      { label: '乙公司', value: null },
    ],
    options: { valueLabel: '综合得分', unit: '分' },
  },
  table: { ...base.table, rows: [...base.table.rows] },
};

const map: ChartEntry = {
  ...base,
  id: 'a-made-up-map',
  ref: null,
  title: '虚构企业所在地',
  source: '报告A，一、2.',
  notes: [],
  chart: {
    type: 'choropleth',
    countries: [
      { code: 'CN', category: 'many', label: '中国' },
      { code: 'SG', category: 'few', label: '新加坡' },
    ],
    options: { valueLabel: '企业所在地', categories: [{ id: 'many', label: '10家以上' }, { id: 'few', label: '1家' }] },
  },
  table: { ...base.table, rows: [...base.table.rows] },
};

describe('captionOf', () => {
  it('composes title, subtitle, source with the report table, notes and credit', () => {
    const caption = captionOf(bars);
    expect(caption.title).toBe('虚构企业得分');
    expect(caption.subtitle).toBe('综合得分，分');
    expect(caption.source).toBe('来源：报告A，一、1.；零壹智库（对应报告表9）');
    expect(caption.sourceParts).toEqual({ lead: '来源：报告A，一、1.；零壹智库', ref: '（对应报告表9）' });
    expect(caption.notes).toEqual(['得分由本站计算。', '乙公司未公布。']);
    expect(caption.credit).toEqual({ link: 'Ledger Atlas区块链数据图集 · 查看所在章节 ↗', chapterPath: '/patents-2021/summary/#a-made-up-bars' });
  });

  it('writes the notes of what the chart left out as one注line', () => {
    expect(captionOf(bars).chartNotes).toEqual(['注：乙公司：未公布。']);
  });

  it("lists a map's countries too small to see, and leaves out a missing subtitle and report table", () => {
    const caption = captionOf(map);
    expect(caption.chartNotes).toEqual(['图中难以看清的国家和地区：新加坡（1家）。']);
    expect(caption.subtitle).toBeNull();
    expect(caption.source).toBe('来源：报告A，一、2.');
    expect(caption.sourceParts.ref).toBeNull();
  });

  it('is composed once per entry', () => {
    expect(captionOf(bars)).toBe(captionOf(bars));
  });

  it('agrees with the lines the chart components write under the chart', { timeout: 30_000 }, async () => {
    const container = await AstroContainer.create();
    for (const entry of [bars, map]) {
      const html = await container.renderToString(ChartView, { props: { entry } });
      for (const line of captionOf(entry).chartNotes) expect(html, entry.id).toContain(line);
    }
  });
});
