/**
 * A chart as the page shows it, as HTML: for an SVG chart a <figure> holding
 * its SVG variants (narrow and wide, switched by container queries in
 * chart.css), the notes of what was left out in visible text, and what the
 * narrow layout cannot show (a map's tiny countries); for a table chart the
 * table and its notes. ChartView.astro writes this markup into the page, and
 * the downloads take the wide SVG of the same tree (widestSvg).
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { chartFluidLayout, chartLayout, chartTableModel } from './layouts.ts';
import { useTranslations, type Translate } from '../i18n/translate.ts';
import { hardToSeeLine, notesLine } from './chart-notes.ts';
import { chartSvg, type ChartVariantName } from './chart-svg.ts';
import { chartTypeOf, type ChartFigureProps } from './chart-types.ts';
import type { ChartEntry, ChartSpec } from './entry.ts';
import { chartVariants } from './svg.ts';
import type { LayoutBase } from './types.ts';

export interface ChartSvgOptions {
  title: string;
  uid: string;
  variant: ChartVariantName;
  /** The wider variant in the same figure, which this one may reference (see MarksContext). */
  wider?: { uid: string; layout: LayoutBase } | undefined;
}

/** One SVG of an SVG chart: the shared frame around the marks its type draws for `layout`. */
export function chartSvgOf(spec: ChartSpec, layout: LayoutBase, options: ChartSvgOptions, t: Translate = useTranslations()): Element {
  const type = chartTypeOf(spec);
  if (type.kind !== 'svg') throw new Error(`a ${spec.type} chart is an HTML table, not an SVG`);
  const { wider, ...frame } = options;
  return chartSvg({ layout, ...frame, marks: type.marks(layout, options.uid, wider ? { wider } : {}) }, t);
}

/** How a registry entry's chart is drawn: the Figure around it carries the entry id, so the chart's own ids must differ. */
export function entryFigure(entry: ChartEntry): ChartFigureProps {
  return { title: entry.title, id: `${entry.id}-chart`, locale: entry.locale };
}

function variantsOf(spec: ChartSpec, figure: ChartFigureProps) {
  return chartVariants({ title: figure.title, id: figure.id, widths: figure.widths, data: spec }, (width) => chartLayout(spec, width, figure.locale) as LayoutBase);
}

/**
 * The widest SVG chartFigure draws for an SVG chart (its wide variant, or its
 * only one), with the same ids, for the downloads.
 */
export function widestSvg(spec: ChartSpec, figure: ChartFigureProps, t: Translate = useTranslations(figure.locale)): { svg: Element; layout: LayoutBase } {
  const widest = variantsOf(spec, figure).at(-1);
  if (!widest) throw new Error(`chart "${figure.id}": no width to draw it at`);
  return { svg: chartSvgOf(spec, widest.layout, { title: figure.title, uid: widest.uid, variant: widest.variant }, t), layout: widest.layout };
}

/** The lines under an SVG chart laid out as `layout` (its narrowest): what it left out, and what is too small to see. */
export function afterLines(spec: ChartSpec, layout: LayoutBase, t: Translate): { notes: string; hardToSee: string } {
  const type = chartTypeOf(spec);
  const hidden = type.kind === 'svg' && type.hardToSee ? type.hardToSee(spec, layout) : [];
  return { notes: notesLine(layout.notes, t), hardToSee: hardToSeeLine(hidden, t) };
}

/** The chart's markup for the page. */
export function chartFigure(spec: ChartSpec, figure: ChartFigureProps, t: Translate = useTranslations(figure.locale)): Root {
  const type = chartTypeOf(spec);
  if (type.kind === 'table') return h(null, type.html(chartTableModel(spec, figure.locale)!, { caption: figure.title, id: figure.id }, t, spec));
  // One SVG for every width where the chart has a fluid layout (and the figure asks for no widths of its own).
  const fluid = figure.widths ? null : chartFluidLayout(spec, figure.locale);
  const variants = fluid ? [{ variant: 'fluid' as const, uid: figure.id, layout: fluid }] : variantsOf(spec, figure);
  const narrowest = variants[0]?.layout;
  const { notes, hardToSee } = narrowest ? afterLines(spec, narrowest, t) : { notes: '', hardToSee: '' };
  const after: ElementContent[] = [];
  if (notes) after.push(h('p', { class: 'chart-notes' }, notes));
  if (hardToSee) after.push(h('p', { class: 'chart-after' }, hardToSee));
  // The chart is one tab stop (svg.ts rovingTabStop); this link, shown only when focused, lets a keyboard reader pass it by.
  const endId = `${figure.id}-end`;
  return h(null, [
    h('figure', { class: 'chart-figure', 'data-chart': type.figureKind?.(spec) ?? spec.type }, [
      h('a', { class: 'chart-skip', href: `#${endId}`, 'data-pagefind-ignore': '' }, t('chart.skip')),
      h(
        'div',
        // Tick labels and axis words read as noise in a search excerpt; the caption and data table carry the words.
        { class: 'chart-variants', 'data-pagefind-ignore': '' },
        variants.map((v, i) => {
          const next = variants[i + 1];
          return chartSvgOf(spec, v.layout, { title: figure.title, uid: v.uid, variant: v.variant, wider: next && { uid: next.uid, layout: next.layout } }, t);
        }),
      ),
      ...after,
      h('span', { class: 'chart-end', id: endId }),
    ]),
  ]);
}

/**
 * A build writes the same chart into its chapter page, the whole-report print page, its own
 * page and its embed, each in the chart's language: the markup is pure in the spec, the
 * figure and the words, so it is drawn and serialised once per chart object (as its layouts
 * are, layouts.ts) instead of once per page, which for a long ranking was most of a page's time.
 */
const figureHtml = new WeakMap<ChartSpec, Map<string, { t: Translate; html: string }>>();

/** The chart's markup as HTML, written as Astro writes attributes (an empty one without `=""`). */
export function chartFigureHtml(spec: ChartSpec, figure: ChartFigureProps, t: Translate = useTranslations(figure.locale)): string {
  let byFigure = figureHtml.get(spec);
  if (!byFigure) figureHtml.set(spec, (byFigure = new Map()));
  const key = JSON.stringify([figure.title, figure.id, figure.locale ?? null, figure.widths ?? null]);
  const cached = byFigure.get(key);
  if (cached?.t === t) return cached.html;
  const html = toHtml(chartFigure(spec, figure, t), { collapseEmptyAttributes: true });
  byFigure.set(key, { t, html });
  return html;
}
