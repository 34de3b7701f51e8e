/**
 * A ranking table can mark the row it is about: for the eye (a tinted, bold row), for screen
 * readers (aria-current), and in words (a cue after the row's name), in the page's table and in
 * the SVG download. 表 1's technology list marks the row its data names, not a row number.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { layoutRankingTable, shownText, type RankingColumn } from '../../../src/charts/ranking-table/layout.ts';
import { rankingTable } from '../../../src/charts/ranking-table/table.ts';
import { tableSvg } from '../../../src/embed/table-svg.ts';
import { useTranslations } from '../../../src/i18n/translate.ts';
import { chartRegistry } from '../../../src/reports/site.ts';
import { usCriticalTechnologies } from '../../../src/reports/trends-2020/queries.ts';

const rows = [
  { number: 1, name: '高级计算' },
  { number: 2, name: '分布式账本技术' },
  { number: 3, name: '太空技术' },
];
const columns: RankingColumn[] = [
  { key: 'number', label: '序号', kind: 'number', bar: false },
  { key: 'name', label: '技术', kind: 'text', rowHeader: true },
];

describe('the current row of a ranking table', () => {
  test('is marked in the model with its cue after its name, in each locale’s brackets', () => {
    const model = layoutRankingTable(rows, columns, { sortKey: 'number', rowKey: 'number', current: { key: '2', cue: '报告正文点名' } });
    expect(model.rows.map((r) => Boolean(r.current))).toEqual([false, true, false]);
    const name = model.rows[1]?.cells.find((c) => c.rowHeader);
    expect(name && shownText(name)).toBe('分布式账本技术（报告正文点名）');
    expect(model.rows[0]?.cells.some((c) => c.cue)).toBe(false);
    const en = layoutRankingTable(rows, columns, { sortKey: 'number', rowKey: 'number', current: { key: '2', cue: 'named in the report' } }, { locale: 'en' });
    const enName = en.rows[1]?.cells.find((c) => c.rowHeader);
    expect(enName && shownText(enName)).toBe('分布式账本技术 (named in the report)');
  });

  test('a key that names no row stops the build rather than marking nothing', () => {
    expect(() => layoutRankingTable(rows, columns, { sortKey: 'number', rowKey: 'number', current: { key: '14', cue: '报告正文点名' } })).toThrow(/no row keyed 14/u);
  });

  test('the page’s table gives that row aria-current and prints the cue; the others have neither', () => {
    const model = layoutRankingTable(rows, columns, { sortKey: 'number', rowKey: 'number', current: { key: '2', cue: '报告正文点名' } });
    const html = toHtml(rankingTable(model, { caption: '表 1' }, useTranslations('zh-CN')));
    expect(html.match(/aria-current/gu)).toHaveLength(1);
    expect(html).toMatch(/<tr data-row-key="2" aria-current="true" class="is-current"><td[^>]*>2<\/td><th scope="row"[^>]*>分布式账本技术<span class="row-cue">（报告正文点名）<\/span><\/th><\/tr>/u);
  });

  test('the SVG download writes the cue and sets the row in bold', () => {
    const model = layoutRankingTable(rows, columns, { sortKey: 'number', rowKey: 'number', current: { key: '2', cue: '报告正文点名' } });
    const svg = toHtml(tableSvg(model, 480, '表 1').svg, { space: 'svg' });
    expect(svg).toContain('分布式账本技术（报告正文点名）');
    expect(svg).toMatch(/class="chart-text t-bold"[^>]*text-anchor="end"><tspan[^>]*>2<\/tspan>/u);
  });
});

describe('表1 marks the technology its data names', () => {
  const named = usCriticalTechnologies().filter((r) => r.named_in_text);
  test('exactly one technology is named in the report’s text', () => {
    expect(named.map((r) => r.name_en)).toEqual(['Distributed Ledger Technologies']);
  });

  test.each(['zh-CN', 'en'] as const)('%s: the chart’s current row is that one', (locale) => {
    const entry = chartRegistry(locale).find((e) => e.id === 'b-us-critical-technologies');
    if (entry?.chart.type !== 'ranking-table') throw new Error('b-us-critical-technologies is a ranking table');
    const model = layoutRankingTable(entry.chart.rows, entry.chart.columns, entry.chart.options, { locale });
    const current = model.rows.filter((r) => r.current);
    expect(current.map((r) => r.key)).toEqual(named.map((r) => String(r.number)));
    expect(current[0]?.cells.find((c) => c.rowHeader)?.text).toBe(locale === 'en' ? named[0]?.name_en : named[0]?.name_zh);
  });
});
