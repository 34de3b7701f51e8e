import { Resvg } from '@resvg/resvg-js';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { chartFigureHtml, entryFigure } from '../../../src/charts/chart-figure.ts';
import { PALETTE } from '../../../src/charts/palette.ts';
import { layoutRankingTable } from '../../../src/charts/ranking-table/layout.ts';
import { chartStandaloneSvg } from '../../../src/embed/downloads.ts';
import { WIDE_WIDTH } from '../../../src/charts/layouts.ts';
import { tableSvg } from '../../../src/embed/table-svg.ts';
import { chartRegistry } from '../../../src/reports/site.ts';

const entries = chartRegistry();
const light = PALETTE.light;

describe('standalone SVG files', () => {
  const sample = ['a-country-grants', 'b-backend-salaries', 'a-top50-map', 'b-platform-comparison'].map((id) => entries.find((e) => e.id === id)!);

  it.each(sample.map((e) => [e.id, e] as const))('%s is a whole document of the layout width, with title, source and palette', { timeout: 30_000 }, async (_id, entry) => {
    const { svg, width, height } = await chartStandaloneSvg(entry, 'https://atlas.example/');
    expect(width).toBe(WIDE_WIDTH);
    expect(svg).toMatch(new RegExp(`^<\\?xml [^>]+>\\n<svg xmlns="http://www.w3.org/2000/svg" width="${WIDE_WIDTH}" height="${height}" viewBox="0 0 ${WIDE_WIDTH} ${height}" font-family="[^"]*Noto Sans CJK SC`));
    expect(svg).toContain(`<title>${entry.title.replace(/&/g, '&amp;')}</title>`);
    expect(svg).toContain('来源：');
    expect(svg).toContain('https://atlas.example/');
    expect(svg).not.toContain('var(--');
    // Colours are written on the elements, from the light palette; there is no stylesheet to resolve.
    expect(svg).not.toContain('<style');
    expect(svg).toContain(`<rect width="${WIDE_WIDTH}" height="${height}" fill="${light.bg}"></rect>`);
    expect(svg).toMatch(new RegExp(`<text class="sa-title" font-size="20" fill="${light.ink}" font-weight="700">`));
    expect(svg).toContain(`class="sa-muted" font-size="12" fill="${light.muted}"`);
    // Every text and every mark carries its colour, one of the light palette's.
    const colours = new Set<string>([...light.slots, ...light.onSlots, ...light.sequence, light.faded, light.onFaded, light.ink, light.muted]);
    const painted = [...svg.matchAll(/<(?:text|rect|circle|path|g) class="(?:chart-text|mark)[ "][^>]*>/g)].map((m) => m[0]);
    expect(painted.length).toBeGreaterThan(5);
    for (const tag of painted) expect(colours, tag).toContain(tag.match(/ fill="([^"]+)"/)?.[1]);
    // resvg parses it and sees the same size.
    const parsed = new Resvg(svg, { font: { loadSystemFonts: false } });
    expect([parsed.width, parsed.height]).toEqual([WIDE_WIDTH, height]);
  });
});

describe('text from the data in a standalone SVG', () => {
  it('is escaped for XML, so a < or & in a label cannot break the file', { timeout: 30_000 }, async () => {
    const base = entries.find((e) => e.id === 'a-industries')!;
    if (base.chart.type !== 'ranked-bars') throw new Error('not ranked bars');
    const label = 'Coin<plug & "Co"';
    const entry = { ...base, id: 'test-escaping', title: `${label} 的标题`, chart: { ...base.chart, rows: [{ label, value: 3 }, ...base.chart.rows.slice(1)] } };
    const { svg, width } = await chartStandaloneSvg(entry, 'https://atlas.example/');
    expect(svg).not.toContain('Coin<plug');
    expect(svg).toContain('Coin&#x3C;plug &#x26; "Co" 的标题');
    const parsed = new Resvg(svg, { font: { loadSystemFonts: false } });
    expect(parsed.width).toBe(width);
  });
});

describe('tableSvg', () => {
  it('draws every row of a ranking table within the width', () => {
    const entry = entries.find((e) => e.id === 'a-top50-table')!;
    if (entry.chart.type !== 'ranking-table') throw new Error('not a table');
    const model = layoutRankingTable(entry.chart.rows, entry.chart.columns, entry.chart.options);
    const table = tableSvg(model, 760, entry.title);
    const { height } = table;
    const svg = toHtml(table.svg, { space: 'svg' });
    expect(height).toBeGreaterThan(model.rows.length * 20);
    // Wrapped cells are consecutive tspans, so the text without tags holds each name whole.
    const text = svg.replace(/<title>[^<]*<\/title>/g, '').replace(/<[^>]+>/g, '');
    for (const row of model.rows) expect(text).toContain(row.cells[1]!.text.replace(/&/g, '&amp;'));
    const xs = [...svg.matchAll(/ x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeLessThanOrEqual(760);
  });
});

describe('the chart in a standalone SVG', () => {
  it('is the wide SVG of the page, with the same ids and marks, painted', { timeout: 30_000 }, async () => {
    // A chart the page draws as a narrow and a wide SVG (a fluid one has no wide SVG on the page).
    const entry = entries.find((e) => e.chart.type === 'grouped-bars')!;
    const { svg } = await chartStandaloneSvg(entry, 'https://atlas.example/');
    const page = chartFigureHtml(entry.chart, entryFigure(entry));
    const wide = page.slice(page.indexOf('<svg class="chart-svg chart-wide"'), page.indexOf('</svg>', page.indexOf('chart-wide')) + '</svg>'.length);
    expect(wide).toContain(`aria-labelledby="${entry.id}-chart-w-title ${entry.id}-chart-w-desc"`);
    // Without the paint attributes (and the position the file gives it), the file's chart is the page's.
    const unpainted = svg
      .slice(svg.indexOf('<svg x="0"'), svg.indexOf('</svg>') + '</svg>'.length)
      .replace(/^<svg x="0" y="[\d.]+" /, '<svg ')
      .replace(/ (fill|fill-opacity|stroke|stroke-width|stroke-dasharray|font-weight)="[^"]*"/g, '')
      // XML spells an empty attribute out; HTML writes the bare name.
      .replaceAll(' data-tip=""', ' data-tip');
    expect(unpainted).toBe(wide);
  });
});
