/**
 * How chart.css paints a chart's SVG, as data, for files that leave the
 * site: a download cannot read the page's custom properties, so paintChart
 * writes the same paint onto the elements as presentation attributes, with
 * concrete colours from palette.ts (which resvg, browsers and editors all
 * read). Painting only: no layout, focus or print rules.
 *
 * The rules are chart.css's `.chart-svg …` rules in chart.css's order
 * (tests/unit/charts/paint.test.ts holds the two to the same declarations).
 * A later rule wins, as in chart.css, where for every class combination the
 * charts draw the order and the specificity agree.
 */
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import type { ChartColours, ColourName } from './palette.ts';
import { PALETTE_SIZE } from './types.ts';

export type PaintProperty = 'fill' | 'fill-opacity' | 'stroke' | 'stroke-width' | 'stroke-dasharray' | 'font-weight';

/**
 * A colour by name, slot N's colour or the text colour on slot N's fill, or
 * the element's own palette slot (its sN or faded class, else its nearest
 * ancestor's; `fallback` when it has none, else the property is not set).
 */
export type PaintColour = { colour: ColourName } | { slot: number } | { onSlot: number } | { current: true; fallback?: number };

export type PaintValue = string | number | PaintColour;

export interface PaintRule {
  /** Compound class selectors, each as "a.b": the rule applies to an element that has all of one's classes. */
  select: string[];
  paint: Partial<Record<PaintProperty, PaintValue>>;
}

const colour = (name: ColourName): PaintColour => ({ colour: name });
/** `var(--slot, var(--chart-1))` */
const SLOT: PaintColour = { current: true, fallback: 1 };

const onSlots: PaintRule[] = Array.from({ length: PALETTE_SIZE }, (_, i) => ({ select: [`t-on-s${i + 1}`], paint: { fill: { onSlot: i + 1 } } }));

export const CHART_PAINT: readonly PaintRule[] = [
  { select: ['mark', 'swatch'], paint: { fill: SLOT } },
  { select: ['mark.forecast'], paint: { 'fill-opacity': 0.45, stroke: { current: true }, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' } },
  { select: ['nodata'], paint: { fill: colour('nodata') } },
  { select: ['slope', 'connector'], paint: { fill: 'none', stroke: SLOT, 'stroke-width': 2 } },
  { select: ['mark.dot'], paint: { 'fill-opacity': 0.85, stroke: colour('bg'), 'stroke-width': 1 } },
  { select: ['waffle-cell', 'country'], paint: { stroke: colour('bg'), 'stroke-width': 0.5 } },
  { select: ['nodata-border'], paint: { fill: 'none', stroke: colour('bg'), 'stroke-width': 0.5 } },
  { select: ['land-copy'], paint: { fill: colour('nodata'), stroke: colour('bg') } },
  { select: ['sphere'], paint: { fill: 'none', stroke: colour('grid') } },
  { select: ['interval-range'], paint: { stroke: SLOT, 'stroke-width': 3 } },
  { select: ['interval-reference'], paint: { stroke: colour('ink'), 'stroke-width': 1.5 } },
  { select: ['interval-median'], paint: { stroke: colour('bg'), 'stroke-width': 1 } },
  { select: ['chart-grid'], paint: { stroke: colour('grid'), 'stroke-width': 1 } },
  { select: ['chart-axis'], paint: { stroke: colour('muted'), 'stroke-width': 1 } },
  { select: ['chart-leader'], paint: { stroke: colour('muted'), 'stroke-width': 0.75 } },
  { select: ['chart-connector'], paint: { stroke: { slot: 1 }, 'stroke-width': 2 } },
  { select: ['chart-text'], paint: { fill: colour('ink') } },
  { select: ['t-muted', 't-tick'], paint: { fill: colour('muted') } },
  { select: ['t-bold'], paint: { 'font-weight': 700 } },
  ...onSlots,
  { select: ['t-on-faded'], paint: { fill: colour('onFaded') } },
];

/** The slot classes: s1 … s6, then faded, which wins over them (it comes later in chart.css). */
function ownSlot(classes: readonly string[], colours: ChartColours): string | undefined {
  if (classes.includes('faded')) return colours.faded;
  // An ordered category's step wins over its slot (it comes later in chart.css).
  for (let i = colours.sequence.length; i >= 1; i--) if (classes.includes(`q${i}`)) return colours.sequence[i - 1];
  for (let i = PALETTE_SIZE; i >= 1; i--) if (classes.includes(`s${i}`)) return colours.slots[i - 1];
  return undefined;
}

function resolve(value: PaintValue, colours: ChartColours, slot: string | undefined): string | number | undefined {
  if (typeof value !== 'object') return value;
  if ('colour' in value) return colours[value.colour];
  if ('slot' in value) return colours.slots[value.slot - 1];
  if ('onSlot' in value) return colours.onSlots[value.onSlot - 1];
  return slot ?? (value.fallback === undefined ? undefined : colours.slots[value.fallback - 1]);
}

/** The presentation attributes chart.css would give an element with these classes. */
export function paintOf(classes: readonly string[], colours: ChartColours, inheritedSlot?: string): Partial<Record<PaintProperty, string | number>> {
  const slot = ownSlot(classes, colours) ?? inheritedSlot;
  const paint: Partial<Record<PaintProperty, string | number>> = {};
  for (const rule of CHART_PAINT) {
    if (!rule.select.some((selector) => selector.split('.').every((c) => classes.includes(c)))) continue;
    for (const [property, value] of Object.entries(rule.paint) as [PaintProperty, PaintValue][]) {
      const resolved = resolve(value, colours, slot);
      if (resolved !== undefined) paint[property] = resolved;
    }
  }
  return paint;
}

function classesOf(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** A copy of a chart's SVG tree with chart.css's paint written on every element as presentation attributes. */
export function paintChart(element: Element, colours: ChartColours, inheritedSlot?: string): Element {
  const classes = classesOf(element);
  const slot = ownSlot(classes, colours) ?? inheritedSlot;
  const paint = paintOf(classes, colours, inheritedSlot);
  const children = element.children.map((child): ElementContent => (child.type === 'element' ? paintChart(child, colours, slot) : child));
  // s() gives the attributes their hast property names (fill-opacity → fillOpacity …).
  const properties = Object.keys(paint).length > 0 ? { ...element.properties, ...s(element.tagName, paint).properties } : element.properties;
  return { ...element, properties, children };
}
