/**
 * The fixed height of an embed iframe, computed at build time, for host pages
 * that run no script: the frame must show the whole chart without one.
 *
 * The page is laid out on paper here with the numbers of embed.css (EMBED
 * below; keep the two in step): title, subtitle, the chart (layout height of
 * the variant shown at that width, scaled down when the frame is narrower than
 * the layout), its notes, the source line, notes and credit, and padding. Text
 * is wrapped with the charts' own width estimate, which errs wide (it uses
 * bold advance widths), so the estimate errs tall. The texts are the entry's
 * caption (figure/caption.ts), the same the page shows. Charts drawn as HTML
 * tables are estimated from their table model with a rough auto table layout
 * (table-layout.ts). The frame's height is the
 * largest estimate over a phone (320 px) and the widths that show the wide
 * variant, rounded up, so nothing is cut on phones; a wider frame only leaves
 * space below the chart. The e2e tests check the estimate against the
 * browser's layout for every chart.
 */
import type { RankingTableModel } from '../charts/ranking-table/layout.ts';
import type { ChartEntry } from '../charts/entry.ts';
import { wrapText } from '../charts/text.ts';
import { captionOf } from '../figure/caption.ts';
import { chartLayout, chartTableModel, NARROW_BREAKPOINT, NARROW_WIDTH, WIDE_WIDTH } from '../charts/layouts.ts';
import { cellLines, tableColumnWidths } from './table-layout.ts';
import { chartTypeOf } from '../charts/chart-types.ts';

/** Sizes in px of the embed page (embed.css). */
export const EMBED = {
  padding: 12,
  title: { size: 18, lineHeight: 1.4, after: 2 },
  subtitle: { size: 14, lineHeight: 1.5 },
  chartGap: 10,
  chartNote: { size: 14, lineHeight: 1.5, before: 8 },
  footer: { size: 12, lineHeight: 1.5, before: 8 },
  noteIndent: 15,
  credit: { before: 4 },
  table: { size: 14, lineHeight: 1.5, captionAfter: 8 },
} as const;

/**
 * Frame widths the fixed height must serve: a phone (a 360 px screen less the
 * host page's margins), the widest frame in which the narrow variant is still
 * drawn at its full size (it only shrinks below that), and the narrowest and
 * widest frames that show the wide variant.
 */
export const ESTIMATE_WIDTHS = [
  320,
  NARROW_WIDTH + 2 * EMBED.padding,
  NARROW_BREAKPOINT + 2 * EMBED.padding,
  WIDE_WIDTH + 2 * EMBED.padding,
] as const;

/**
 * Browsers give table columns less room than the estimate (text there is
 * regular, the width estimate bold, and squeezed columns wrap sooner than
 * modelled), so table heights get this much more.
 */
export const TABLE_ALLOWANCE = 1.1;

/** Lines a paragraph takes at `width` px. */
export function lineCount(text: string, width: number, fontSize: number): number {
  if (!text.trim()) return 0;
  return Math.max(1, wrapText(text, Math.max(width, fontSize), fontSize, Number.POSITIVE_INFINITY).lines.length);
}

function block(text: string | null | undefined, width: number, style: { size: number; lineHeight: number }): number {
  return text ? lineCount(text, width, style.size) * style.size * style.lineHeight : 0;
}

/** Height of a ranking table (caption, header row, rows) at `width` px in a frame `frameWidth` px wide. */
export function estimateTableHeight(model: RankingTableModel, caption: string, width: number, frameWidth: number): number {
  const { size, lineHeight } = EMBED.table;
  const line = size * lineHeight;
  // chart.css tightens cells below 480 px of viewport (the frame's width here).
  const narrowScreen = frameWidth <= 480;
  const padY = narrowScreen ? 4 : 4.8;
  const metrics = { fontSize: size, padX: narrowScreen ? 4.8 : 8, barTrack: narrowScreen ? 40 : 64, barGap: 6.4, barTextMin: 3.5 * size, rowHeaderNowrap: true, textMinWidth: 9 * size };
  const widths = tableColumnWidths(model, width, metrics);
  const tableWidth = Math.max(width, widths.reduce((s, w) => s + w, 0));
  let height = lineCount(caption, tableWidth, size) * line + EMBED.table.captionAfter;
  height += line + 2 * padY + 1; // header row: one line, never wraps
  for (const cells of cellLines(model, widths, metrics)) {
    height += Math.max(1, ...cells.map((lines) => lines.length)) * line + 2 * padY + 1;
  }
  return height;
}

/** Estimated height in px of the embed page of `entry` in a frame `frameWidth` px wide. */
export function estimateEmbedHeight(entry: ChartEntry, frameWidth: number): number {
  const content = frameWidth - 2 * EMBED.padding;
  const { title, subtitle, chartNote, footer } = EMBED;
  const caption = captionOf(entry);
  let height = 2 * EMBED.padding;
  height += block(caption.title, content, title) + title.after;
  height += block(caption.subtitle, content, subtitle);
  height += EMBED.chartGap;

  const model = chartTableModel(entry.chart, entry.locale);
  if (model) {
    // The table's <caption> is the chart's title.
    height += estimateTableHeight(model, caption.title, content, frameWidth) * TABLE_ALLOWANCE;
    const type = chartTypeOf(entry.chart);
    if (type.kind === 'table' && type.extraHeight) height += type.extraHeight(entry.chart, content, entry.locale);
  } else {
    const layoutWidth = content < NARROW_BREAKPOINT ? NARROW_WIDTH : WIDE_WIDTH;
    const layout = chartLayout(entry.chart, layoutWidth, entry.locale);
    if (layout) height += layout.height * Math.min(1, content / layout.width);
  }
  for (const text of caption.chartNotes) height += chartNote.before + block(text, content, chartNote);

  height += footer.before;
  height += block(caption.source, content, footer);
  for (const note of caption.notes) height += block(note, content - EMBED.noteIndent, footer);
  height += EMBED.credit.before + block(caption.credit.link, content, footer);
  return height;
}

/** The iframe height of an embed snippet: the largest estimate over ESTIMATE_WIDTHS, plus a little, rounded up to 10 px. */
export function embedHeight(entry: ChartEntry): number {
  let height = heights.get(entry);
  if (height === undefined) {
    const estimate = Math.max(...ESTIMATE_WIDTHS.map((w) => estimateEmbedHeight(entry, w)));
    height = Math.ceil((estimate + 8) / 10) * 10;
    heights.set(entry, height);
  }
  return height;
}

/** Each chart's frame height, computed once per build: every figure, oEmbed and catalogue entry asks for it. */
const heights = new WeakMap<ChartEntry, number>();
