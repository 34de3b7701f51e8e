/**
 * Shared shapes for every chart layout. A layout is plain data in pixel
 * coordinates: the marks functions only write it out as SVG, and tests can
 * check it (bounding boxes, descriptions) without a DOM.
 */
import type { Locale } from '../i18n/locales.ts';

/** Pixel size of a chart. */
export interface Size {
  width: number;
  height: number;
}

/**
 * What a layout is told besides its data: the locale its words and numbers are
 * written in. Without one it writes the site's default locale (locales.ts).
 */
export interface LayoutContext {
  locale?: Locale | undefined;
}

/** What a caller asks for: the width is fixed by the page, the height may follow from the data. */
export interface SizeRequest extends LayoutContext {
  width: number;
  height?: number;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** One axis tick: data value, pixel position along the axis, formatted label. */
export interface Tick {
  value: number;
  position: number;
  label: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/**
 * Every piece of text a chart draws. `y` is the vertical centre of the whole
 * block (all lines), so collision checks and rendering agree on one box.
 * `full` keeps the untruncated text for tooltips and tables.
 */
export interface TextLabel {
  x: number;
  y: number;
  lines: string[];
  full: string;
  anchor: TextAnchor;
  fontSize: number;
  role: 'category' | 'value' | 'tick' | 'axis' | 'legend' | 'annotation';
  /** ink (default), muted, or drawn on top of a fill: series N (on-sN) or a faded bar (on-faded). */
  tone?: 'ink' | 'muted' | 'on-faded' | `on-s${number}`;
  bold?: boolean;
  /** In a fluid layout, where the label sits across the plot (its px `x` is then the layout width's). */
  fluid?: FluidX;
}

/** Grid lines, axis lines, leader lines and connectors: all unfilled strokes. */
export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  kind: 'grid' | 'axis' | 'leader' | 'connector';
  /** In a fluid layout, a vertical line's place across the plot. */
  fluid?: FluidX;
}

/**
 * Base of every mark: its tooltip text (also its accessible name) and the
 * palette slot (1–6) that sets its colour and its print pattern.
 */
export interface Mark {
  tip: string;
  series: number;
  /** Step 1–4 of an ordered scale (class qN, a sequential colour that wins over the slot); the slot still picks the print pattern. */
  step?: number;
  highlight?: boolean;
  /** Drawn lighter: a stated forecast, or a row that is not highlighted. */
  faded?: boolean;
}

export interface RectMark extends Mark {
  x: number;
  y: number;
  width: number;
  height: number;
  /** In a fluid layout, a bar from the plot's left edge to `to` of the way across it. */
  fluid?: { to: number };
}

/**
 * A layout that serves every width (see FluidFrame): a place across the
 * plot, `at` (0 its left edge, 1 its right), then `offset` px from there, so
 * a value label keeps its 4 px gap after its bar at any width.
 */
export interface FluidX {
  at: number;
  offset: number;
}

/**
 * The horizontal frame of a fluid layout. Its vertical geometry and its label
 * column are fixed px; its plot runs from `left` px to `right` px before the
 * SVG's right edge, whatever the SVG's width, so one SVG serves a phone and a
 * desktop with the same legible text (chart-svg.ts writes it in percentages).
 */
export interface FluidFrame {
  left: number;
  right: number;
}

export interface DotMark extends Mark {
  cx: number;
  cy: number;
  r: number;
}

/** One legend entry: swatch square at (x, y) with side `size`; its text is in `texts`. */
export interface LegendSwatch {
  x: number;
  y: number;
  size: number;
  series: number;
  /** As Mark.step: the swatch of an ordered category. */
  step?: number;
  label: string;
}

/** What every layout returns besides its own marks. */
export interface LayoutBase extends Size {
  /** One or two sentences in the layout's locale saying what the chart shows, for <desc> and screen readers. */
  description: string;
  /** Rows left out (nulls, zeros on a log scale …), one sentence each in the layout's locale, e.g. "韩国：未公布". */
  notes: string[];
  texts: TextLabel[];
  lines: Line[];
  legend: LegendSwatch[];
  /** Set when the layout is fluid: drawn once at any width (FluidFrame); otherwise it is laid out per width. */
  fluid?: FluidFrame;
  /**
   * Set when every mark's tooltip is its row's label and value, both printed
   * whole beside it (the n-th mark, the n-th `category` text and the n-th
   * `value` text make one row), joined by this separator: the SVG then writes
   * each text once and the page's script gives every mark its <title> from
   * them (src/scripts/row-tips.ts).
   */
  rowTips?: string;
}

/** How values are written: plain (thin-space thousands), 万/亿, or percent. */
export type { ValueFormat } from '../i18n/format.ts';

/** Number of palette slots in chart.css (--chart-1 … --chart-6). */
export const PALETTE_SIZE = 6;

/** Palette slot for the i-th series (0-based), cycling through the six colours. */
export function seriesSlot(index: number): number {
  return (index % PALETTE_SIZE) + 1;
}

/** Something the narrow layout could not show legibly, listed under the chart (a map's tiny countries). */
export interface HardToSee {
  label: string;
  /** The legend label of its category. */
  category: string;
}
