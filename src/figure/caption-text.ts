/**
 * Every word of a figure's caption, in one locale, from the text layer. It
 * imports nothing but src/i18n, so whatever writes part of a caption (the
 * page, the downloads, and the chart components, which cannot import
 * caption.ts without an import cycle) can take its words from here.
 */
import type { HardToSee } from '../charts/chart-types.ts';
import { formatList } from '../i18n/format.ts';
import { perLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';

export interface CaptionText {
  /** The notes of what a chart left out, as one line: "注：甲；乙。" */
  notes: (notes: readonly string[]) => string;
  /** A map's countries too small to see, with their categories, as one line. */
  hardToSee: (items: readonly HardToSee[]) => string;
  /** "来源：…" */
  sourceLead: (source: string) => string;
  /** The report's table or figure after the source: "（对应报告表 2）". */
  sourceRef: (ref: string) => string;
  /** The credit under an embedded chart, a link to its chapter. */
  creditLink: string;
  /** The credit of a downloaded file, which cannot link, so it spells the address out. */
  creditFile: (chapterUrl: string) => string;
}

/** The caption words of `locale` (default: the site's default locale), made once per locale. */
export const captionText = perLocale((locale): CaptionText => {
  const t = useTranslations(locale);
  const site = t('site.name');
  return {
    notes: (notes) => t('caption.notes', { notes: notes.join(t('chart.clauseSeparator')) }),
    hardToSee: (items) =>
      t('caption.hardToSee', {
        items: formatList(
          items.map((s) => t('caption.hardToSeeItem', { label: s.label, category: s.category })),
          locale,
          { style: 'narrow' },
        ),
      }),
    sourceLead: (source) => t('caption.source', { source }),
    sourceRef: (ref) => t('caption.sourceRef', { ref }),
    creditLink: t('caption.creditLink', { site }),
    creditFile: (chapterUrl) => t('caption.creditFile', { site, url: chapterUrl }),
  };
});
