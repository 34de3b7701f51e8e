/** Small helpers the chapter texts share. */
import { sayNumber, type SayableFigure } from '../data/say.ts';
import { QUALIFIER_PREFIX } from '../data/stated-figures.ts';
import { UNITS } from '../data/units.ts';

/** "2015-01/2021-06" → "2015年1月至2021年6月"; "2018/2020" → "2018—2020年"; "2020" → "2020年". */
export function periodText(period: string | null | undefined): string {
  if (!period) return '';
  const one = (s: string) => {
    const [y, m] = s.split('-');
    return m ? `${y}年${Number(m)}月` : `${y}年`;
  };
  const [from = '', to] = period.split('/');
  if (to === undefined) return one(from);
  if (!from.includes('-') && !to.includes('-')) return `${from}—${to}年`;
  return `${one(from)}至${one(to)}`;
}

/** A stated figure split for a headline callout: the number (with its qualifier) and the unit word. */
export function headlineParts(row: SayableFigure): { value: string; unit: string } {
  return { value: `${QUALIFIER_PREFIX[row.qualifier]}${sayNumber(row)}`, unit: row.unit === 'percent' ? '' : UNITS[row.unit].zh };
}
