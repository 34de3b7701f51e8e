import { chartRegistry } from '../../../src/reports/site.ts';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { layoutRankingTable } from '../../../src/charts/ranking-table/layout.ts';
import { chartStandaloneSvg } from '../../../src/embed/downloads.ts';
import { WIDE_WIDTH } from '../../../src/embed/layouts.ts';
import { paletteOf, pickWideSvg, resolveChartCss } from '../../../src/embed/standalone.ts';
import { tableSvg } from '../../../src/embed/table-svg.ts';

const chartCss = readFileSync('src/charts/chart.css', 'utf8');
const cssVar = (name: string) => chartCss.match(new RegExp(`${name}:\\s*([^;]+);`))![1]!.trim();
const entries = chartRegistry();

describe('resolveChartCss', () => {
  const resolved = resolveChartCss(chartCss);
  const lines = resolved.split('\n');

  it('leaves no custom property and no interaction or print rule', () => {
    expect(resolved).not.toContain('var(');
    expect(resolved).not.toContain('--');
    expect(resolved).not.toMatch(/:focus|@media|@container/);
  });

  it('paints each palette slot with its light-theme colour', () => {
    for (let slot = 1; slot <= 6; slot++) {
      expect(resolved).toContain(`.chart-svg .mark.s${slot},.chart-svg .swatch.s${slot},.chart-svg .pattern-bg.s${slot}{fill:${cssVar(`--chart-${slot}`)}}`);
    }
    expect(resolved).toContain(`.chart-svg .chart-text{fill:${cssVar('--chart-ink')}}`);
    expect(resolved).toContain("font-family:'Noto Sans CJK SC'");
  });

  it('keeps chart.css order deciding between rules, e.g. faded bars and unfilled slope lines', () => {
    const index = (needle: string) => lines.findIndex((l) => l.includes(needle));
    expect(index('.mark.faded')).toBeGreaterThan(index('.mark.s6'));
    expect(lines.find((l) => l.startsWith('.chart-svg .slope.s1,') && l.includes('fill:none'))).toBeTruthy();
    expect(index('.slope.s1,.chart-svg .connector.s1,')).toBeGreaterThan(index('.chart-svg .mark.s1,'));
  });

  it('reads the text colours of the header and footer from the palette', () => {
    expect(paletteOf(chartCss)).toEqual({ ink: cssVar('--chart-ink'), muted: cssVar('--chart-muted'), grid: cssVar('--chart-grid'), bg: cssVar('--chart-bg') });
  });
});

describe('pickWideSvg', () => {
  it('takes the wide variant, or the only one', () => {
    const markup = '<figure><svg class="chart-svg chart-narrow" a="1"><g/></svg><svg class="chart-svg chart-wide" b="2"><g/></svg></figure>';
    expect(pickWideSvg(markup)).toBe('<svg class="chart-svg chart-wide" b="2"><g/></svg>');
    expect(pickWideSvg('<svg class="chart-svg chart-only"></svg>')).toBe('<svg class="chart-svg chart-only"></svg>');
    expect(pickWideSvg('<table></table>')).toBeNull();
  });
});

describe('standalone SVG files', () => {
  const sample = ['a-country-grants', 'b-market-global', 'a-top50-map', 'b-platform-comparison'].map((id) => entries.find((e) => e.id === id)!);

  it.each(sample.map((e) => [e.id, e] as const))('%s is a whole document of the layout width, with title, source and palette', { timeout: 30_000 }, async (_id, entry) => {
    const { svg, width, height } = await chartStandaloneSvg(entry, 'https://atlas.example/');
    expect(width).toBe(WIDE_WIDTH);
    expect(svg).toMatch(new RegExp(`^<\\?xml [^>]+>\\n<svg xmlns="http://www.w3.org/2000/svg" width="${WIDE_WIDTH}" height="${height}" viewBox="0 0 ${WIDE_WIDTH} ${height}" font-family="[^"]*Noto Sans CJK SC`));
    expect(svg).toContain(`<title>${entry.title.replace(/&/g, '&amp;')}</title>`);
    expect(svg).toContain('来源：');
    expect(svg).toContain('https://atlas.example/');
    expect(svg).not.toContain('var(--');
    // resvg parses it and sees the same size.
    const parsed = new Resvg(svg, { font: { loadSystemFonts: false } });
    expect([parsed.width, parsed.height]).toEqual([WIDE_WIDTH, height]);
  });
});

describe('tableSvg', () => {
  it('draws every row of a ranking table within the width', () => {
    const entry = entries.find((e) => e.id === 'a-top50-table')!;
    if (entry.chart.type !== 'ranking-table') throw new Error('not a table');
    const model = layoutRankingTable(entry.chart.rows, entry.chart.columns, entry.chart.options);
    const { svg, height } = tableSvg(model, 760, entry.title);
    expect(height).toBeGreaterThan(model.rows.length * 20);
    // Wrapped cells are consecutive tspans, so the text without tags holds each name whole.
    const text = svg.replace(/<title>[^<]*<\/title>/g, '').replace(/<[^>]+>/g, '');
    for (const row of model.rows) expect(text).toContain(row.cells[1]!.text.replace(/&/g, '&amp;'));
    const xs = [...svg.matchAll(/ x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeLessThanOrEqual(760);
  });
});
