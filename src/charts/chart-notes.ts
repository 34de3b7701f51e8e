/**
 * The lines under a chart: what its layout left out (注：…) and, for a map,
 * the countries too small to see at the narrow width. The page prints them
 * under the figure; the caption repeats them for the downloads and the embed
 * height, from these same functions (chart-figure.ts afterLines).
 */
import type { Translate } from '../i18n/translate.ts';
import type { HardToSee } from './types.ts';

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
