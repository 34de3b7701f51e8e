/**
 * zh-CN number formatting for charts and tables.
 *
 * Conventions (GB/T 15835 style, as the reports print them):
 * - thousands are grouped with a narrow no-break space (U+202F, a thin space that never breaks): 54 900. Four-digit
 *   numbers stay ungrouped (2057, 2020) so years and small counts read normally;
 * - large numbers may be written with 万 (1e4) or 亿 (1e8): 5.49万, 42.8亿;
 * - percentages arrive already in percent (19 means 19%), as in data/;
 * - negative numbers use the true minus sign (U+2212);
 * - units follow the number without a space (2057件), as Chinese text does.
 */
import { formatLocale } from 'd3-format';
import type { ValueFormat } from './types.ts';

// Narrow no-break space (U+202F): the thin space of print that also keeps a number on one line.
export const THIN_SPACE = '\u202F';
const MINUS = '\u2212';

const zhLocale = formatLocale({
  decimal: '.',
  thousands: THIN_SPACE,
  grouping: [3],
  currency: ['¥', ''],
  minus: MINUS,
});

/** Round half away from zero at `decimals`, avoiding 1.005 → 1.00 float surprises. */
function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
}

/** Fixed decimals with thin-space grouping from five digits on: 54900 → "54 900", 2057 → "2057". */
export function formatNumber(value: number, decimals = 0): string {
  const rounded = roundTo(value, decimals);
  const grouped = Math.abs(rounded) >= 10000;
  return zhLocale.format(`${grouped ? ',' : ''}.${decimals}f`)(rounded);
}

/** Like formatNumber but drops trailing zeros after the decimal point: 5.50 → "5.5". */
export function formatTrimmed(value: number, maxDecimals = 2): string {
  const text = formatNumber(value, maxDecimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** 54900 → "5.49万" (trailing zeros dropped). */
export function formatWan(value: number, maxDecimals = 2): string {
  return `${formatTrimmed(value / 1e4, maxDecimals)}万`;
}

/** 4280000000 → "42.8亿". */
export function formatYi(value: number, maxDecimals = 2): string {
  return `${formatTrimmed(value / 1e8, maxDecimals)}亿`;
}

/** Value already in percent: 19 → "19%", 12.5 with 1 decimal → "12.5%". */
export function formatPercent(value: number, decimals = 0): string {
  return `${formatNumber(value, decimals)}%`;
}

/** 万 from 100 000 up, 亿 from 1 亿 up; plain below. The cut-offs keep "54 900" as printed. */
export function formatAuto(value: number, maxDecimals = 2): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e8) return formatYi(value, maxDecimals);
  if (magnitude >= 1e5) return formatWan(value, maxDecimals);
  return formatTrimmed(value, maxDecimals);
}

/** Format one value by a declarative spec (serialisable, so it can travel through component props). */
export function formatValue(value: number, spec: ValueFormat = {}): string {
  const decimals = spec.decimals ?? 0;
  const unit = spec.unit ?? '';
  switch (spec.style ?? 'number') {
    case 'percent':
      return formatPercent(value, decimals);
    case 'wan':
      return formatWan(value, spec.decimals ?? 2) + unit;
    case 'yi':
      return formatYi(value, spec.decimals ?? 2) + unit;
    case 'auto':
      return formatAuto(value, spec.decimals ?? 2) + unit;
    case 'number':
      return formatNumber(value, decimals) + unit;
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
export function formatTicks(ticks: number[], options: { percent?: boolean } = {}): string[] {
  if (options.percent) {
    const decimals = decimalsNeeded(ticks);
    return ticks.map((t) => formatPercent(t, decimals));
  }
  const sorted = [...ticks].sort((a, b) => a - b);
  const steps = sorted.slice(1).map((t, i) => t - (sorted[i] ?? 0));
  const step = steps.length > 0 ? Math.min(...steps) : Math.abs(sorted[0] ?? 0);
  const divisor = step >= 5e7 ? 1e8 : step >= 5e3 ? 1e4 : 1;
  const suffix = divisor === 1e8 ? '亿' : divisor === 1e4 ? '万' : '';
  const scaled = ticks.map((t) => t / divisor);
  const decimals = decimalsNeeded(scaled);
  return scaled.map((s) => (s === 0 ? '0' : formatNumber(s, decimals) + suffix));
}

/**
 * Labels for log-axis ticks (1, 10, 100 …, 2×/5× steps). Each tick picks its own
 * scale, since a shared 万 would write 10 as "0.001万": 10, 1000, 1万, 10万, 1亿.
 */
export function formatLogTicks(ticks: number[]): string[] {
  return ticks.map((t) => {
    const magnitude = Math.abs(t);
    if (magnitude >= 1e8) return formatYi(t, 2);
    if (magnitude >= 1e4) return formatWan(t, 2);
    return formatTrimmed(t, 3);
  });
}

/** "综合得分（分）": a value name with its unit in full-width brackets; no brackets without a unit. */
export function withUnit(label: string, unit: string | undefined): string {
  return unit ? `${label}（${unit}）` : label;
}
