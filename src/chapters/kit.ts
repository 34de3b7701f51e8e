/** Small helpers the chapter texts share. */
import { sayNumber, type SayableFigure } from '../data/say.ts';
import { formatPeriod } from '../i18n/dates.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { QUALIFIER_PREFIX } from '../data/stated-figures.ts';
import { UNITS } from '../data/units.ts';

/** "2015-01/2021-06" → "2015年1月至2021年6月"; "2018/2020" → "2018—2020年"; "2020" → "2020年". */
export function periodText(period: string | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  return period ? formatPeriod(period, locale) : '';
}

/** A stated figure split for a headline callout: the number (with its qualifier) and the unit word. */
export function headlineParts(row: SayableFigure): { value: string; unit: string } {
  return { value: `${QUALIFIER_PREFIX[row.qualifier]}${sayNumber(row)}`, unit: row.unit === 'percent' ? '' : UNITS[row.unit].zh };
}
