import { chartRegistry } from '../../../src/reports/site.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutRankingTable } from '../../../src/charts/ranking-table/layout.ts';
import { EMBED, embedHeight, SNIPPET_WIDTH, estimateEmbedHeight, estimateTableHeight, lineCount } from '../../../src/embed/height.ts';
import { chartFluidLayout, chartLayout, NARROW_WIDTH, WIDE_WIDTH } from '../../../src/charts/layouts.ts';

const entries = chartRegistry();
const css = readFileSync('src/embed/embed.css', 'utf8');

/** The declarations of the embed.css rule whose selector ends with `selector`. */
function rule(selector: string): string {
  const match = css.match(new RegExp(`${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`));
  if (!match) throw new Error(`no rule for ${selector} in embed.css`);
  return match[1]!;
}

describe('the height estimate', () => {
  it('uses the sizes embed.css sets', () => {
    expect(rule('.embed-main')).toContain(`padding: ${EMBED.padding}px`);
    expect(rule('.figure-title')).toContain(`font-size: ${EMBED.title.size}px; line-height: ${EMBED.title.lineHeight}`);
    expect(rule('.figure-title')).toContain(`margin: 0 0 ${EMBED.title.after}px`);
    expect(rule('.figure-subtitle')).toContain(`font-size: ${EMBED.subtitle.size}px; line-height: ${EMBED.subtitle.lineHeight}`);
    expect(rule('.chart-figure')).toContain(`margin: ${EMBED.chartGap}px 0 0`);
    expect(rule('.ranking-table-wrap')).toContain(`margin-top: ${EMBED.chartGap}px`);
    expect(rule('.chart-after')).toContain(`margin: ${EMBED.chartNote.before}px 0 0; font-size: ${EMBED.chartNote.size}px; line-height: ${EMBED.chartNote.lineHeight}`);
    expect(rule('.figure-footer')).toContain(`margin-top: ${EMBED.footer.before}px; font-size: ${EMBED.footer.size}px; line-height: ${EMBED.footer.lineHeight}`);
    expect(rule('.figure-notes')).toContain(`padding-left: ${EMBED.noteIndent}px`);
    expect(rule('.figure-credit')).toContain(`margin: ${EMBED.credit.before}px 0 0`);
    expect(rule('.embed-main table')).toContain(`font-size: ${EMBED.table.size}px; line-height: ${EMBED.table.lineHeight}`);
  });

  it('counts wrapped lines', () => {
    expect(lineCount('', 100, 14)).toBe(0);
    expect(lineCount('短', 100, 14)).toBe(1);
    expect(lineCount('一二三四五六七八九十', 70, 14)).toBe(2);
  });

  it('covers the chart at its drawn size plus its texts', () => {
    for (const entry of entries) {
      // A fluid chart is one SVG of one height at every width; others show a variant per width.
      const fluid = chartFluidLayout(entry.chart);
      const narrow = fluid ?? chartLayout(entry.chart, NARROW_WIDTH);
      const wide = fluid ?? chartLayout(entry.chart, WIDE_WIDTH);
      if (!narrow || !wide) continue;
      // Frame 364 px: the narrow variant at full size; frame 784 px: the wide one.
      expect(estimateEmbedHeight(entry, NARROW_WIDTH + 2 * EMBED.padding), entry.id).toBeGreaterThan(narrow.height + 60);
      expect(estimateEmbedHeight(entry, WIDE_WIDTH + 2 * EMBED.padding), entry.id).toBeGreaterThan(wide.height + 60);
    }
  });

  it('grows as the frame narrows and the texts wrap, for the same variant', () => {
    const entry = entries.find((e) => e.subtitle && e.subtitle.length > 30 && e.chart.type !== 'ranking-table' && !chartFluidLayout(e.chart))!;
    expect(estimateEmbedHeight(entry, 600)).toBeGreaterThan(estimateEmbedHeight(entry, 784) - (chartLayout(entry.chart, WIDE_WIDTH)!.height * (1 - 576 / 760)) - 1);
    expect(estimateEmbedHeight(entry, 300)).toBeGreaterThanOrEqual(estimateEmbedHeight(entry, 364) - chartLayout(entry.chart, NARROW_WIDTH)!.height * (1 - 276 / 340));
  });

  it('gives every chart the estimate for a 640 px article column, whole px, a few px over', () => {
    for (const entry of entries) {
      const height = embedHeight(entry);
      const estimate = estimateEmbedHeight(entry, SNIPPET_WIDTH);
      expect(Number.isInteger(height), entry.id).toBe(true);
      expect(height - estimate, entry.id).toBeGreaterThanOrEqual(4);
      expect(height - estimate, entry.id).toBeLessThan(5);
      expect(height, entry.id).toBeLessThan(4000);
    }
  });

  it('estimates tables by their rows, taller on a phone', () => {
    const entry = entries.find((e) => e.chart.type === 'ranking-table')!;
    if (entry.chart.type !== 'ranking-table') throw new Error('no table');
    const model = layoutRankingTable(entry.chart.rows, entry.chart.columns, entry.chart.options);
    const fewer = { ...model, rows: model.rows.slice(0, 3) };
    expect(estimateTableHeight(model, entry.title, 760)).toBeGreaterThan(estimateTableHeight(fewer, entry.title, 760));
    expect(estimateTableHeight(model, entry.title, 296)).toBeGreaterThanOrEqual(estimateTableHeight(model, entry.title, 760) * 0.9);
  });
});
