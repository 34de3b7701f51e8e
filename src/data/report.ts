/**
 * What the site knows of a source report before any of its data is read:
 * its id, how it is cited and its chapters. Each report folder under
 * src/reports/ declares one (its meta.ts); nothing below src/reports/ names a
 * particular report.
 */

import type { Localized } from '../i18n/localized.ts';
import { LOCALE_IDS, DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { numeralIn } from '../i18n/references.ts';

/** A report's stable id, used in URLs and dataset ids: `patents-2021`. */
export type ReportId = string;

export interface Chapter {
  /** URL slug of the chapter page. */
  slug: string;
  /** Chapter number as the report prints it (一, 二…, 壹, 贰…), or '' for front matter. */
  number: string;
  title: string;
  /** The meta description search engines and link previews show. */
  description: string;
}

/** The words of a report in one language, from its text/<locale>.json. */
export interface ReportText {
  report: { title: string; subtitle?: string; publisher: string; credits: string };
  chapters: Readonly<Record<string, { title: string; description: string }>>;
  /** Section titles of the report in this language, for its references ("法定数字货币" → "Digital fiat currency"); none in the report's own language. */
  sections?: Readonly<Record<string, string>>;
}

/** A report as one edition of the site shows it: every word in that edition's language. */
export interface Report {
  id: ReportId;
  locale: Locale;
  /** Short letter the site cites the report by ("报告 A"). */
  letter: string;
  title: string;
  subtitle?: string;
  publisher: string;
  published: string;
  /** Where the figures in the report come from, as the report credits them. */
  credits: string;
  chapters: Chapter[];
  /** Section titles for the report's references in this language (see i18n/references.ts). */
  sections: Readonly<Record<string, string>>;
}

/** What a report's meta.ts declares: what is the same in every language, and its words per language. */
export interface ReportDeclaration {
  id: ReportId;
  letter: string;
  published: string;
  /** The chapters in the report's order, numbered as the report prints them (一, 壹 …; '' for front matter). */
  chapters: readonly { slug: string; number: string }[];
  text: Localized<ReportText>;
}

/** The report in the default language, and in any other through `in(locale)`. */
export type ReportMeta = Report & { in(locale: Locale): Report };

/**
 * A report's meta, checked: each language's text names every chapter and no
 * other, so a chapter without an English title fails the build.
 */
export function defineReportMeta(declared: ReportDeclaration): ReportMeta {
  const editions = new Map<Locale, Report>();
  for (const locale of LOCALE_IDS) {
    const text = declared.text[locale];
    const slugs = declared.chapters.map((c) => c.slug);
    for (const slug of Object.keys(text.chapters)) {
      if (!slugs.includes(slug)) throw new Error(`report ${declared.id}: text/${locale}.json has a chapter "${slug}" its meta.ts does not list`);
    }
    editions.set(locale, {
      id: declared.id,
      locale,
      letter: declared.letter,
      ...text.report,
      published: declared.published,
      sections: text.sections ?? {},
      chapters: declared.chapters.map(({ slug, number }) => {
        const words = text.chapters[slug];
        if (!words) throw new Error(`report ${declared.id}: chapter "${slug}" has no title in text/${locale}.json`);
        return { slug, number: numeralIn(number, locale), ...words };
      }),
    });
  }
  const inLocale = (locale: Locale): Report => editions.get(locale)!;
  return { ...inLocale(DEFAULT_LOCALE), in: inLocale };
}

/** A report in one language. */
export function reportIn(report: Pick<ReportMeta, 'in'>, locale: Locale): Report {
  return report.in(locale);
}
