/** Constants and small helpers the chart declarations of trends-2020 share, chapter by chapter. */
import { META } from '../meta.ts';
import { QUALIFIER_PREFIX, type StatedFigure } from '../../../data/stated-figures.ts';
import { formatNumber, formatTrimmed, formatWan, formatYi } from '../../../i18n/format.ts';

export { META };
export const REPORT = META.id;

export const ATTITUDE_LABELS = { issued: '已发行', pilot: '试点', research: '研究', no_plan: '暂无计划' } as const;

/** A stated figure with its qualifier (近, 约, 超过 …) in front, so a rounded figure never reads as exact. */
export function qualified(figure: StatedFigure, format: (value: number) => string = (v) => formatNumber(v)): string {
  return `${QUALIFIER_PREFIX[figure.qualifier]}${format(figure.value)}`;
}

/** The row with the largest value, or null when several share it (a title then names none). */
export function uniqueMax<T>(rows: readonly T[], value: (row: T) => number): T | null {
  const max = Math.max(...rows.map(value));
  const top = rows.filter((r) => value(r) === max);
  return top.length === 1 ? (top[0] ?? null) : null;
}

/** Percent with up to one decimal: 57.1 → "57.1%", 39 → "39%". */
export const pct = (value: number): string => `${formatTrimmed(value, 1)}%`;

/** A count in 万 from 10 000 up, so a title never breaks inside "20 000": 20000 → "2万", 3400 → "3400". */
export const tpsText = (value: number): string => (value >= 1e4 ? formatWan(value) : formatNumber(value));

/** Money in 亿 with the unit: 14400000000 → "144亿美元". */
export const yiUsd = (value: number): string => `${formatYi(value)}美元`;
