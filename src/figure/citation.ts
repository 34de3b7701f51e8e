/**
 * A chart's ready citation, as text to paste into an article's references
 * and as a BibTeX entry for a reference manager. Both name the site, the
 * chart's title, the date its data last changed, its address, and the report
 * the values come from (its source line), so a citation of the chart also
 * cites the report.
 */
import type { ChartEntry } from '../charts/entry.ts';
import { useTranslations } from '../i18n/translate.ts';
import { captionOf } from './caption.ts';

export interface CitationInput {
  entry: ChartEntry;
  /** The chart page's absolute URL. */
  url: string;
  /** When the chart's data last changed, YYYY-MM-DD. */
  updated: string;
}

/** The citation as one line of text, in the chart's language. */
export function citationText({ entry, url, updated }: CitationInput): string {
  const t = useTranslations(entry.locale);
  return t('chartPage.citationText', { title: entry.title, updated, url, source: captionOf(entry).source });
}

/** BibTeX's special characters, escaped so the entry compiles whatever the title says. */
export function bibtexEscape(text: string): string {
  // One pass, so the braces of \\textbackslash{} are not escaped in turn.
  const special: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
  return text.replace(/[\\~^{}%&$#_]/g, (c) => special[c] ?? `\\${c}`);
}

/** The citation as a BibTeX @misc entry, keyed `ledgeratlas-<chart id>` (ids are ASCII). */
export function citationBibtex({ entry, url, updated }: CitationInput): string {
  const t = useTranslations(entry.locale);
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(t('site.name'))}}`],
    ['title', `{${bibtexEscape(entry.title)}}`],
    ['year', updated.slice(0, 4)],
    ['date', updated],
    ['url', url],
    ['note', bibtexEscape(t('chartPage.citationNote', { source: captionOf(entry).source }))],
    ['language', entry.locale === 'en' ? 'english' : 'chinese'],
  ];
  // `url` is read verbatim by biblatex and the url package, so it is not escaped.
  return `@misc{ledgeratlas-${entry.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}
