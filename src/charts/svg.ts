/**
 * Helpers the marks functions and the chart frame share when writing a
 * layout out as SVG: rounding, mark attributes (class, print pattern, focus,
 * tooltip), mark elements, and the narrow/wide variants each chart renders
 * so that it is readable on a phone and on a desktop without client JS.
 */
import type { Element, ElementContent } from 'hast';
import { s, type Properties } from 'hastscript';
import type { FluidFrame, FluidX, Mark, RectMark, TextLabel } from './types.ts';

/** Round to 2 decimals: plenty for pixels, and keeps SVG small and snapshots stable. */
export function n(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Round to 1 decimal: a fluid chart's px shifts. Each is written once per
 * bar or label and is mostly unique, so it costs its digits after
 * compression; a twentieth of a pixel is finer than any screen shows.
 */
function shiftPx(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A fluid layout's horizontal place as SVG writes it: a percentage of the
 * SVG's width plus a px shift. The plot spans `left` … W − `right`, so a
 * place `at` across it plus `offset` is at·W + (1 − at)·left − at·right +
 * offset: `pct` of the width, then `shift` px.
 */
export function fluidPlace(frame: FluidFrame, place: FluidX): { pct: string; shift: number } {
  return { pct: `${n(place.at * 100)}%`, shift: shiftPx((1 - place.at) * frame.left - place.at * frame.right + place.offset) };
}

/**
 * Bars of a fluid layout, in an inner <svg> whose viewport starts at the
 * plot's left edge and is as wide as the chart (so percentages inside it are
 * of the chart's width) and clips what is left of it. Each bar is `to` of
 * the chart's width long, starting `to` of the px margins left of the plot
 * (its x), so that it ends where the plot's scale puts it; the part left of
 * the plot's edge is clipped away.
 */
export function fluidBarMarks(bars: RectMark[], uid: string, frame: FluidFrame, rowTips = false): Element {
  return s('svg', { class: 'chart-plot', x: n(frame.left) }, [
    marksGroup(
      bars.map((bar) => {
        if (!bar.fluid) throw new Error(`bar "${bar.tip}" of a fluid layout has no fluid extent`);
        const { to } = bar.fluid;
        // The shift as the bar's x: the same move as a transform, in fewer bytes.
        const props = { x: shiftPx(-to * (frame.left + frame.right)), y: n(bar.y), width: `${n(to * 100)}%`, height: n(bar.height) };
        // With row tips (LayoutBase.rowTips) the page's script writes the bar's <title> from the texts beside it.
        if (!rowTips) return markElement('rect', bar, uid, '', props);
        // …and its tabindex: without the script such a bar has no name, so it is not focusable either.
        const { tabindex: _, ...attrs } = markAttrs(bar, uid);
        return s('rect', { ...attrs, ...props });
      }),
      usedSlots(bars),
      uid,
    ),
  ]);
}

/** Default layout widths: one for phones (shown below 560 px of container), one for the article column. */
export const DEFAULT_WIDTHS = [340, 760] as const;

/**
 * The width a fluid layout is laid out at (LayoutBase.fluid): the narrowest chart column the site
 * has, a 320 px phone less the page's 16 px margins. Its text keeps its px size at every width, so
 * laid out any wider, its ticks and axis title would crowd or spill on that phone.
 */
export const FLUID_LAYOUT_WIDTH = 288;

/**
 * The tallest a chart may print, in CSS px: the page area of US Letter (the shorter of Letter and
 * A4, 246 mm) less the 62 mm print.css keeps for the figure's title, subtitle, source line and a
 * note (`max-height: calc(100vh - 62mm)`). A chart with a viewBox scales down to it by itself;
 * a fluid one has no viewBox, so it is zoomed by the factor fluidPrintZoom gives it.
 */
export const PRINT_CHART_HEIGHT = ((246 - 62) / 25.4) * 96;

/** The zoom that prints a fluid chart `height` px tall within PRINT_CHART_HEIGHT, or 1 when it fits. */
export function fluidPrintZoom(height: number): number {
  return Math.min(1, Math.floor((PRINT_CHART_HEIGHT / height) * 100) / 100);
}

export interface ChartVariant<L> {
  variant: 'narrow' | 'wide' | 'only' | 'fluid';
  uid: string;
  layout: L;
}

/** FNV-1a, base 36: a short stable id so pattern and title ids are unique per chart on a page. */
export function hashId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `c${(hash >>> 0).toString(36)}`;
}

/**
 * Lay the chart out once per width. With two widths the narrower is shown in
 * containers under 560 px and the wider one above (CSS container queries in
 * chart.css); with one width it is always shown.
 */
export function chartVariants<L>(
  props: { title: string; id?: string | undefined; widths?: readonly number[] | undefined; data: unknown },
  layout: (width: number) => L,
): ChartVariant<L>[] {
  const base = props.id ?? hashId(`${props.title}|${JSON.stringify(props.data)}`);
  const widths = [...(props.widths ?? DEFAULT_WIDTHS)].sort((a, b) => a - b).slice(0, 2);
  if (widths.length === 1) return [{ variant: 'only', uid: base, layout: layout(widths[0] as number) }];
  return widths.map((width, i) => ({ variant: i === 0 ? 'narrow' : 'wide', uid: `${base}-${i === 0 ? 'n' : 'w'}`, layout: layout(width) }));
}

/**
 * Attributes every data mark carries: palette class, print pattern, keyboard
 * focus and tooltip text. Marks are focusable from script only (tabindex -1);
 * rovingTabStop makes the first one of a chart its single tab stop.
 */
export function markAttrs(mark: Mark, uid: string, extraClass = ''): Record<string, string | number> {
  const classes = ['mark', `s${mark.series}`];
  if (mark.step) classes.push(`q${mark.step}`);
  if (mark.highlight) classes.push('hl');
  if (mark.faded) classes.push('faded');
  if (extraClass) classes.push(extraClass);
  const printFill = printFillStyle(uid, mark.series);
  return {
    class: classes.join(' '),
    ...(printFill && { style: printFill }),
    tabindex: -1,
    // A marker only: the tooltip shows the mark's <title> (markElement), which is also its
    // accessible name, so the text is written once.
    'data-tip': '',
  };
}

/**
 * The style that points a mark or swatch of palette slot `slot` at its print
 * hatching (chart-svg.ts draws one gradient per hatched slot). Slot 1 prints
 * solid, in the darkest grey, which chart.css's print rule falls back to
 * when a mark has no --print-fill: it needs neither a gradient nor a style.
 */
export function printFillStyle(uid: string, slot: number): string | undefined {
  return slot === SOLID_PRINT_SLOT ? undefined : `--print-fill:url(#${uid}-p${slot})`;
}

/** The palette slot that prints as a solid fill, without hatching. */
export const SOLID_PRINT_SLOT = 1;

/** Class list of a text label: its role, tone and weight select styles in chart.css. */
export function textClass(label: TextLabel): string {
  const classes = ['chart-text', `t-${label.role}`];
  if (label.tone && label.tone !== 'ink') classes.push(`t-${label.tone}`);
  if (label.bold) classes.push('t-bold');
  return classes.join(' ');
}

/** Palette slots used by some marks, so each SVG only defines the print patterns it needs. */
export function usedSlots(...markLists: { series: number }[][]): number[] {
  return [...new Set(markLists.flat().map((m) => m.series))].sort((a, b) => a - b);
}

/**
 * A data mark: its attributes (markAttrs), then its own (geometry), with its
 * tooltip text as the first child <title> (its accessible name), then `children`.
 */
export function markElement(tag: string, mark: Mark, uid: string, extraClass: string, props: Properties, children: ElementContent[] = []): Element {
  return s(tag, { ...markAttrs(mark, uid, extraClass), ...props }, [s('title', mark.tip), ...children]);
}

/**
 * The marks group, with the print pattern set once on it when every mark
 * paints with the same slot (a custom property inherits), instead of on
 * each of them.
 */
function marksGroup(marks: Element[], slots: number[], uid: string): Element {
  if (slots.length !== 1) return s('g', { class: 'chart-marks' }, marks);
  for (const mark of marks) delete mark.properties['style'];
  const printFill = printFillStyle(uid, slots[0]!);
  return s('g', { class: 'chart-marks', ...(printFill && { style: printFill }) }, marks);
}

/** Bars as <rect> marks in the chart's marks group. */
export function barMarks(bars: RectMark[], uid: string): Element {
  return marksGroup(
    bars.map((bar) => markElement('rect', bar, uid, '', { x: n(bar.x), y: n(bar.y), width: n(bar.width), height: n(bar.height) })),
    usedSlots(bars),
    uid,
  );
}

/**
 * A chart is one tab stop, not one per mark (a bar list would otherwise hold
 * dozens): the first mark in document order gets tabindex 0, every other one
 * keeps -1. The page's script moves that stop with the arrow keys (roving
 * tabindex, src/scripts/interactions.ts); without script Tab still reaches
 * the chart once, and every value is in the SVG's titles and the data table.
 * Returns how many marks it found.
 */
export function rovingTabStop(elements: readonly ElementContent[]): number {
  let count = 0;
  const visit = (node: ElementContent) => {
    if (node.type !== 'element') return;
    if (node.properties['dataTip'] !== undefined) {
      node.properties['tabIndex'] = count === 0 ? 0 : -1;
      count++;
    }
    node.children.forEach(visit);
  };
  elements.forEach(visit);
  return count;
}
