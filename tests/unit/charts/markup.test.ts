/**
 * SVG snapshots: each chart type drawn by chart-figure.ts (its marks.ts in
 * the shared frame of chart-svg.ts) on small data, one file per chart in
 * __snapshots__/ (review them as SVG/HTML).
 */
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { chartFigureHtml } from '../../../src/charts/chart-figure.ts';
import { layoutRankingTable } from '../../../src/charts/ranking-table/layout.ts';
import { rankingTable } from '../../../src/charts/ranking-table/table.ts';
import type { ChartSpec } from '../../../src/charts/entry.ts';
import { useTranslations } from '../../../src/i18n/translate.ts';
import { normaliseMarkup } from './helpers.ts';
import { TOP_COMPANIES } from './fixtures.ts';

const t = useTranslations();

function renderSnapshot(spec: ChartSpec, figure: { title: string; id: string; widths: number[] }): string {
  return normaliseMarkup(chartFigureHtml(spec, figure, t));
}

/** What every chart's markup must carry, whatever the type. */
function expectAccessibleChart(html: string): void {
  expect(html).toContain('role="img"');
  expect(html).toMatch(/<title id="[^"]+-title">/u);
  expect(html).toMatch(/<desc id="[^"]+-desc">/u);
  expect(html).toMatch(/tabindex="0"[^>]*data-tip/u);
  expect(html).not.toMatch(/NaN|undefined/u);
}

describe('every chart type draws to SVG', () => {
  test('ranked bars', async () => {
    const html = renderSnapshot(
      {
        type: 'ranked-bars',
        rows: TOP_COMPANIES.slice(0, 4).concat([{ label: '韩国某公司', value: null }]),
        options: { valueLabel: '综合得分', unit: '分', format: { decimals: 1 } },
      },
      { title: '区块链专利质量TOP企业综合得分', id: 'cmn83a8', widths: [320, 640] },
    );
    expectAccessibleChart(html);
    expect(html).toContain('注：韩国某公司：未公布。');
    await expect(html).toMatchFileSnapshot('__snapshots__/ranked-bars.svg');
  });

  test('grouped bars', async () => {
    const html = renderSnapshot(
      {
        type: 'grouped-bars',
        data: { categories: ['授权率'], series: ['中国', '美国', '韩国', '全球'], values: [[12, 55, null, 30]] },
        options: { valueLabel: '授权率', unit: '%', format: { style: 'percent' } },
      },
      { title: '各国授权率', id: 'c17kh78o', widths: [320] },
    );
    expectAccessibleChart(html);
    expect(html).toContain('韩国：未公布');
    expect(html).toContain('class="swatch s1"');
    await expect(html).toMatchFileSnapshot('__snapshots__/grouped-bars.svg');
  });

  test('stacked bars (grouped bars in stacked100 mode)', async () => {
    const html = renderSnapshot(
      {
        type: 'grouped-bars',
        data: { categories: ['中国', '美国'], series: ['1个成员', '2个及以上'], values: [[9100, 900], [1200, 1800]] },
        options: { valueLabel: '专利族', unit: '组', mode: 'stacked100', format: { unit: '组' } },
      },
      { title: '专利族成员数构成', id: 'cafbr3x', widths: [320] },
    );
    expectAccessibleChart(html);
    expect(html).toContain('data-chart="stacked-bars"');
    await expect(html).toMatchFileSnapshot('__snapshots__/stacked-bars.svg');
  });

  test('dot change', async () => {
    const html = renderSnapshot(
      {
        type: 'dot-change',
        rows: [{ label: '中国', from: 68, to: 12 }],
        options: { fromLabel: '2015年', toLabel: '2020年', valueLabel: '授权率', unit: '%', format: { style: 'percent' } },
      },
      { title: '授权率变化', id: 'cr63ayz', widths: [320] },
    );
    expectAccessibleChart(html);
    expect(html).toContain('中国的授权率从2015年的68%降至2020年的12%');
    await expect(html).toMatchFileSnapshot('__snapshots__/dot-change.svg');
  });

  test('columns', async () => {
    const html = renderSnapshot(
      {
        type: 'columns',
        points: [{ label: '2020', value: 4.28e9 }, { label: '2021', value: null }, { label: '2023', value: 1.41e10, forecast: true }],
        options: { valueLabel: '市场规模', unit: '元', format: { style: 'yi', decimals: 1, unit: '元' } },
      },
      { title: '市场规模预测', id: 'c1deat30', widths: [320] },
    );
    expectAccessibleChart(html);
    expect(html).toContain('class="mark s1 forecast"');
    await expect(html).toMatchFileSnapshot('__snapshots__/columns.svg');
  });

  test('scatter', async () => {
    const html = renderSnapshot(
      {
        type: 'scatter',
        points: [
          { label: '蚂蚁集团', x: 2057, y: 733 },
          { label: '平安集团', x: 205, y: 647 },
          { label: 'nChain', x: 86, y: 290 },
          { label: '零引用', x: 40, y: 0 },
        ],
        options: { x: { label: '授权专利', unit: '件', scale: 'log' }, y: { label: '被引用', unit: '次', scale: 'log' }, labelTop: 3 },
      },
      { title: '授权与引用', id: 'cwmg9qu', widths: [320] },
    );
    expectAccessibleChart(html);
    expect(html).toContain('零引用：数值为0，对数坐标上无法显示');
    await expect(html).toMatchFileSnapshot('__snapshots__/scatter.svg');
  });

  test('waffle', async () => {
    const html = renderSnapshot(
      {
        type: 'waffle',
        parts: [{ label: '中国', value: 30 }, { label: '美国', value: 8 }, { label: '日本', value: 5 }, { label: '其他', value: 7 }],
        options: { valueLabel: 'TOP50企业', unit: '家' },
      },
      { title: 'TOP50企业国别', id: 'c1x527mz', widths: [320] },
    );
    expectAccessibleChart(html);
    expect(html.match(/class="waffle-cell"/gu)).toHaveLength(50);
    await expect(html).toMatchFileSnapshot('__snapshots__/waffle.svg');
  });

  test('small multiples', async () => {
    const html = renderSnapshot(
      {
        type: 'small-multiples',
        data: {
          items: ['蚂蚁集团', '平安集团', '腾讯'],
          metrics: [
            { label: '授权专利', unit: '件', values: [2057, 205, 645] },
            { label: '被引用', unit: '次', values: [733, 647, null] },
          ],
        },
        options: {},
      },
      { title: 'TOP企业五个维度', id: 'cjtwns5', widths: [320] },
    );
    expectAccessibleChart(html);
    await expect(html).toMatchFileSnapshot('__snapshots__/small-multiples.svg');
  });

  test('choropleth', async () => {
    const html = renderSnapshot(
      {
        type: 'choropleth',
        countries: [
          { code: 'CN', category: 'many', label: '中国' },
          { code: 'US', category: 'some', label: '美国' },
          { code: 'SG', category: 'few', label: '新加坡' },
        ],
        options: { valueLabel: 'TOP50企业所在地', categories: [{ id: 'many', label: '10家以上' }, { id: 'some', label: '2–9家' }, { id: 'few', label: '1家' }] },
      },
      { title: 'TOP50企业所在地', id: 'c11qn57z', widths: [320] },
    );
    expectAccessibleChart(html);
    expect(html).toContain('图中难以看清的国家和地区：新加坡（1家）。');
    // Map snapshots stay small enough to review: one no-data path, paths at 1 decimal.
    expect(html).not.toMatch(/d="[^"]*\d\.\d{2}/u);
    await expect(html).toMatchFileSnapshot('__snapshots__/choropleth.svg');
  });

  test('ranking table', async () => {
    const model = layoutRankingTable(
      [
        { rank: 2, company: '平安集团', score: 91.8 },
        { rank: 1, company: '蚂蚁集团', score: 99.0 },
      ],
      [
        { key: 'rank', label: '排名', kind: 'number', bar: false },
        { key: 'company', label: '企业', kind: 'text', rowHeader: true },
        { key: 'score', label: '综合得分', unit: '分', kind: 'number', format: { decimals: 1 } },
      ],
      { sortKey: 'rank' },
    );
    const raw = toHtml(h(null, rankingTable(model, { caption: 'TOP企业排名' }, t)));
    const html = normaliseMarkup(raw);
    expect(html).toContain('<th scope="col"');
    expect(html).toMatch(/<button type="button" data-sort-key="score"/u);
    expect(html).toContain('aria-sort="ascending"');
    expect(html.indexOf('蚂蚁集团')).toBeLessThan(html.indexOf('平安集团'));
    // A number with a bar is one element: the bar is the cell's ::before (chart.css), its length --w (0–1).
    expect(html).toContain('<td class="num has-bar" data-key="score" data-value="99" style="--w:1">99.0</td>');
    expect(raw).toContain('style="--w:0.927"');
    expect(html).not.toMatch(/<td[^>]*>\s*<span/u);
    await expect(html).toMatchFileSnapshot('__snapshots__/ranking-table.html');
  });

  test('a chart drawn again for another figure, language or words is drawn anew, not served from the first', () => {
    const spec: ChartSpec = { type: 'ranked-bars', rows: TOP_COMPANIES.slice(0, 3), options: { valueLabel: '综合得分', unit: '分' } };
    const first = chartFigureHtml(spec, { title: '甲', id: 'a-chart' }, t);
    expect(chartFigureHtml(spec, { title: '甲', id: 'a-chart' }, t)).toBe(first);
    expect(chartFigureHtml(spec, { title: '乙', id: 'a-chart' }, t)).toContain('<title id="a-chart-');
    expect(chartFigureHtml(spec, { title: '乙', id: 'a-chart' }, t)).not.toBe(first);
    expect(chartFigureHtml(spec, { title: '甲', id: 'b-chart' }, t)).toContain('id="b-chart-end"');
    expect(chartFigureHtml(spec, { title: '甲', id: 'a-chart', widths: [320] }, t)).not.toBe(first);
    const english = useTranslations('en');
    expect(chartFigureHtml(spec, { title: '甲', id: 'a-chart', locale: 'en' }, english)).not.toBe(first);
    const otherWords: typeof t = (key, vars) => `«${t(key, vars)}»`;
    expect(chartFigureHtml(spec, { title: '甲', id: 'a-chart' }, otherWords)).toContain('«');
    expect(chartFigureHtml(spec, { title: '甲', id: 'a-chart' }, t)).toBe(first);
  });

  test('a ranking table chart gets the figure title as caption and the figure id', () => {
    const spec: ChartSpec = {
      type: 'ranking-table',
      rows: [{ company: '甲', score: null }],
      columns: [
        { key: 'company', label: '企业', kind: 'text', rowHeader: true },
        { key: 'score', label: '得分', kind: 'number' },
      ],
      options: { sortKey: 'score' },
    };
    const html = chartFigureHtml(spec, { title: '排名', id: 'x-chart' }, t);
    expect(html).toMatch(/^<div class="ranking-table-wrap" role="region" aria-label="排名" tabindex="0"><table class="ranking-table" id="x-chart"/u);
    expect(html).toContain('<caption>排名</caption>');
    expect(html).toMatch(/<\/div><span class="ranking-table-end" hidden><\/span><p class="chart-notes">注：甲·得分：未公布。<\/p>$/u);
  });
});
