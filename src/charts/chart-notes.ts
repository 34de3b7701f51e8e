/**
 * The lines under a chart: what its layout left out (注：…) and, for a map,
 * the countries too small to see at the narrow width. The page prints them
 * under the figure; the caption repeats them for the downloads and the embed
 * height, from these same functions.
 */
import type { Translate } from '../i18n/translate.ts';
import { chartTypeOf, type HardToSee } from './chart-types.ts';
import type { ChartSpec } from './entry.ts';
import type { LayoutBase } from './types.ts';

/** The 注 line of what a chart left out, or '' when it left nothing out. */
export function notesLine(notes: readonly string[], t: Translate): string {
  return notes.length > 0 ? t('chart.notes', { notes: notes.join(t('chart.notesSeparator')) }) : '';
}

/** The line naming what the layout cannot show, or '' when it shows everything. */
export function hardToSeeLine(items: readonly HardToSee[], t: Translate): string {
  if (items.length === 0) return '';
  const countries = items.map((item) => t('chart.hardToSeeCountry', { label: item.label, category: item.category }));
  return t('chart.hardToSee', { countries: countries.join(t('chart.hardToSeeSeparator')) });
}

/** Both lines for an SVG chart laid out as `layout` (its narrowest). */
export function afterLines(spec: ChartSpec, layout: LayoutBase, t: Translate): { notes: string; hardToSee: string } {
  const type = chartTypeOf(spec);
  const hidden = type.kind === 'svg' && type.hardToSee ? type.hardToSee(spec, layout) : [];
  return { notes: notesLine(layout.notes, t), hardToSee: hardToSeeLine(hidden, t) };
}
