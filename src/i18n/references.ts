/**
 * A report's own references (section "贰.05 法定数字货币", table "表 5",
 * figure "图 11") written for a reader of another language. The reports are
 * Chinese, so data/ and the chart declarations keep the reference as the
 * report prints it (it is what matches figures.csv); a page in English shows
 * "section 2.05 Digital fiat currency (Table 5)": numerals in Arabic, the
 * parts of a report from formats/<locale>.json, section titles from the
 * report's own glossary (its text/<locale>.json "sections").
 */
import { formatData, type FormatLocale } from './format.ts';
import { interpolate } from './interpolate.ts';
import { SOURCE_LOCALE } from './locales.ts';
import { withChineseSpacing } from './spacing.ts';

/** Chapter numerals as the reports print them: 一 二 三 for report A, 壹 贰 叁 for report B. */
const NUMERALS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9, 拾: 10,
};

/** A chapter number as the locale writes it: 贰 → "2" in English, unchanged in the reports' language. */
export function numeralIn(numeral: string, locale: FormatLocale): string {
  if (locale === SOURCE_LOCALE || !numeral) return numeral;
  return String(NUMERALS[numeral] ?? numeral);
}

/** The longest terms first, so "区块链+跨境业务" is not taken apart by a shorter term inside it. */
function byLength(glossary: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(glossary).sort(([a], [b]) => b.length - a.length);
}

/**
 * References written so far, per glossary and locale: pages write the same few references
 * (a table's section, "表 2") for every figure and row that cites them.
 */
const written = new WeakMap<Readonly<Record<string, string>>, Map<string, string>>();
const NO_SECTIONS: Readonly<Record<string, string>> = {};

/**
 * A reference in `locale`: the source language's as printed, spaced by its rule (src/i18n/spacing.ts).
 * Anything the glossaries do not cover stays as printed, so an untranslated
 * section title shows (and the edition's CJK check counts it) rather than vanishing.
 */
export function referenceIn(reference: string, locale: FormatLocale, sections: Readonly<Record<string, string>> = NO_SECTIONS): string {
  let bySections = written.get(sections);
  if (!bySections) written.set(sections, (bySections = new Map()));
  const key = `${locale}\u0000${reference}`;
  let text = bySections.get(key);
  if (text === undefined) {
    // data/ keeps "表 2" as the key figures.csv matches; a Chinese page writes it by the edition's spacing rule: 表2.
    text = locale === SOURCE_LOCALE ? withChineseSpacing(reference) : writeReference(reference, locale, sections);
    bySections.set(key, text);
  }
  return text;
}

function writeReference(reference: string, locale: FormatLocale, sections: Readonly<Record<string, string>>): string {
  const parts = formatData(locale).reportParts ?? {};
  let text = reference;
  for (const [term, words] of [...byLength(sections), ...byLength(parts)]) text = text.split(term).join(words);
  return text
    .replace(/([一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾])、/gu, (_, n: string) => `${NUMERALS[n]}.`)
    .replace(/([一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾])(?=\.\d)/gu, (n: string) => String(NUMERALS[n]))
    .replace(/([一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾])/gu, (n: string) => String(NUMERALS[n]))
    .replace(/(\d)\. (\d+)\)/gu, '$1 ($2)')
    .replace(/\s*（/gu, ' (')
    .replace(/）/gu, ')')
    .replace(/\.(?=\s|$|\()/gu, '')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

/**
 * A section as a reader names it, beside a table or figure: report A's "二、" is
 * "第二章" (en "Section 2"), "一、1." is "第一章 1." ("Section 1.1"). A section
 * the report names (引言) or numbers its own way (贰.05 …) reads as printed,
 * in English with "Section" before its number.
 */
export function sectionIn(section: string, locale: FormatLocale, sections: Readonly<Record<string, string>> = {}): string {
  const template = formatData(locale).sectionNumbered;
  if (locale === SOURCE_LOCALE) {
    const chapter = /^([一二三四五六七八九十])、\s*(.*)$/u.exec(section);
    if (!chapter) return withChineseSpacing(section);
    const rest = chapter[2] ?? '';
    return withChineseSpacing(interpolate(template, { chapter: chapter[1] ?? '', rest: rest ? ` ${rest}` : '', section }));
  }
  const written = referenceIn(section.replace(/、$/u, ''), locale, sections);
  return /^\d/u.test(written) ? interpolate(template, { section: written }) : written;
}
