/**
 * How well each chart's fixed snippet height fits its embed page without any
 * host script: the embed page's content height at a phone's width, an article
 * column and a full-width frame, against the height the snippet gives
 * (charts.json). Gap = the share of the frame left empty; a negative gap is
 * content taller than the frame, which then scrolls.
 */
import type { Browser } from '@playwright/test';
import { GAP_WIDTHS } from '../../src/embed/height.ts';
import { median } from './stats.ts';

export interface EmbedFitRow {
  id: string;
  edition: 'zh-CN' | 'en';
  height: number;
  /** Content height in px, by frame width. */
  content: Record<string, number>;
}

export interface EmbedFitResults {
  widths: number[];
  rows: EmbedFitRow[];
}

/** The share of a frame `height` px tall that content `content` px tall leaves empty (negative: it overflows). */
export function gapOf(height: number, content: number): number {
  return (height - content) / height;
}

export async function measureEmbedFit(browser: Browser, origin: string): Promise<EmbedFitResults> {
  const rows: EmbedFitRow[] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    for (const [edition, prefix] of [['zh-CN', ''], ['en', '/en']] as const) {
      const response = await page.request.get(`${origin}${prefix}/charts.json`);
      const catalogue = (await response.json()) as { charts: { id: string; embedUrl: string; height: number }[] };
      for (const chart of catalogue.charts) {
        const row: EmbedFitRow = { id: chart.id, edition, height: chart.height, content: {} };
        for (const width of GAP_WIDTHS) {
          await page.setViewportSize({ width, height: 600 });
          await page.goto(origin + new URL(chart.embedUrl).pathname);
          await page.evaluate(() => document.fonts.ready);
          row.content[width] = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
        }
        rows.push(row);
      }
    }
  } finally {
    await context.close();
  }
  return { widths: [...GAP_WIDTHS], rows };
}

export const EMBED_FIT_HEAD = ['frame width', 'median gap', 'largest gap', 'charts that scroll', 'most content below the frame'];

/** One results-table row per frame width: median and largest gap, how many charts overflow, and by how much at most. */
export function embedFitRows(e: EmbedFitResults): string[][] {
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  return e.widths.map((w) => {
    const gaps = e.rows.map((row) => ({ row, gap: gapOf(row.height, row.content[w]!) }));
    const widest = gaps.reduce((a, b) => (b.gap > a.gap ? b : a));
    const over = gaps.filter((g) => g.gap < 0);
    const below = (g: (typeof gaps)[number]) => g.row.content[w]! - g.row.height;
    const worst = over.reduce<(typeof gaps)[number] | undefined>((a, b) => (!a || below(b) > below(a) ? b : a), undefined);
    return [
      `${w} px`,
      pct(median(gaps.map((g) => g.gap))),
      `${pct(widest.gap)} (${widest.row.edition} ${widest.row.id})`,
      `${over.length} of ${gaps.length}`,
      worst ? `${Math.round(below(worst))} px (${worst.row.edition} ${worst.row.id})` : '–',
    ];
  });
}
