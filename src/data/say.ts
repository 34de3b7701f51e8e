/**
 * Figures as prose writes them: qualifier first (近, 约, 超过 …), the number in
 * the scale the report printed (万, 亿 or plain), then the unit. Chapter text
 * uses these instead of typing numbers, so every number on a page comes from data/.
 */
import { formatTrimmed, formatWan, formatYi, printedScale, qualifierWord, unitWord } from '../i18n/format.ts';
import type { Qualifier } from './qualifiers.ts';
import type { Unit } from './units.ts';

export interface SayableFigure {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** The printed form, which tells whether the report wrote 万 or 亿. */
  value_text: string;
}

/** The number alone, scaled as printed: 54900 printed "5.49 万件" → "5.49万". */
export function sayNumber(figure: Pick<SayableFigure, 'value' | 'value_text' | 'unit'>): string {
  if (figure.unit === 'percent') return `${formatTrimmed(figure.value, 2)}%`;
  const scale = printedScale(figure.value_text);
  if (scale === 1e8) return formatYi(figure.value);
  if (scale === 1e4 && figure.value >= 1e4) return formatWan(figure.value);
  return formatTrimmed(figure.value, 2);
}

/** "近 7800 家", "5.49万件", "19%", "超过 1000 家". */
export function say(figure: SayableFigure): string {
  const unit = figure.unit === 'percent' ? '' : unitAfter(figure.unit);
  return `${qualifierWord(figure.qualifier)}${sayNumber(figure)}${unit}`;
}

/** A computed value in prose; the caller says it is derived. */
export function sayDerived(value: number, unit: Unit, decimals = 0): string {
  const number = unit === 'percent' ? `${formatTrimmed(value, decimals)}%` : formatTrimmed(value, decimals);
  return unit === 'percent' ? number : `${number}${unitAfter(unit)}`;
}

function unitAfter(unit: Unit): string {
  const word = unitWord(unit);
  // Units such as TPS read better after a space; CJK measure words attach directly.
  return /^[A-Za-z]/u.test(word) ? ` ${word}` : word;
}
