/**
 * Numbers, percentages, lists and dates as a locale writes them, from Intl.
 * Every Intl formatter is made once per locale and options (they are slow to
 * construct and charts format thousands of labels).
 *
 * zh-CN follows the reports' print conventions (GB/T 15835 style), kept in
 * formats/zh-CN.json beside its qualifiers and unit words:
 * - thousands are grouped with a narrow no-break space (U+202F, a thin space that never breaks): 54 900. Four-digit
 *   numbers stay ungrouped (2057, 2020) so years and small counts read normally;
 * - large numbers may be written with 万 (1e4) or 亿 (1e8): 5.49万, 42.8亿;
 * - percentages arrive already in percent (19 means 19%), as in data/;
 * - negative numbers use the true minus sign (U+2212);
 * - units follow the number without a space (2057件), as Chinese text does.
 *
 * en writes what the reports print in 万 and 亿 in its own scales: numbers in
 * full up to a million (54,900), then millions and billions (4.28 billion).
 * Any other BCP 47 tag gets Intl's own symbols and the default locale's words.
 */
import en from './formats/en.json' with { type: 'json' };
import zhCN from './formats/zh-CN.json' with { type: 'json' };
import { DEFAULT_LOCALE, isLocale, localeInfo, SOURCE_LOCALE, type Locale } from './locales.ts';

export type FormatLocale = Locale | (string & {});

/** How one locale writes numbers beyond what Intl gives it. */
export interface FormatData {
  /** Symbols that replace Intl's, and when thousands are grouped ('min2': from five digits on). */
  number: { group: string; decimal: string; minus: string; grouping: string };
  /** A value already in percent, `{n}` the formatted number. */
  percent: string;
  /** A value name with its unit, `{label}` and `{unit}`. */
  withUnit: string;
  /** Words of the 万 (1e4) and 亿 (1e8) scales, and of tenths written as percent (9 成 = 90%), in a language that has them. */
  scales?: { wan: string; yi: string; tenth: string };
  /** A language without 万 and 亿 writes large numbers in these scales, largest first ("word" in prose, "tick" on axes). */
  large?: readonly { at: number; word: string; tick: string }[];
  /** Words for the parts of a Chinese report a reference names (表 → Table), in a language that needs them (see references.ts). */
  reportParts?: Readonly<Record<string, string>>;
  /**
   * A numbered section of a report as a reader says it: `{chapter}` the chapter's number in the
   * locale's numerals, `{rest}` what follows it (a sub-section), `{section}` the whole number.
   */
  sectionNumbered: string;
  /** Between a number and its unit word: none in Chinese (2057件), a space in English (2,057 patents). */
  unitGap?: string;
  /** A language with plurals: the unit word for exactly one (1 patent, 2 patents). */
  singular?: Readonly<Record<string, string>>;
  /** Written before a qualified figure (near, about, over …), with any space it needs. */
  qualifiers: Record<string, string>;
  /** The words a report in this language uses for each qualifier, for the data page and the data's documentation. */
  qualifierWords: Record<string, string>;
  /** Templates for years, months, days and spans of them ({year}, {month}, {day}, {from}, {to}). */
  dates: {
    year: string;
    yearMonth: string;
    yearSpan: string;
    range: string;
    yearMonthDay: string;
    rangeWord: string;
    /** The reports' words around dates (截至 …) in a language other than theirs: "as of". */
    words?: Readonly<Record<string, string>>;
  };
  /** Measure words of the units in data/units.ts. */
  units: Record<string, string>;
}

const FORMAT_DATA: Partial<Record<string, FormatData>> = {
  'zh-CN': zhCN satisfies FormatData,
  en: en satisfies FormatData,
};

/** The site locale's format data; locales without their own file use the default locale's words. */
export function formatData(locale: FormatLocale = DEFAULT_LOCALE): FormatData {
  return FORMAT_DATA[locale] ?? (zhCN satisfies FormatData);
}

export type QualifierId = keyof typeof zhCN.qualifiers;
export type UnitWordId = keyof typeof zhCN.units;

function intlTag(locale: FormatLocale): string {
  return isLocale(locale) ? localeInfo(locale).intl : locale;
}

function memo<O, F>(make: (tag: string, options: O) => F): (locale: FormatLocale, options: O) => F {
  const cache = new Map<string, F>();
  return (locale, options) => {
    const tag = intlTag(locale);
    const key = `${tag}\u0000${JSON.stringify(options)}`;
    let made = cache.get(key);
    if (!made) cache.set(key, (made = make(tag, options)));
    return made;
  };
}

export const numberFormat = memo((tag, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, options));
export const listFormat = memo((tag, options: Intl.ListFormatOptions) => new Intl.ListFormat(tag, options));
export const dateFormat = memo((tag, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options));
export const collator = memo((tag, options: Intl.CollatorOptions) => new Intl.Collator(tag, options));

/** Round half away from zero at `decimals`, avoiding 1.005 → 1.00 float surprises. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
}

function fill(pattern: string, vars: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** Fixed decimals; zh-CN groups with a thin space from five digits on: 54900 → "54 900", 2057 → "2057". */
export function formatNumber(value: number, decimals = 0, locale: FormatLocale = DEFAULT_LOCALE): string {
  const rounded = roundTo(value, decimals);
  const own = FORMAT_DATA[locale]?.number;
  const format = numberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: (own?.grouping ?? 'auto') as Intl.NumberFormatOptions['useGrouping'],
    signDisplay: 'negative',
  });
  if (!own) return format.format(rounded);
  const symbol: Partial<Record<Intl.NumberFormatPartTypes, string>> = { group: own.group, decimal: own.decimal, minusSign: own.minus };
  return format
    .formatToParts(rounded)
    .map((part) => symbol[part.type] ?? part.value)
    .join('');
}

/** Like formatNumber but drops trailing zeros after the decimal point: 5.50 → "5.5". */
export function formatTrimmed(value: number, maxDecimals = 2, locale: FormatLocale = DEFAULT_LOCALE): string {
  const text = formatNumber(value, maxDecimals, locale);
  const decimal = FORMAT_DATA[locale]?.number.decimal ?? (numberFormat(locale, {}).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.');
  if (!text.includes(decimal)) return text;
  const at = text.lastIndexOf(decimal);
  const fraction = text.slice(at + decimal.length).replace(/0+$/, '');
  return fraction ? text.slice(0, at + decimal.length) + fraction : text.slice(0, at);
}

/**
 * A large number in a language without 万 and 亿: in full below its smallest
 * scale (54,900), else in the largest scale it reaches (4.28 billion). The
 * decimals are those of the 万/亿 figure plus the digits the scale change adds,
 * so nothing the report printed is rounded away.
 */
function formatLarge(value: number, large: NonNullable<FormatData['large']>, fromScale: number, maxDecimals: number, locale: FormatLocale): string {
  const scale = large.find((s) => Math.abs(value) >= s.at);
  if (!scale) return formatTrimmed(value, Math.max(0, maxDecimals - Math.round(Math.log10(fromScale))), locale);
  const extra = Math.max(0, Math.round(Math.log10(scale.at / fromScale)));
  return `${formatTrimmed(value / scale.at, maxDecimals + extra, locale)}${scale.word}`;
}

/** 54900 → "5.49万" (trailing zeros dropped); en "54,900". */
export function formatWan(value: number, maxDecimals = 2, locale: FormatLocale = DEFAULT_LOCALE): string {
  const data = formatData(locale);
  if (data.large) return formatLarge(value, data.large, 1e4, maxDecimals, locale);
  return `${formatTrimmed(value / 1e4, maxDecimals, locale)}${data.scales?.wan ?? ''}`;
}

/** 4280000000 → "42.8亿"; en "4.28 billion". */
export function formatYi(value: number, maxDecimals = 2, locale: FormatLocale = DEFAULT_LOCALE): string {
  const data = formatData(locale);
  if (data.large) return formatLarge(value, data.large, 1e8, maxDecimals, locale);
  return `${formatTrimmed(value / 1e8, maxDecimals, locale)}${data.scales?.yi ?? ''}`;
}

/** Value already in percent: 19 → "19%", 12.5 with 1 decimal → "12.5%". */
export function formatPercent(value: number, decimals = 0, locale: FormatLocale = DEFAULT_LOCALE): string {
  const own = FORMAT_DATA[locale];
  if (own) return fill(own.percent, { n: formatNumber(value, decimals, locale) });
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    roundTo(value, decimals) / 100,
  );
}

/**
 * Intl's compact notation, three significant digits unless told:
 * zh-CN 5.49万, 42.8亿; en 54.9K, 4.28B.
 */
export function formatCompact(value: number, locale: FormatLocale = DEFAULT_LOCALE, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3, ...options }).format(value);
}

/** 万 from 100 000 up, 亿 from 1 亿 up; plain below. The cut-offs keep "54 900" as printed. */
export function formatAuto(value: number, maxDecimals = 2, locale: FormatLocale = DEFAULT_LOCALE): string {
  const large = formatData(locale).large;
  if (large) return formatLarge(value, large, 1, maxDecimals, locale);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e8) return formatYi(value, maxDecimals, locale);
  if (magnitude >= 1e5) return formatWan(value, maxDecimals, locale);
  return formatTrimmed(value, maxDecimals, locale);
}

/** A declarative number format (serialisable, so it can travel through component props). */
export interface ValueFormat {
  style?: 'number' | 'wan' | 'yi' | 'auto' | 'percent';
  /** Decimals to show; for 万/亿 trailing zeros are dropped. */
  decimals?: number;
  /** Unit appended after the number, e.g. "件", "分". Not used for percent. */
  unit?: string;
}

/** Format one value by a declarative spec. */
export function formatValue(value: number, spec: ValueFormat = {}, locale: FormatLocale = DEFAULT_LOCALE): string {
  const decimals = spec.decimals ?? 0;
  // "2057件" in Chinese, "2,057 patents" and "1 patent" in English; a symbol (%) takes no space.
  const data = formatData(locale);
  const word = spec.unit && value === 1 ? (data.singular?.[spec.unit] ?? spec.unit) : spec.unit;
  const unit = word ? `${/^[\p{L}]/u.test(word) ? (data.unitGap ?? '') : ''}${word}` : '';
  switch (spec.style ?? 'number') {
    case 'percent':
      return formatPercent(value, decimals, locale);
    case 'wan':
      return formatWan(value, spec.decimals ?? 2, locale) + unit;
    case 'yi':
      return formatYi(value, spec.decimals ?? 2, locale) + unit;
    case 'auto':
      return formatAuto(value, spec.decimals ?? 2, locale) + unit;
    case 'number':
      return formatNumber(value, decimals, locale) + unit;
  }
}

/** Fewest decimals (≤ 3) that write every value exactly, so ticks 0, 2.5, 5 do not read 0, 3, 5. */
function decimalsNeeded(values: number[]): number {
  for (let decimals = 0; decimals < 3; decimals++) {
    if (values.every((v) => Math.abs(roundTo(v, decimals) - v) < 1e-9 * Math.max(1, Math.abs(v)))) {
      return decimals;
    }
  }
  return 3;
}

/**
 * Labels for a set of axis ticks. One scale for all ticks: 亿 or 万 when the
 * ticks are at least half a 亿 / half a 万 apart (an axis reads "0 2万 4万"
 * better than "0 20 000 40 000", but "0.2万" is worse than "2000"), plain
 * numbers otherwise. All ticks share one number of decimals.
 */
export function formatTicks(ticks: number[], options: { percent?: boolean } = {}, locale: FormatLocale = DEFAULT_LOCALE): string[] {
  if (options.percent) {
    const decimals = decimalsNeeded(ticks);
    return ticks.map((t) => formatPercent(t, decimals, locale));
  }
  const sorted = [...ticks].sort((a, b) => a - b);
  const steps = sorted.slice(1).map((t, i) => t - (sorted[i] ?? 0));
  const step = steps.length > 0 ? Math.min(...steps) : Math.abs(sorted[0] ?? 0);
  const { scales, large } = formatData(locale);
  const scale = large
    ? large.find((s) => step >= s.at / 2)
    : [{ at: 1e8, tick: scales?.yi ?? '' }, { at: 1e4, tick: scales?.wan ?? '' }].find((s) => step >= s.at / 2);
  const divisor = scale?.at ?? 1;
  const suffix = scale?.tick ?? '';
  const scaled = ticks.map((t) => t / divisor);
  const decimals = decimalsNeeded(scaled);
  return scaled.map((s) => (s === 0 ? '0' : formatNumber(s, decimals, locale) + suffix));
}

/**
 * Labels for log-axis ticks (1, 10, 100 …, 2×/5× steps). Each tick picks its own
 * scale, since a shared 万 would write 10 as "0.001万": 10, 1000, 1万, 10万, 1亿.
 */
export function formatLogTicks(ticks: number[], locale: FormatLocale = DEFAULT_LOCALE): string[] {
  const large = formatData(locale).large;
  return ticks.map((t) => {
    if (large) {
      const scale = large.find((s) => Math.abs(t) >= s.at);
      return scale ? `${formatTrimmed(t / scale.at, 3, locale)}${scale.tick}` : formatTrimmed(t, 3, locale);
    }
    const magnitude = Math.abs(t);
    if (magnitude >= 1e8) return formatYi(t, 2, locale);
    if (magnitude >= 1e4) return formatWan(t, 2, locale);
    return formatTrimmed(t, 3, locale);
  });
}

/** "综合得分（分）": a value name with its unit (zh-CN: in full-width brackets); no brackets without a unit. */
export function withUnit(label: string, unit: string | undefined, locale: FormatLocale = DEFAULT_LOCALE): string {
  // "Patent applications (patents)" says the unit twice; a language that spaces its units names it once.
  const named = unit && formatData(locale).unitGap !== undefined && label.toLowerCase().includes(unit.toLowerCase().replace(/s$/u, ''));
  return unit && !named ? fill(formatData(locale).withUnit, { label, unit }) : label;
}

/** zh-CN: "A、B和C"; en: "A, B, and C". */
export function formatList(items: readonly string[], locale: FormatLocale = DEFAULT_LOCALE, options: Intl.ListFormatOptions = {}): string {
  return listFormat(locale, { type: 'conjunction', ...options }).format(items);
}

/** A date by Intl's long style unless told: zh-CN "2020年12月1日", en "December 1, 2020". */
export function formatDate(date: Date, locale: FormatLocale = DEFAULT_LOCALE, options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' }): string {
  return dateFormat(locale, options).format(date);
}

/** Written before a qualified figure: nearly → "近 ". */
export function qualifierWord(qualifier: QualifierId, locale: FormatLocale = DEFAULT_LOCALE): string {
  return formatData(locale).qualifiers[qualifier] ?? '';
}

/** The measure word of a unit: patent → "件". */
export function unitWord(unit: UnitWordId, locale: FormatLocale = DEFAULT_LOCALE): string {
  return formatData(locale).units[unit] ?? unit;
}

/** A formatted number and its unit word as the locale joins them: "2057件", "2,057 patents"; a unit that reads as a word (TPS) takes a space after digits in any language. */
export function withUnitWord(number: string, unit: UnitWordId, locale: FormatLocale = DEFAULT_LOCALE): string {
  const plural = unitWord(unit, locale);
  if (!plural) return number;
  const data = formatData(locale);
  const word = number === '1' ? (data.singular?.[plural] ?? plural) : plural;
  // A Latin word after digits is spaced (20000 TPS); after 万 or 亿 it is not, by the Chinese spacing rule (spacing.ts): 2万TPS.
  const latinGap = /^[A-Za-z]/u.test(word) && !/\p{Script=Han}$/u.test(number) ? ' ' : '';
  const gap = /^[\p{L}]/u.test(word) ? (data.unitGap ?? latinGap) : '';
  return `${number}${gap}${word}`;
}

/** Compares text by the locale's collation (zh-CN: pinyin order). */
export function compareText(a: string, b: string, locale: FormatLocale = DEFAULT_LOCALE): number {
  return collator(locale, {}).compare(a, b);
}

/**
 * The scale a printed figure was written in: "5.49 万件" → 1e4, "42.8 亿元" →
 * 1e8, else 1. Printed figures are in the source reports' language.
 */
export function printedScale(valueText: string, locale: FormatLocale = SOURCE_LOCALE): 1 | 1e4 | 1e8 {
  const { scales } = formatData(locale);
  if (!scales) return 1;
  return valueText.includes(scales.wan) ? 1e4 : valueText.includes(scales.yi) ? 1e8 : 1;
}

/**
 * The values a printed figure can stand for: each number it prints (commas
 * between digits removed), as is and times its scale, so "5.49 万件" gives
 * 54900 and "超过 9 成" gives 90 (percent).
 */
export function printedValues(valueText: string, locale: FormatLocale = SOURCE_LOCALE): number[] {
  const numbers = [...valueText.replace(/(\d),(?=\d{3})/g, '$1').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const scale = printedScale(valueText, locale);
  const tenth = formatData(locale).scales?.tenth;
  const tenths = tenth && valueText.includes(tenth) ? 10 : 1;
  return numbers.flatMap((n) => [n, n * scale * tenths]);
}

/** The qualifier a printed figure opens with (近 7800 → nearly), or null when it opens with none. */
export function openingQualifier(valueText: string, locale: FormatLocale = SOURCE_LOCALE): QualifierId | null {
  const text = valueText.trim();
  const words = formatData(locale).qualifierWords;
  const found = (Object.keys(words) as QualifierId[]).filter((q) => q !== 'exact' && (words[q] ?? '').split('、').some((w) => w && text.startsWith(w)));
  return found[0] ?? null;
}

/** The words a report uses for a qualifier (约、左右 …). */
export function qualifierWords(qualifier: QualifierId, locale: FormatLocale = SOURCE_LOCALE): string {
  return formatData(locale).qualifierWords[qualifier] ?? '';
}
