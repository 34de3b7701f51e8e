/**
 * The TOP50 score chart drawn at build time by two charting libraries, as a
 * site using them would prerender it: Observable Plot with a server DOM
 * (linkedom, passed as Plot's `document`) and Vega-Lite compiled to Vega and
 * rendered headless to SVG (`View.toSVG()`). Both come out as markup only;
 * build.ts writes each into a static page with the ranking table and no JS.
 * These are the strong peers: the same chart as ours, with nothing to run.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { parse as parseVega, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export interface ScoreRow {
  rank: number;
  company_zh: string;
  country_zh: string;
  country_code: string;
  score: number;
}

export interface ChartWords {
  title: string;
  subtitle: string;
  source: string;
  ariaLabel: string;
  scoreLabel: string;
  /** "…：99.0 分" — the tooltip of one bar. */
  tooltip: (label: string, score: number) => string;
}

/** The colours of build.ts's static page and the browser-drawn peer: China dark, the rest light. */
const CHINA = '#0b5cad';
const OTHERS = '#9fb9d6';
const labelOf = (r: ScoreRow) => `${r.rank}. ${r.company_zh}`;

/** Plot's figure (title, subtitle, SVG, caption) serialised from a linkedom document. */
export function plotFigure(rows: readonly ScoreRow[], words: ChartWords): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const data = rows.map((r) => ({ ...r, label: labelOf(r), china: r.country_code === 'CN' }));
  const figure = Plot.plot({
    document: document as unknown as Document,
    title: words.title,
    subtitle: words.subtitle,
    caption: words.source,
    ariaLabel: words.ariaLabel,
    marginLeft: 150,
    x: { label: words.scoreLabel, domain: [0, 100] },
    y: { label: null, domain: data.map((d) => d.label) },
    color: { domain: [true, false], range: [CHINA, OTHERS] },
    marks: [
      Plot.barX(data, { x: 'score', y: 'label', fill: 'china', title: (d: (typeof data)[number]) => words.tooltip(d.label, d.score) }),
      Plot.text(data, { x: 'score', y: 'label', text: (d: (typeof data)[number]) => d.score.toFixed(1), textAnchor: 'start', dx: 3 }),
      Plot.ruleX([0]),
    ],
  });
  return figure.outerHTML;
}

/** The same chart as a Vega-Lite spec: bars, their value labels, tooltips as SVG titles. */
export function vegaLiteSpec(rows: readonly ScoreRow[], words: ChartWords): TopLevelSpec {
  const values = rows.map((r) => ({ label: labelOf(r), score: r.score, china: r.country_code === 'CN', tooltip: words.tooltip(labelOf(r), r.score) }));
  const y = { field: 'label', type: 'nominal', sort: null, title: null } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: words.title, subtitle: words.subtitle },
    description: words.ariaLabel,
    width: 440,
    data: { values },
    encoding: { y, x: { field: 'score', type: 'quantitative', title: words.scoreLabel, scale: { domain: [0, 100] } } },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          color: { field: 'china', type: 'nominal', scale: { domain: [true, false], range: [CHINA, OTHERS] }, legend: null },
          tooltip: { field: 'tooltip', type: 'nominal' },
        },
      },
      { mark: { type: 'text', align: 'left', dx: 3 }, encoding: { text: { field: 'score', type: 'quantitative', format: '.1f' } } },
    ],
  };
}

/** The Vega-Lite chart rendered to SVG in Node, with no renderer attached to a page. */
export async function vegaLiteSvg(rows: readonly ScoreRow[], words: ChartWords): Promise<string> {
  const view = new View(parseVega(compile(vegaLiteSpec(rows, words)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
