/**
 * Axis helpers shared by the layouts: tick choice that fits the pixel length
 * (labels must not collide), tick labels in the layout's locale, and the grid lines and tick
 * texts of a bottom or left axis.
 */
import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';
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

/** Ticks for a linear scale: as many as the length allows, fewer until the labels stop colliding. */
export function linearTicks(scale: ScaleLinear<number, number>, options: TickOptions): Tick[] {
  const spacing = options.orientation === 'horizontal' ? 70 : 40;
  let count = Math.max(2, Math.floor(options.length / spacing));
  let ticks = toTicks(scale.ticks(count), scale, options);
  while (count > 1 && ticksCollide(ticks, options)) {
    count--;
    ticks = toTicks(scale.ticks(count), scale, options);
  }
  if (ticksCollide(ticks, options)) {
    const [first] = scale.domain();
    ticks = toTicks([first ?? 0], scale, options);
  }
  return ticks;
}

/**
 * Ticks for a log scale: powers of ten, plus 2× and 5× when the domain spans
 * fewer than three decades; every second decade when the labels would collide.
 */
export function logTicks(scale: ScaleLogarithmic<number, number>, options: TickOptions): Tick[] {
  const [lo = 1, hi = 10] = scale.domain();
  const first = Math.floor(Math.log10(lo));
  const last = Math.ceil(Math.log10(hi));
  const decades: number[] = [];
  for (let k = first; k <= last; k++) decades.push(10 ** k);
  const multipliers = last - first < 3 ? [1, 2, 5] : [1];
  const candidates = decades.flatMap((d) => multipliers.map((m) => d * m)).filter((v) => v >= lo * 0.999 && v <= hi * 1.001);
  let values = candidates;
  let ticks = toTicks(values, scale, options, true);
  for (let step = 1; ticksCollide(ticks, options) && step <= decades.length; step++) {
    values = decades.filter((_, i) => i % step === 0).filter((v) => v >= lo * 0.999 && v <= hi * 1.001);
    ticks = toTicks(values, scale, options, true);
  }
  return ticks;
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
