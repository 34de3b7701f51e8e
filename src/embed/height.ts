/**
 * The fixed height of an embed iframe, computed at build time, for host pages
 * that run no script: the frame must show the whole chart without one.
 *
 * The page is laid out on paper here with the numbers of embed.css (EMBED
 * below; keep the two in step): title, subtitle, the chart (layout height of
 * the variant shown at that width, scaled down when the frame is narrower than
 * the layout), its notes, the source line, notes and credit, and padding. The
 * title is wrapped with the charts' bold width estimate, the rest (regular
 * text) with regularTextWidth. The texts are the entry's caption
 * (figure/caption.ts), the same the page shows. Charts drawn as HTML tables
 * are estimated from their table model with a rough auto table layout
 * (table-layout.ts).
 *
 * The frame's height is the estimate in a typical article column
 * (SNIPPET_WIDTH, 640 px), rounded up: there a host page that runs no script
 * shows the whole chart with little space under it. A narrower frame (a phone)
 * shows the chart's top and scrolls for the rest, a wider one leaves space
 * below or, where the wide variant grows, scrolls; with any of the host
 * scripts the frame fits its content at every width. The e2e tests check the
 * estimate against the browser's layout for every chart at 640 px, and
 * `npm run bench` reports the gap at 320, 640 and 1200 px.
 */
import type { RankingTableModel } from '../charts/ranking-table/layout.ts';
import type { ChartEntry } from '../charts/entry.ts';
import { regularTextWidth, textWidth, wrapText, type MeasureText } from '../charts/text.ts';
import { captionOf } from '../figure/caption.ts';
import { chartTableModel, shownLayout } from '../charts/layouts.ts';
import { cellLines, headerLines, tableColumnWidths, type TableMetrics } from './table-layout.ts';
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
  /** The folded data table's one-line toggle (Figure.astro), in the footer's type. */
  dataToggle: { before: 4 },
  table: { size: 14, lineHeight: 1.5, captionAfter: 8 },
} as const;

/** The frame width the fixed height is for: a typical article column. */
export const SNIPPET_WIDTH = 640;

/** Frame widths at which the bench and the tests report how well the fixed height fits: a phone, the article column, a full-width desktop frame. */
export const GAP_WIDTHS = [320, SNIPPET_WIDTH, 1200] as const;

/** Lines a paragraph takes at `width` px (bold unless another measure is given). */
export function lineCount(text: string, width: number, fontSize: number, measure?: MeasureText): number {
  if (!text.trim()) return 0;
  return Math.max(1, wrapText(text, Math.max(width, fontSize), fontSize, Number.POSITIVE_INFINITY, measure).lines.length);
}

function block(text: string | null | undefined, width: number, style: { size: number; lineHeight: number }, measure: MeasureText = regularTextWidth): number {
  return text ? lineCount(text, width, style.size, measure) * style.size * style.lineHeight : 0;
}

/**
 * Height of a ranking table (caption, header row, rows) at `width` px. The
 * metrics mirror chart.css's screen rules, which depend on the table's
 * container (the content box): under 1100 px bars shrink to 1.75rem, cells
 * tighten, headers wrap with the unit on its own line and row headers may wrap
 * (at least 6em); under 480 px bars go and short text cells keep 5.5em. Wide
 * rankings (five columns or more) keep text cells on one line; other tables
 * give them at least 9em (5.5em on phones).
 */
export function estimateTableHeight(model: RankingTableModel, caption: string, width: number): number {
  const { size, lineHeight } = EMBED.table;
  const line = size * lineHeight;
  const compact = width <= 1100;
  const phone = width <= 480;
  const wideRanking = model.columns.length >= 5;
  const metrics: TableMetrics = {
    fontSize: size,
    padX: compact ? 0.3 * 16 : 0.5 * 16,
    barTrack: phone ? 0 : compact ? 1.75 * 16 : 64,
    barGap: phone ? 0 : 6.4,
    barTextMin: 3.5 * size,
    rowHeaderNowrap: !compact,
    rowHeaderMin: compact ? 6 * size : 0,
    textMinWidth: wideRanking ? 0 : phone ? 5.5 * size : 9 * size,
    textNowrap: wideRanking,
    headerWraps: compact,
    hyphenBreaks: true,
    measure: regularTextWidth,
  };
  const padY = phone ? 0.25 * 16 : 0.3 * 16;
  const widths = tableColumnWidths(model, width, metrics);
  const tableWidth = Math.max(width, widths.reduce((s, w) => s + w, 0));
  let height = lineCount(caption, tableWidth, size) * line + EMBED.table.captionAfter;
  const headers = Math.max(...headerLines(model, widths, metrics));
  height += headers * line + 2 * padY + 1;
  let wraps = headers > 1;
  for (const cells of cellLines(model, widths, metrics)) {
    const lines = Math.max(1, ...cells.map((l) => l.length));
    wraps ||= lines > 1;
    height += lines * line + 2 * padY + 1;
  }
  // Column widths come out a few px off the browser's, which can move one wrap
  // (MasterCard fits a 74 px cell there, not here): one line's allowance, for
  // tables where something wraps at all (a one-line table has no wrap to move).
  return height + (wraps ? line : 0);
}

/** Estimated height in px of the embed page of `entry` in a frame `frameWidth` px wide. */
export function estimateEmbedHeight(entry: ChartEntry, frameWidth: number): number {
  const content = frameWidth - 2 * EMBED.padding;
  const { title, subtitle, chartNote, footer } = EMBED;
  const caption = captionOf(entry);
  let height = 2 * EMBED.padding;
  // The title is bold (embed.css), so it keeps the bold estimate.
  height += block(caption.title, content, title, textWidth) + title.after;
  height += block(caption.subtitle, content, subtitle);
  height += EMBED.chartGap;

  const model = chartTableModel(entry.chart, entry.locale);
  if (model) {
    // The table's <caption> is the chart's title.
    height += estimateTableHeight(model, caption.title, content);
    const type = chartTypeOf(entry.chart);
    if (type.kind === 'table' && type.extraHeight) height += type.extraHeight(entry.chart, content, entry.locale);
  } else {
    const layout = shownLayout(entry.chart, content, entry.locale);
    // A fixed layout's SVG scales down in a narrower frame; a fluid one keeps its height.
    if (layout) height += layout.fluid ? layout.height : layout.height * Math.min(1, content / layout.width);
  }
  for (const text of caption.chartNotes) height += chartNote.before + block(text, content, chartNote);

  height += footer.before;
  height += block(caption.source, content, footer);
  for (const note of caption.notes) height += block(note, content - EMBED.noteIndent, footer);
  // A table chart is its own table; every other chart folds its data table under the notes.
  if (!model) height += EMBED.dataToggle.before + footer.size * footer.lineHeight;
  height += EMBED.credit.before + block(caption.credit.link, content, footer);
  return height;
}

/** The iframe height of an embed snippet: the estimate at SNIPPET_WIDTH, plus 4 px for rounding in the browser's layout. */
export function embedHeight(entry: ChartEntry): number {
  let height = heights.get(entry);
  if (height === undefined) {
    height = Math.ceil(estimateEmbedHeight(entry, SNIPPET_WIDTH) + 4);
    heights.set(entry, height);
  }
  return height;
}

/** Each chart's frame height, computed once per build: every figure, oEmbed and catalogue entry asks for it. */
const heights = new WeakMap<ChartEntry, number>();
