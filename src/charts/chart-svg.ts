/**
 * The SVG root every chart shares, as a hast tree: role="img" with <title>
 * and <desc> (the generated description plus the notes of what was left
 * out), print patterns, grid and axis lines, legend swatches and all texts.
 * The chart type's own marks (its marks.ts) go between the grid and the
 * legend. Pages and downloads both draw a chart with this one function.
 */
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import { useTranslations, type Translate } from '../i18n/translate.ts';
import { fluidPlace, fluidPrintZoom, n, printFillStyle, rovingTabStop, textClass } from './svg.ts';
import { lineBaselines } from './text.ts';
import { notesLine } from './chart-notes.ts';
import { PALETTE_SIZE, type LayoutBase } from './types.ts';

/** narrow and wide are switched by container width (chart.css); only and fluid are always shown, fluid at any width. */
export type ChartVariantName = 'narrow' | 'wide' | 'only' | 'fluid';

/** What a chart type's marks function draws for one layout. */
export interface ChartMarks {
  /** The marks, drawn after the grid lines and before the legend and texts. */
  elements: ElementContent[];
  /** Palette slots the marks paint with (see usedSlots), so the SVG defines their print patterns. */
  slots: number[];
}

export interface ChartSvgInput {
  layout: LayoutBase;
  /** The accessible name (SVG <title>). */
  title: string;
  /** Prefix of the ids inside this SVG, unique on the page. */
  uid: string;
  variant: ChartVariantName;
  marks: ChartMarks;
}

/**
 * Print hatching, one per palette slot (chart.css uses them only in print,
 * where colour may be lost): stripes drawn as a repeating linear gradient
 * with hard stops, not an SVG <pattern>, because Chromium prints a pattern
 * fill as a raster image the size of the page, while a gradient stays a
 * vector shading. `x2,y2` is one period of the stripes (their normal, in px);
 * `ink` the stripe's share of it. Slot 1 (darkest grey) is solid, and gets
 * no gradient (svg.ts printFillStyle).
 */
const HATCHES: readonly ({ x2: number; y2: number; ink: number } | null)[] = [
  null,
  { x2: 3, y2: 3, ink: 0.28 }, // "/" every 4.2 px
  { x2: 3, y2: -3, ink: 0.22 }, // "\\" fine
  { x2: 0, y2: 6, ink: 0.2 }, // "–" (white on the dark grey, chart.css)
  { x2: 4, y2: -4, ink: 0.4 }, // "\\" bold, wider apart
  { x2: 6, y2: 0, ink: 0.2 }, // "|"
];

function patterns(uid: string, slots: number[], layout: LayoutBase): Element[] {
  const wanted = new Set([...slots, ...layout.legend.map((swatch) => swatch.series)]);
  return [...wanted]
    .filter((slot) => slot >= 1 && slot <= PALETTE_SIZE)
    .sort((a, b) => a - b)
    .flatMap((slot) => {
      // A solid slot (svg.ts printFillStyle) has nothing to hatch.
      const hatch = HATCHES[slot - 1];
      if (!hatch || printFillStyle(uid, slot) === undefined) return [];
      const bg = (offset: number) => s('stop', { class: `hatch-bg s${slot}`, offset });
      const ink = (offset: number) => s('stop', { class: `hatch-ink s${slot}`, offset });
      return [
        s(
          'linearGradient',
          { id: `${uid}-p${slot}`, gradientUnits: 'userSpaceOnUse', spreadMethod: 'repeat', x1: 0, y1: 0, x2: hatch.x2, y2: hatch.y2 },
          [bg(0), bg(n(1 - hatch.ink)), ink(n(1 - hatch.ink)), ink(1)],
        ),
      ];
    });
}

export function chartSvg({ layout, title, uid, variant, marks }: ChartSvgInput, t: Translate = useTranslations()): Element {
  const defs = patterns(uid, marks.slots, layout);
  // Marks whose <title> the page's script writes get their tab stop from it too: without the
  // script they have no name, and a reader tabbing to a nameless bar would hear nothing.
  if (layout.rowTips === undefined) rovingTabStop(marks.elements);
  // A fluid SVG has no viewBox: it is as wide as its box and its text keeps its px size, while
  // the plot's places are written as a percentage of the width plus a px shift (fluidPlace).
  const frame = variant === 'fluid' ? layout.fluid : undefined;
  if ((variant === 'fluid') !== Boolean(layout.fluid)) throw new Error(`chart "${uid}": a fluid layout is drawn as the fluid variant, and only it`);
  const printZoom = frame ? fluidPrintZoom(layout.height) : 1;
  const size = frame
    ? { width: '100%', height: layout.height, ...(printZoom < 1 && { style: `--print-zoom:${printZoom}` }) }
    : { width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}` };
  return s(
    'svg',
    {
      class: `chart-svg chart-${variant}`,
      role: 'img',
      'aria-labelledby': `${uid}-title ${uid}-desc`,
      ...size,
      ...(layout.rowTips !== undefined && { 'data-row-tips': layout.rowTips }),
      xmlns: 'http://www.w3.org/2000/svg',
    },
    [
      s('title', { id: `${uid}-title` }, title),
      s('desc', { id: `${uid}-desc` }, `${layout.description}${notesLine(layout.notes, t)}`),
      defs.length > 0 ? s('defs', defs) : null,
      s(
        'g',
        { class: 'chart-lines' },
        layout.lines.map((l) => {
          if (frame && l.fluid) {
            const { pct, shift } = fluidPlace(frame, l.fluid);
            return s('line', { class: `chart-${l.kind}`, x1: pct, y1: n(l.y1), x2: pct, y2: n(l.y2), ...(shift !== 0 && { transform: `translate(${shift})` }) });
          }
          return s('line', { class: `chart-${l.kind}`, x1: n(l.x1), y1: n(l.y1), x2: n(l.x2), y2: n(l.y2) });
        }),
      ),
      ...marks.elements,
      layout.legend.length > 0
        ? s(
            'g',
            { class: 'chart-legend' },
            layout.legend.map((swatch) =>
              s('rect', {
                class: `swatch s${swatch.series}${swatch.step ? ` q${swatch.step}` : ''}`,
                style: printFillStyle(uid, swatch.series),
                x: n(swatch.x),
                y: n(swatch.y),
                width: n(swatch.size),
                height: n(swatch.size),
              }),
            ),
          )
        : null,
      s(
        'g',
        { class: 'chart-texts' },
        layout.texts.map((label) => {
          const baselines = lineBaselines(label);
          const place = frame && label.fluid ? fluidPlace(frame, label.fluid) : undefined;
          const x = place ? { x: place.pct, ...(place.shift !== 0 && { dx: place.shift }) } : { x: n(label.x) };
          const shared = { class: textClass(label), ...(label.anchor !== 'start' && { 'text-anchor': label.anchor }), 'font-size': label.fontSize };
          const tooltip = label.full !== label.lines.join('') ? s('title', label.full) : null;
          // A one-line label carries its place on <text> itself: most labels are one line, and the
          // <tspan> around each would be a tenth of a ranked chart's markup.
          if (label.lines.length === 1) return s('text', { ...shared, ...x, y: n(baselines[0] ?? label.y) }, [label.lines[0], tooltip]);
          return s('text', shared, [...label.lines.map((line, i) => s('tspan', { ...x, y: n(baselines[i] ?? label.y) }, line)), tooltip]);
        }),
      ),
    ],
  );
}
