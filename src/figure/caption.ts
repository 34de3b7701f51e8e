/**
 * A figure's caption, composed once: the title and subtitle above the chart,
 * the lines the chart writes under itself (notes of what was left out, a
 * map's countries too small to see), the source line, the entry's notes and
 * the credit. The page (Figure.astro), the standalone SVG download
 * (standalone.ts) and the embed height estimate (height.ts) all draw or
 * measure this one structure, so they cannot disagree on a word.
 *
 * The chart components (ChartFigure, RankingTable, Choropleth) still write
 * the chart's own lines in their HTML, inside the chart's <figure>: they
 * cannot import this module, which reaches them through the chart-type table,
 * without an import cycle. A unit test holds their text to `chartNotes`.
 */
import { chartTypeOf, type HardToSee } from '../charts/chart-types.ts';
import type { ChartEntry } from '../charts/entry.ts';
import { chartPath } from '../paths.ts';
import { chartLayout, chartTableModel, NARROW_WIDTH } from '../embed/layouts.ts';

/** The site's name as credits give it (the text layer will own it, with the other copies of it). */
const SITE_NAME = 'Ledger Atlas 区块链数据图集';

/** Every word of a caption, in one place, to move to the text layer as a whole. */
export const CAPTION_TEXT = {
  notes: (notes: readonly string[]) => `注：${notes.join('；')}。`,
  hardToSee: (items: readonly HardToSee[]) => `图中难以看清的国家和地区：${items.map((s) => `${s.label}（${s.category}）`).join('、')}。`,
  sourceLead: (source: string) => `来源：${source}`,
  sourceRef: (ref: string) => `（对应报告${ref}）`,
  /** The credit under an embedded chart, a link to its chapter. */
  creditLink: `${SITE_NAME} · 查看所在章节 ↗`,
  /** The credit of a downloaded file, which cannot link, so it spells the address out. */
  creditFile: (chapterUrl: string) => `${SITE_NAME} · ${chapterUrl}`,
} as const;

export interface Caption {
  readonly title: string;
  /** Null when the entry has none (or an empty one). */
  readonly subtitle: string | null;
  /** The lines the chart writes under itself, from its narrowest layout, as its component does. */
  readonly chartNotes: readonly string[];
  /** The whole source line, with the report's table or figure when the entry has one. */
  readonly source: string;
  /** The source line in its two parts, for the page, which sets the reference apart. */
  readonly sourceParts: { readonly lead: string; readonly ref: string | null };
  /** The entry's caveats, one per item. */
  readonly notes: readonly string[];
  readonly credit: {
    /** Link text under an embedded chart. */
    readonly link: string;
    /** Where the chart is on the site (to make absolute with the site's address). */
    readonly chapterPath: string;
  };
}

/** Captions are asked for by every height estimate, download and page of a chart: compose each once. */
const captions = new WeakMap<ChartEntry, Caption>();

export function captionOf(entry: ChartEntry): Caption {
  let caption = captions.get(entry);
  if (!caption) {
    const lead = CAPTION_TEXT.sourceLead(entry.source);
    const ref = entry.ref ? CAPTION_TEXT.sourceRef(entry.ref) : null;
    caption = {
      title: entry.title,
      subtitle: entry.subtitle || null,
      chartNotes: chartNotesOf(entry),
      source: `${lead}${ref ?? ''}`,
      sourceParts: { lead, ref },
      notes: entry.notes,
      credit: { link: CAPTION_TEXT.creditLink, chapterPath: chartPath(entry) },
    };
    captions.set(entry, caption);
  }
  return caption;
}

function chartNotesOf({ chart }: ChartEntry): string[] {
  const lines: string[] = [];
  const model = chartTableModel(chart);
  if (model) {
    if (model.notes.length > 0) lines.push(CAPTION_TEXT.notes(model.notes));
    return lines;
  }
  const layout = chartLayout(chart, NARROW_WIDTH);
  if (!layout) return lines;
  if (layout.notes.length > 0) lines.push(CAPTION_TEXT.notes(layout.notes));
  const type = chartTypeOf(chart);
  const hidden = type.kind === 'svg' ? (type.hardToSee?.(chart, layout) ?? []) : [];
  if (hidden.length > 0) lines.push(CAPTION_TEXT.hardToSee(hidden));
  return lines;
}
