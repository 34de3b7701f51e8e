/**
 * A figure's caption, composed once: the title and subtitle above the chart,
 * the lines the chart writes under itself (notes of what was left out, a
 * map's countries too small to see), the source line, the entry's notes and
 * the credit. The page (Figure.astro), the standalone SVG download
 * (standalone.ts) and the embed height estimate (height.ts) all draw or
 * measure this one structure, so they cannot disagree on a word.
 *
 * The chart's own lines are written by src/charts/chart-notes.ts, which the
 * page's figure (chart-figure.ts) calls too; a unit test holds the page's
 * text to `chartNotes`.
 */
import { afterLines } from '../charts/chart-figure.ts';
import { notesLine } from '../charts/chart-notes.ts';
import type { ChartEntry } from '../charts/entry.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { referenceIn } from '../i18n/references.ts';
import { useTranslations } from '../i18n/translate.ts';
import { chartPath, datasetCsvPath, datasetPath } from '../paths.ts';
import { chartTableModel, shownLayout } from '../charts/layouts.ts';
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
  /** The entry's caveats, one per item, then the line saying the chart shows only part of its rows (`partial`). */
  readonly notes: readonly string[];
  /**
   * For a chart of the first rows of a longer dataset: the last of `notes`, with the addresses of
   * the dataset's page and CSV that list every row, which the page links it to. Null otherwise.
   */
  readonly partial: { readonly note: string; readonly datasetPath: string; readonly csvPath: string } | null;
  readonly credit: {
    /** Link text under an embedded chart. */
    readonly link: string;
    /** Where the chart is on the site (to make absolute with the site's address). */
    readonly chapterPath: string;
  };
}

/** Captions are asked for by every height estimate, download and page of a chart: compose each once per locale. */
const captions = new WeakMap<ChartEntry, Map<Locale, Caption>>();

/** The caption of `entry`, in the language its words are in. */
export function captionOf(entry: ChartEntry, locale: Locale = entry.locale): Caption {
  let byLocale = captions.get(entry);
  if (!byLocale) captions.set(entry, (byLocale = new Map()));
  let caption = byLocale.get(locale);
  if (!caption) {
    const text = captionText(locale);
    const lead = text.sourceLead(entry.source);
    const ref = entry.ref ? text.sourceRef(referenceIn(entry.ref, locale)) : null;
    caption = {
      title: entry.title,
      subtitle: entry.subtitle || null,
      chartNotes: chartNotesOf(entry, locale),
      source: `${lead}${ref ?? ''}`,
      sourceParts: { lead, ref },
      notes: entry.partial ? [...entry.notes, entry.partial.note] : entry.notes,
      partial: entry.partial ? { note: entry.partial.note, datasetPath: datasetPath(entry.partial.dataset, locale), csvPath: datasetCsvPath(entry.partial.dataset) } : null,
      credit: { link: text.creditLink, chapterPath: chartPath(entry, locale) },
    };
    byLocale.set(locale, caption);
  }
  return caption;
}

function chartNotesOf({ chart }: ChartEntry, locale: Locale): string[] {
  const model = chartTableModel(chart, locale);
  const t = useTranslations(locale);
  if (model) return [notesLine(model.notes, t)].filter(Boolean);
  const layout = shownLayout(chart, 0, locale);
  if (!layout) return [];
  const { notes, hardToSee } = afterLines(chart, layout, t);
  return [notes, hardToSee].filter(Boolean);
}
