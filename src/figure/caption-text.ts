/**
 * The words of a figure's caption around the chart (source, credit), in one
 * locale, from the text layer. The lines under the chart itself (notes, what
 * is too small to see) are the chart's own: src/charts/chart-notes.ts.
 */
import { perLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';

export interface CaptionText {
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
    sourceLead: (source) => t('caption.source', { source }),
    sourceRef: (ref) => t('caption.sourceRef', { ref }),
    creditLink: t('caption.creditLink', { site }),
    creditFile: (chapterUrl) => t('caption.creditFile', { site, url: chapterUrl }),
  };
});
