/**
 * Every registry entry: a sound declaration, and an SVG snapshot of its chart
 * drawn from the real data (numbers rounded so snapshots do not churn). A
 * changed CSV shows up here as a changed snapshot to review.
 */
import { chartRegistry, DATASETS, reportMeta } from '../../../src/reports/site.ts';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ChartView from '../../../src/charts/ChartView.astro';
import { captionOf } from '../../../src/figure/caption.ts';
import { normaliseMarkup } from './helpers.ts';

const entries = chartRegistry();
const datasetIds = new Set(DATASETS.map((d) => d.id));

describe('the chart registry', () => {
  it('has entries for both reports, with unique, URL-safe ids', () => {
    expect(new Set(entries.map((e) => e.report))).toEqual(new Set(['patents-2021', 'trends-2020']));
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) expect(e.id).toMatch(/^[ab]-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s is declared completely', (_id, entry) => {
    expect(reportMeta(entry.report).chapters.map((c) => c.slug)).toContain(entry.chapter);
    expect(entry.title.length).toBeGreaterThan(0);
    expect(entry.source).toContain(`报告${reportMeta(entry.report).letter}`);
    expect(entry.datasets.length).toBeGreaterThan(0);
    for (const id of entry.datasets) expect(datasetIds).toContain(id);
    expect(entry.table.columns.length).toBeGreaterThan(0);
    expect(entry.table.rows.length).toBeGreaterThan(0);
    for (const row of entry.table.rows) expect(Object.keys(row).sort()).toEqual(entry.table.columns.map((c) => c.key).sort());
  });
});

describe('registry charts render to SVG', async () => {
  const container = await AstroContainer.create();
  it.each(entries.map((e) => [e.id, e] as const))('%s', { timeout: 30_000 }, async (id, entry) => {
    const html = normaliseMarkup(await container.renderToString(ChartView, { props: { entry } }));
    expect(html).not.toMatch(/NaN|undefined|Infinity/u);
    const isTable = entry.chart.type === 'ranking-table' || entry.chart.type === 'index-explorer';
    if (isTable) {
      expect(html).toContain('<table');
    } else {
      expect(html).toContain('role="img"');
      if (html.includes('data-row-tips=')) {
        // Row tips: every bar's name and value are printed beside it, and the page's script gives
        // the bars their <title> and tab stop from them (src/scripts/row-tips.ts; e2e embed tests).
        expect(html).not.toContain('tabindex');
      } else {
        // The first mark is the chart's tab stop, and its tooltip text is its own <title>.
        expect(html).toMatch(/tabindex="0" data-tip[^>]*>\s*<title>[^<]+<\/title>/u);
      }
    }
    // The downloads and embed heights use the caption's copy of the chart's own lines.
    for (const line of captionOf(entry).chartNotes) expect(html).toContain(line);
    await expect(html).toMatchFileSnapshot(`__snapshots__/registry/${id}.${isTable ? 'html' : 'svg'}`);
  });
});
