/**
 * Figures as prose writes them: qualifier first (近, 约, 超过 …), the number in
 * the scale the report printed (万, 亿 or plain; in English in full, millions
 * or billions), then the unit. Chapter text uses these instead of typing
 * numbers, so every number on a page comes from data/.
 */
import { formatTrimmed, formatWan, formatYi, printedScale, qualifierWord, withUnitWord, type FormatLocale } from '../i18n/format.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import type { Qualifier } from './qualifiers.ts';
import type { Unit } from './units.ts';

export interface SayableFigure {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** The printed form, which tells whether the report wrote 万 or 亿. */
  value_text: string;
}

/** The number alone, scaled as printed: 54900 printed "5.49 万件" → "5.49万" (en "54,900"). */
export function sayNumber(figure: Pick<SayableFigure, 'value' | 'value_text' | 'unit'>, locale: FormatLocale = DEFAULT_LOCALE): string {
  if (figure.unit === 'percent') return `${formatTrimmed(figure.value, 2, locale)}%`;
  // A year is a date, not a quantity: never grouped (2008, not 2,008).
  if (figure.unit === 'calendar_year') return String(figure.value);
  const scale = printedScale(figure.value_text);
  if (scale === 1e8) return formatYi(figure.value, 2, locale);
  if (scale === 1e4 && figure.value >= 1e4) return formatWan(figure.value, 2, locale);
  return formatTrimmed(figure.value, 2, locale);
}

/** "近 7800 家", "5.49万件", "19%", "超过 1000 家"; en "nearly 7,800 companies". */
export function say(figure: SayableFigure, locale: FormatLocale = DEFAULT_LOCALE): string {
  const number = sayNumber(figure, locale);
  return `${qualifierWord(figure.qualifier, locale)}${figure.unit === 'percent' ? number : withUnitWord(number, figure.unit, locale)}`;
}

/** A computed value in prose; the caller says it is derived. */
export function sayDerived(value: number, unit: Unit, decimals = 0, locale: FormatLocale = DEFAULT_LOCALE): string {
  const number = unit === 'percent' ? `${formatTrimmed(value, decimals, locale)}%` : formatTrimmed(value, decimals, locale);
  return unit === 'percent' ? number : withUnitWord(number, unit, locale);
}

/** say, sayNumber and sayDerived bound to one locale, for a chapter written in it. */
export function speaker(locale: FormatLocale) {
  return {
    say: (figure: SayableFigure) => say(figure, locale),
    sayNumber: (figure: Pick<SayableFigure, 'value' | 'value_text' | 'unit'>) => sayNumber(figure, locale),
    sayDerived: (value: number, unit: Unit, decimals = 0) => sayDerived(value, unit, decimals, locale),
  };
}
