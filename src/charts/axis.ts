/**
 * Axis helpers shared by the layouts: value scales whose domain ends near the
 * data, tick choice that fits the pixel length (labels must not collide, and
 * an axis shows at least three labelled ticks wherever three fit), tick labels
 * in the layout's locale, and the grid lines and tick texts of a bottom or left axis.
 */
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { formatLogTicks, formatTicks } from '../i18n/format.ts';
import { textWidth, blockHeight } from './text.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { Line, TextLabel, Tick } from './types.ts';

export interface TickOptions {
  /** Axis length in px along which the labels are laid. */
  length: number;
  orientation: 'horizontal' | 'vertical';
  fontSize: number;
  percent?: boolean;
  /** Locale of the tick labels (default: the site's default locale). */
  locale?: Locale | undefined;
}

/** True when consecutive labels would touch (6 px gap horizontally, 1.2 lines vertically). */
function ticksCollide(ticks: Tick[], options: TickOptions): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1] as Tick;
    const b = ticks[i] as Tick;
    const distance = Math.abs(b.position - a.position);
    const needed =
      options.orientation === 'horizontal'
        ? (textWidth(a.label, options.fontSize) + textWidth(b.label, options.fontSize)) / 2 + 6
        : blockHeight(1, options.fontSize) * 1.2;
    if (distance < needed) return true;
  }
  return false;
}

function toTicks(values: number[], position: (v: number) => number, options: TickOptions, log = false): Tick[] {
  const { percent, locale = DEFAULT_LOCALE } = options;
  const labels = log && !percent ? formatLogTicks(values, locale) : formatTicks(values, { percent: percent ?? false }, locale);
  return values.map((value, i) => ({ value, position: position(value), label: labels[i] ?? '' }));
}

/** Fewest labelled ticks an axis shows when they fit: two ticks give a range but no sense of the steps. */
export const MIN_TICKS = 3;

/**
 * A linear scale from zero (or the lowest negative value) to the largest value,
 * its ends rounded to a tenth of the span (d3's `nice()`): 2057 ends at 2200, not 5000 or 1万.
 */
export function zeroBasedScale(values: readonly number[], range: [number, number]): ScaleLinear<number, number> {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  return scaleLinear()
    .domain([low, high === low ? low + 1 : high])
    .range(range)
    .nice();
}

/** The nearest of 1, 2, 3, 5 × 10^k at or beyond `value` (up or down): a log axis that ends near its data, at a tick of the 1–2–5 or the 1–3 sequence. */
function logStepBound(value: number, direction: 'up' | 'down'): number {
  const power = Math.floor(Math.log10(value));
  // Dividing by 10^k, not multiplying by 10^-k, keeps 0.3 from reading 0.30000000000000004.
  const steps = [1, 2, 3, 5, 10].map((m) => (power >= 0 ? m * 10 ** power : m / 10 ** -power));
  const eps = 1e-9 * value;
  return direction === 'up' ? (steps.find((s) => s >= value - eps) ?? value) : ([...steps].reverse().find((s) => s <= value + eps) ?? value);
}

/**
 * A log scale over positive values, its ends rounded out to 1, 2, 3 or 5 × 10^k,
 * not to whole decades: a maximum of 2057 ends the axis at 3000, not at 1万.
 */
export function positiveLogScale(values: readonly number[], range: [number, number]): ScaleLogarithmic<number, number> {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const [from, to] = lo === hi ? [lo / 10, hi * 10] : [lo, hi];
  return scaleLog().domain([logStepBound(from, 'down'), logStepBound(to, 'up')]).range(range);
}

/**
 * Of the candidate tick sets (most ticks first), the first whose labels do not
 * collide and that has at least MIN_TICKS ticks; else the first that does not
 * collide; else the first tick alone.
 */
function firstFitting(candidates: readonly number[][], position: (v: number) => number, options: TickOptions, log = false): Tick[] {
  const sets = candidates.filter((values) => values.length > 0).map((values) => toTicks(values, position, options, log));
  const fitting = sets.filter((ticks) => !ticksCollide(ticks, options));
  const best = fitting.find((ticks) => ticks.length >= MIN_TICKS) ?? fitting[0];
  if (best) return best;
  const first = sets.at(-1)?.[0];
  return first ? [first] : [];
}

/** Multiples of `step` inside [lo, hi], written without float noise (0.1 + 0.2). */
function multiplesOf(step: number, lo: number, hi: number): number[] {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  const values: number[] = [];
  for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) values.push(Number((k * step).toFixed(decimals)));
  return values;
}

/**
 * Ticks for a linear scale: as many as the length allows (d3's nice steps of
 * 1, 2 or 5 × 10^k, about one tick per 70 px across, 40 px up), fewer until
 * the labels stop colliding, and never fewer than three while three fit.
 * When no such step gives three, steps of 2.5 × 10^k are tried too, so that a
 * short phone axis to 6000 reads 0, 2500, 5000 rather than 0 and 5000.
 */
export function linearTicks(scale: ScaleLinear<number, number>, options: TickOptions): Tick[] {
  const spacing = options.orientation === 'horizontal' ? 70 : 40;
  const count = Math.max(2, Math.floor(options.length / spacing));
  const niceSteps: number[][] = [];
  for (let c = count; c >= 1; c--) niceSteps.push(scale.ticks(c));
  const fitting = (sets: number[][]) => sets.map((values) => toTicks(values, scale, options)).filter((ticks) => ticks.length > 0 && !ticksCollide(ticks, options));
  const preferred = fitting(niceSteps);
  const enough = preferred.find((ticks) => ticks.length >= MIN_TICKS);
  if (enough) return enough;
  const [a = 0, b = 1] = scale.domain();
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const quarterSteps: number[][] = [];
  if (hi > lo) {
    const top = Math.ceil(Math.log10(hi - lo));
    for (let power = top - 2; power <= top; power++) {
      for (const multiple of [1, 2, 2.5, 5]) {
        const values = multiplesOf(multiple * 10 ** power, lo, hi);
        // Only sets about as dense as the length asks for: finer ones would collide anyway.
        if (values.length <= count * 2 + 1) quarterSteps.push(values);
      }
    }
  }
  const rescue = fitting(quarterSteps).find((ticks) => ticks.length >= MIN_TICKS);
  if (rescue) return rescue;
  return preferred[0] ?? toTicks([lo], scale, options);
}

/**
 * Ticks for a log scale: powers of ten, plus 2× and 5× when the domain spans
 * fewer than three decades; when the labels would collide, 1× and 3× (half
 * decades), then whole decades, then every second decade.
 */
export function logTicks(scale: ScaleLogarithmic<number, number>, options: TickOptions): Tick[] {
  const [lo = 1, hi = 10] = scale.domain();
  const first = Math.floor(Math.log10(lo));
  const last = Math.ceil(Math.log10(hi));
  const decades: number[] = [];
  for (let k = first; k <= last; k++) decades.push(10 ** k);
  const inDomain = (values: number[]) => values.filter((v) => v >= lo * 0.999 && v <= hi * 1.001);
  const times = (multipliers: number[]) => inDomain(decades.flatMap((d) => multipliers.map((m) => d * m)));
  const candidates = [
    ...(last - first < 3 ? [times([1, 2, 5])] : []),
    times([1, 3]),
    times([1]),
    inDomain(decades.filter((_, i) => i % 2 === 0)),
    inDomain(decades.filter((_, i) => i % 3 === 0)),
  ];
  return firstFitting(candidates, scale, options, true);
}

export interface AxisParts {
  lines: Line[];
  texts: TextLabel[];
}

/**
 * Bottom axis: vertical grid lines from `gridTop` to `y`, labels centred under
 * each tick, and pulled inside the frame [0, frameWidth] at the edges.
 */
export function bottomAxis(ticks: Tick[], y: number, gridTop: number, frameWidth: number, fontSize: number): AxisParts {
  const lines: Line[] = ticks.map((t) => ({ x1: t.position, y1: gridTop, x2: t.position, y2: y, kind: t.value === 0 ? 'axis' : 'grid' }));
  const texts: TextLabel[] = ticks.map((t) => {
    const half = textWidth(t.label, fontSize) / 2;
    const x = Math.min(Math.max(t.position, half), frameWidth - half);
    return { x, y: y + 4 + blockHeight(1, fontSize) / 2, lines: [t.label], full: t.label, anchor: 'middle', fontSize, role: 'tick', tone: 'muted' };
  });
  return { lines, texts };
}

/** Left axis: horizontal grid lines across [left, right], labels right-aligned at `left - 6`. */
export function leftAxis(ticks: Tick[], left: number, right: number, fontSize: number): AxisParts {
  const lines: Line[] = ticks.map((t) => ({ x1: left, y1: t.position, x2: right, y2: t.position, kind: t.value === 0 ? 'axis' : 'grid' }));
  const texts: TextLabel[] = ticks.map((t) => ({
    x: left - 6,
    y: t.position,
    lines: [t.label],
    full: t.label,
    anchor: 'end',
    fontSize,
    role: 'tick',
    tone: 'muted',
  }));
  return { lines, texts };
}

/** Width of the widest tick label, to size a left margin. */
export function widestTick(ticks: Tick[], fontSize: number): number {
  return Math.max(0, ...ticks.map((t) => textWidth(t.label, fontSize)));
}
