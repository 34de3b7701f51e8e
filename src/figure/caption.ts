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
 * without an import cycle. A unit test holds their text to `chartNotes`; the
 * words themselves are in caption-text.ts, which they can import.
 */
import { chartTypeOf } from '../charts/chart-types.ts';
import type { ChartEntry } from '../charts/entry.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { chartPath } from '../paths.ts';
import { chartLayout, chartTableModel, NARROW_WIDTH } from '../charts/layouts.ts';
import { captionText, type CaptionText } from './caption-text.ts';

export { captionText, type CaptionText };

/** The caption words of the site's default locale, for callers that do not pass a locale yet. */
export const CAPTION_TEXT: CaptionText = captionText(DEFAULT_LOCALE);

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

/** Captions are asked for by every height estimate, download and page of a chart: compose each once per locale. */
const captions = new WeakMap<ChartEntry, Map<Locale, Caption>>();

/** The caption of `entry` in `locale` (default: the site's default locale). */
export function captionOf(entry: ChartEntry, locale: Locale = DEFAULT_LOCALE): Caption {
  let byLocale = captions.get(entry);
  if (!byLocale) captions.set(entry, (byLocale = new Map()));
  let caption = byLocale.get(locale);
  if (!caption) {
    const text = captionText(locale);
    const lead = text.sourceLead(entry.source);
    const ref = entry.ref ? text.sourceRef(entry.ref) : null;
    caption = {
      title: entry.title,
      subtitle: entry.subtitle || null,
      chartNotes: chartNotesOf(entry, locale, text),
      source: `${lead}${ref ?? ''}`,
      sourceParts: { lead, ref },
      notes: entry.notes,
      credit: { link: text.creditLink, chapterPath: chartPath(entry) },
    };
    byLocale.set(locale, caption);
  }
  return caption;
}

function chartNotesOf({ chart }: ChartEntry, locale: Locale, text: CaptionText): string[] {
  const lines: string[] = [];
  const model = chartTableModel(chart, locale);
  if (model) {
    if (model.notes.length > 0) lines.push(text.notes(model.notes));
    return lines;
  }
  const layout = chartLayout(chart, NARROW_WIDTH, locale);
  if (!layout) return lines;
  if (layout.notes.length > 0) lines.push(text.notes(layout.notes));
  const type = chartTypeOf(chart);
  const hidden = type.kind === 'svg' ? (type.hardToSee?.(chart, layout) ?? []) : [];
  if (hidden.length > 0) lines.push(text.hardToSee(hidden));
  return lines;
}
