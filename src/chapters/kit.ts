/** Small helpers the chapter texts share. */
import { sayNumber, type SayableFigure } from '../data/say.ts';
import { formatPeriod } from '../i18n/dates.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { qualifierWord, unitWord } from '../i18n/format.ts';

/** "2015-01/2021-06" → "2015年1月至2021年6月"; "2018/2020" → "2018—2020年"; "2020" → "2020年". */
export function periodText(period: string | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  return period ? formatPeriod(period, locale) : '';
}

/** A stated figure split for a headline callout: the number (with its qualifier) and the unit word. */
export function headlineParts(row: SayableFigure, locale: Locale = DEFAULT_LOCALE): { value: string; unit: string } {
  return { value: `${qualifierWord(row.qualifier, locale)}${sayNumber(row, locale)}`, unit: row.unit === 'percent' ? '' : unitWord(row.unit, locale) };
}
