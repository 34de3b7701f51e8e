/**
 * The TOP50's charts keep to the first TOP50_RANKS ranks. With the report's 50 rows they
 * show them all and say nothing more; with a longer table (here 60 rows, the real 50 and
 * copies ranked 51–60) every chart, its data table, its caption (which the downloads and
 * embed heights read), its figure on the page and in the embed, and its share card say
 * "Top 50 of 60" in both languages and link to the dataset's page and CSV.
 */
import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import DataTable from '../../../src/charts/DataTable.astro';
import Figure from '../../../src/charts/Figure.astro';
import type { ChartDeclaration, ChartEntry, ChartSpec } from '../../../src/charts/entry.ts';
import type { Catalog } from '../../../src/data/catalog.ts';
import { col } from '../../../src/data/columns.ts';
import { datasetFile } from '../../../src/data/dataset.ts';
import { parseDataset } from '../../../src/data/load.ts';
import { cardSpecSvg } from '../../../src/embed/cards.ts';
import { captionOf } from '../../../src/figure/caption.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { qualityIndexCharts } from '../../../src/reports/patents-2021/charts/quality-index.ts';
import { TOP50_RANKS, top50RowCount, top50Rows } from '../../../src/reports/patents-2021/queries.ts';
import { top50 } from '../../../src/reports/patents-2021/schemas/top50.ts';
import { loadCatalog } from '../../../src/reports/site.ts';

const real = loadCatalog();

/** The real catalog with 表 2 grown to `count` rows: the real ones, then copies ranked after them with names made unique. */
function grown(count: number): Catalog {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(datasetFile(top50), 'utf8'), { header: true, skipEmptyLines: 'greedy' });
  const original = parsed.data;
  const rows = Array.from({ length: count }, (_, i) => {
    const row = original[i % original.length]!;
    const copy = Math.floor(i / original.length);
    return { ...row, rank: String(i + 1), company_zh: copy ? `${row.company_zh} ${copy + 1}` : row.company_zh, company_en: copy ? `${row.company_en} ${copy + 1}` : row.company_en };
  });
  // A longer ranking than the report's: no row pin, and ranks past 50.
  const { rows: _pin, ...unpinned } = top50;
  const def = { ...unpinned, schema: top50.schema.extend({ rank: col.integer({ unit: 'rank' }, { min: 1 }) }) };
  const catalog = new Map(real);
  catalog.set(top50.id, parseDataset(def, `${Papa.unparse(rows, { newline: '\n' })}\n`));
  return catalog;
}

/** How many rows each kind of chart draws. */
function drawnRows(chart: ChartSpec): number | undefined {
  switch (chart.type) {
    case 'ranked-bars':
    case 'rank-intervals':
    case 'index-explorer':
    case 'ranking-table':
      return chart.rows.length;
    case 'scatter':
      return chart.points.length;
    case 'waffle':
      return chart.parts.reduce((sum, p) => sum + (p.value ?? 0), 0);
    case 'choropleth':
      return undefined;
    default:
      return undefined;
  }
}

const TOP50_CHARTS = ['a-top50-scores', 'a-top50-table', 'a-top50-granted-cited', 'a-top50-explorer', 'a-top50-rank-intervals', 'a-top50-countries', 'a-top50-map'];

const entriesOf = (declarations: ChartDeclaration[], locale: Locale): ChartEntry[] => declarations.map((d) => ({ ...d, locale }));
const byId = (entries: ChartEntry[], id: string) => entries.find((e) => e.id === id)!;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** An <a> to `href` with `text`, whatever other attributes (scoped style ids, target) it carries. */
const link = (href: string, text: string) => new RegExp(`<a href="${escaped(href)}"[^>]*>${escaped(text)}</a>`, 'u');

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(component, { props, request: new Request('https://ledger.example/') });
}

describe('the TOP50 charts with the report’s 50 rows', () => {
  it('the cap is the TOP50 and the report has exactly that many rows', () => {
    expect(TOP50_RANKS).toBe(50);
    expect(top50RowCount(real)).toBe(TOP50_RANKS);
    expect(top50Rows(real)).toHaveLength(TOP50_RANKS);
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`show every row and no note of a longer list (${locale})`, async () => {
      const entries = entriesOf(qualityIndexCharts(locale, real), locale);
      for (const entry of entries) {
        expect(entry.partial).toBeUndefined();
        expect(captionOf(entry).partial).toBeNull();
        expect(captionOf(entry).notes).toEqual(entry.notes);
      }
      const scores = byId(entries, 'a-top50-scores');
      expect(drawnRows(scores.chart)).toBe(50);
      const html = await render(Figure, { entry: scores });
      expect(html.includes('figure-partial')).toBe(false);
      expect(html.includes('/data/patents-2021/top50')).toBe(false);
      expect(/共 \d+ 家|Top 50 of/u.test(html)).toBe(false);
    });
  }
});

describe('the TOP50 charts with a longer table (60 rows)', () => {
  const catalog = grown(60);

  it('the queries keep ranks 1–50 and count every row', () => {
    expect(top50RowCount(catalog)).toBe(60);
    expect(top50Rows(catalog).map((r) => r.rank)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  const cases = [
    { locale: 'zh-CN', note: '前50名，共60家；完整名单见数据页', page: '/data/patents-2021/top50/', csvWord: '完整CSV' },
    { locale: 'en', note: 'Top 50 of 60; the full list is on the data page', page: '/en/data/patents-2021/top50/', csvWord: 'full CSV' },
  ] as const;

  for (const { locale, note, page, csvWord } of cases) {
    const entries = entriesOf(qualityIndexCharts(locale, catalog), locale);

    it(`every TOP50 chart draws at most 50 rows and says how many there are (${locale})`, () => {
      for (const id of TOP50_CHARTS) {
        const entry = byId(entries, id);
        const drawn = drawnRows(entry.chart);
        if (drawn !== undefined) expect(drawn, id).toBe(50);
        expect(entry.table.rows.length, id).toBeLessThanOrEqual(50);
        expect(entry.partial, id).toEqual({ shown: 50, total: 60, dataset: 'patents-2021/top50', note });
        const caption = captionOf(entry);
        // Downloads and embed heights read the notes: the line is the last of them.
        expect(caption.notes.at(-1), id).toBe(note);
        expect(caption.partial, id).toEqual({ note, datasetPath: page, csvPath: '/data/patents-2021/top50.csv' });
      }
      // The top-10 panels point past the sortable table to the data page.
      const dimensions = byId(entries, 'a-top50-dimensions');
      expect(dimensions.partial).toBeUndefined();
      expect(dimensions.notes.join(' ')).toContain(locale === 'en' ? 'all 60 companies on the data page' : '全部60家见数据页');
    });

    it(`the figure links the note to the dataset page and its CSV, on the site and in an embed (${locale})`, async () => {
      const entry = byId(entries, 'a-top50-scores');
      const onPage = await render(Figure, { entry });
      // Matched as booleans: a failure should not print the whole figure.
      expect(link(page, note).test(onPage)).toBe(true);
      expect(link('/data/patents-2021/top50.csv', csvWord).test(onPage)).toBe(true);
      expect(/<a href="\/data\/patents-2021\/top50\.csv" download/u.test(onPage)).toBe(true);
      const embedded = await render(Figure, { entry, embedded: true });
      expect(link(`https://ledger.example${page}`, note).test(embedded)).toBe(true);
      expect(link('https://ledger.example/data/patents-2021/top50.csv', csvWord).test(embedded)).toBe(true);
      expect(embedded.includes(`href="https://ledger.example${page}" target="_blank" rel="noopener"`)).toBe(true);
    });

    it(`the chart's data table says so under it (${locale})`, async () => {
      const html = await render(DataTable, { entry: byId(entries, 'a-top50-granted-cited') });
      expect(html.match(/<tr/gu)?.length).toBe(51);
      expect(link(page, note).test(html)).toBe(true);
    });

    it(`the share card carries the note (${locale})`, () => {
      const entry = byId(entries, 'a-top50-scores');
      const svg = cardSpecSvg({ key: `test|${locale}|cap`, siteName: 'Ledger Atlas', context: 'A', title: entry.title, chart: entry, latin: locale === 'en' });
      expect(svg).toContain(`>${note}</text>`);
    });
  }
});
