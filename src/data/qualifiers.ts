/**
 * What the reports' qualifiers mean, in one place. A stated figure keeps its
 * qualifier (近 7800, 约 5000, 超过 4000); the prose prints it with the prefix
 * below, and the consistency checks accept a computed value only if it fits
 * the range defined here. Nothing else in src/ may decide how far "约" reaches.
 *
 * Every qualifier also allows for the report's rounding: a figure printed as
 * "19%" stands for 18.5–19.5 and "5.49 万件" for 54850–54950 (see `rounding`).
 */
import { printedScale, qualifierWord, qualifierWords } from '../i18n/format.ts';
import type { Range } from './range.ts';

export const QUALIFIERS = ['exact', 'about', 'nearly', 'over', 'at_least', 'under'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** How a qualified figure is written before its number, so 近 7800 never reads as 7800 (the words: src/i18n/formats/). */
export const QUALIFIER_PREFIX: Record<Qualifier, string> = Object.fromEntries(QUALIFIERS.map((q) => [q, qualifierWord(q)])) as Record<Qualifier, string>;

/**
 * 约 (about): within 2.5% of the stated value either way, rounding included.
 * The reports write 约 beside figures they rounded: 约 5000 for 表 3's 4998,
 * 约40% for 39.9%. 2.5% is what the report B check allowed for 约40% (±1
 * point); the report A checks allowed 5%, but none of its 约 figures is more
 * than 0.1% off, so the narrower window keeps every check result and widens
 * none.
 */
export const ABOUT_TOLERANCE = 0.025;

/**
 * 近 (nearly): at most the stated value (plus its rounding), and no more than
 * 5% below it. 近 4500 stands for 表 1's 4386, 2.5% short, the furthest the
 * reports go; 5% is the window the report A checks used (report B checked no
 * 近 figure), kept so no result changes.
 */
export const NEARLY_TOLERANCE = 0.05;

export interface QualifierRule {
  /** The words in the reports that the data records with this qualifier (src/i18n/formats/). */
  words: string;
  /** The values `value`, printed with `rounding`, allows. */
  allows(value: number, rounding: number): Range;
  /** Which end of `allows` the value itself may not reach: 超过 1000 is not 1000. */
  open?: 'lo' | 'hi';
}

const RULES: Record<Qualifier, Omit<QualifierRule, 'words'>> = {
  exact: { allows: (v, h) => ({ lo: v - h, hi: v + h }) },
  about: { allows: (v) => ({ lo: v * (1 - ABOUT_TOLERANCE), hi: v * (1 + ABOUT_TOLERANCE) }) },
  nearly: { allows: (v, h) => ({ lo: v * (1 - NEARLY_TOLERANCE), hi: v + h }) },
  // 超过 has no upper bound: report A writes 超过 1000 家 for 2020's 1953.
  over: { allows: (v) => ({ lo: v, hi: Infinity }), open: 'lo' },
  at_least: { allows: (v) => ({ lo: v, hi: Infinity }) },
  under: { allows: (v) => ({ lo: -Infinity, hi: v }), open: 'hi' },
};

export const QUALIFIER_RULES: Record<Qualifier, QualifierRule> = Object.fromEntries(
  QUALIFIERS.map((q) => [q, { ...RULES[q], words: qualifierWords(q) }]),
) as Record<Qualifier, QualifierRule>;

/** A figure with how the report printed it. */
export interface PrintedFigure {
  value: number;
  qualifier: Qualifier;
  value_text: string;
}

/**
 * Half the last printed digit of a rounded figure: "19%" → 0.5, "21.13%" →
 * 0.005, "5.49 万件" → 50. A count printed in full ("6227 件") is exact: 0.
 * A figure printed in words ("三分之一") is as precise as the value recorded
 * for it: 33.33 → 0.005.
 */
export function rounding(valueText: string, value?: number): number {
  const match = /(\d+)(?:\.(\d+))?/.exec(valueText);
  if (!match) {
    const decimals = value === undefined ? 0 : (/\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0);
    return decimals > 0 ? 0.5 * 10 ** -decimals : 0;
  }
  const decimals = match[2]?.length ?? 0;
  const scale = printedScale(valueText);
  const rounded = decimals > 0 || scale > 1 || valueText.includes('%');
  return rounded ? 0.5 * 10 ** -decimals * scale : 0;
}

/** The values a printed figure allows (unbounded on one side for 超过 / 至少 / 不足). */
export function allowed(f: PrintedFigure): Range {
  return QUALIFIER_RULES[f.qualifier].allows(f.value, rounding(f.value_text, f.value));
}

/** Whether a computed value (or range of values) fits what the printed figure says. */
export function fits(f: PrintedFigure, computed: Range | number): boolean {
  const c = typeof computed === 'number' ? { lo: computed, hi: computed } : computed;
  const a = allowed(f);
  const open = QUALIFIER_RULES[f.qualifier].open;
  const aboveLo = open === 'lo' ? c.hi > a.lo : c.hi >= a.lo;
  const belowHi = open === 'hi' ? c.lo < a.hi : c.lo <= a.hi;
  return aboveLo && belowHi;
}
