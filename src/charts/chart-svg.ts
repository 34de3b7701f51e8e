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
import { n, textClass } from './svg.ts';
import { lineBaselines } from './text.ts';
import { notesLine } from './chart-notes.ts';
import { PALETTE_SIZE, type LayoutBase } from './types.ts';

export type ChartVariantName = 'narrow' | 'wide' | 'only';

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

// One pattern per palette slot; chart.css uses them only in print, where colour may be lost.
const PATTERN_SHAPES = ['', 'M0,6 L6,0', '', 'M0,3 H6', 'M0,0 L6,6 M0,6 L6,0', 'M3,0 V6'];

function patterns(uid: string, slots: number[], layout: LayoutBase): Element[] {
  const wanted = new Set([...slots, ...layout.legend.map((swatch) => swatch.series)]);
  return [...wanted]
    .filter((slot) => slot >= 1 && slot <= PALETTE_SIZE)
    .sort((a, b) => a - b)
    .map((slot) => {
      const path = PATTERN_SHAPES[slot - 1] ?? '';
      return s('pattern', { id: `${uid}-p${slot}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, [
        s('rect', { class: `pattern-bg s${slot}`, width: 6, height: 6 }),
        path ? s('path', { class: 'pattern-ink', d: path }) : null,
        slot === 3 ? s('circle', { class: 'pattern-dot', cx: 3, cy: 3, r: 1.2 }) : null,
      ]);
    });
}

export function chartSvg({ layout, title, uid, variant, marks }: ChartSvgInput, t: Translate = useTranslations()): Element {
  const defs = patterns(uid, marks.slots, layout);
  return s(
    'svg',
    {
      class: `chart-svg chart-${variant}`,
      role: 'img',
      'aria-labelledby': `${uid}-title ${uid}-desc`,
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      xmlns: 'http://www.w3.org/2000/svg',
    },
    [
      s('title', { id: `${uid}-title` }, title),
      s('desc', { id: `${uid}-desc` }, `${layout.description}${notesLine(layout.notes, t)}`),
      defs.length > 0 ? s('defs', defs) : null,
      s(
        'g',
        { class: 'chart-lines' },
        layout.lines.map((l) => s('line', { class: `chart-${l.kind}`, x1: n(l.x1), y1: n(l.y1), x2: n(l.x2), y2: n(l.y2) })),
      ),
      ...marks.elements,
      layout.legend.length > 0
        ? s(
            'g',
            { class: 'chart-legend' },
            layout.legend.map((swatch) =>
              s('rect', {
                class: `swatch s${swatch.series}${swatch.step ? ` q${swatch.step}` : ''}`,
                style: `--print-fill:url(#${uid}-p${swatch.series})`,
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
          return s('text', { class: textClass(label), 'text-anchor': label.anchor, 'font-size': label.fontSize }, [
            ...label.lines.map((line, i) => s('tspan', { x: n(label.x), y: n(baselines[i] ?? label.y) }, line)),
            label.full !== label.lines.join('') ? s('title', label.full) : null,
          ]);
        }),
      ),
    ],
  );
}
