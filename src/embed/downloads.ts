/**
 * The files behind each figure's 下载 menu, made at build time: the chart as
 * a standalone SVG (standalone.ts), that SVG as a 2× PNG (png.ts), and the
 * chart's data as CSV (csv.ts). The SVG is the wide variant of the very chart
 * the pages show, rendered by ChartView through Astro's container API; table
 * charts are drawn by table-svg.ts.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartView from '../charts/ChartView.astro';
import chartCss from '../charts/chart.css?raw';
import { layoutRankingTable } from '../charts/ranking-table/layout.ts';
import type { ChartEntry } from '../charts/registry/types.ts';
import { chartLayout, chartTexts, WIDE_WIDTH } from './layouts.ts';
import { renderPngCached } from './png.ts';
import { chartUrls } from './snippet.ts';
import { pickWideSvg, standaloneSvg } from './standalone.ts';
import { tableSvg } from './table-svg.ts';

let container: ReturnType<typeof AstroContainer.create> | undefined;
const svgs = new Map<string, Promise<{ svg: string; width: number; height: number }>>();

async function chartSvg(entry: ChartEntry): Promise<{ svg: string; width: number; height: number }> {
  if (entry.chart.type === 'ranking-table') {
    const model = layoutRankingTable(entry.chart.rows, entry.chart.columns, entry.chart.options);
    const table = tableSvg(model, WIDE_WIDTH, entry.title);
    return { svg: table.svg, width: WIDE_WIDTH, height: table.height };
  }
  container ??= AstroContainer.create();
  const markup = await (await container).renderToString(ChartView, { props: { entry } });
  const svg = pickWideSvg(markup);
  const layout = chartLayout(entry.chart, WIDE_WIDTH);
  if (!svg || !layout) throw new Error(`chart "${entry.id}": no wide SVG in ChartView's markup`);
  return { svg, width: layout.width, height: layout.height };
}

/** The standalone SVG of a chart; its width is the chart's wide layout width. */
export function chartStandaloneSvg(entry: ChartEntry, site: URL | string): Promise<{ svg: string; width: number; height: number }> {
  const key = `${entry.id}|${site}`;
  let result = svgs.get(key);
  if (!result) {
    result = chartSvg(entry).then((chart) => {
      const texts = chartTexts(entry.chart);
      const svg = standaloneSvg({
        entry,
        chartSvg: chart.svg,
        chartWidth: chart.width,
        chartHeight: chart.height,
        chartCss,
        chartNotes: [texts.notes, texts.after],
        chapterUrl: chartUrls(entry, site).chapter,
      });
      const height = Number(svg.match(/<svg [^>]*height="(\d+)"/)?.[1] ?? 0);
      return { svg, width: chart.width, height };
    });
    svgs.set(key, result);
  }
  return result;
}

const pngs = new Map<string, Promise<Buffer>>();

function startPng(entry: ChartEntry, site: URL | string): Promise<Buffer> {
  const key = `${entry.id}|${site}`;
  let result = pngs.get(key);
  if (!result) {
    result = chartStandaloneSvg(entry, site).then(({ svg }) => renderPngCached(svg));
    pngs.set(key, result);
  }
  return result;
}

/**
 * The PNG of a chart. The first call starts every chart's render (`all`), so
 * they run side by side while the build asks for them one at a time.
 */
export function chartPng(entry: ChartEntry, site: URL | string, all: ChartEntry[] = [entry]): Promise<Buffer> {
  const result = startPng(entry, site);
  for (const other of all) startPng(other, site).catch(() => {});
  return result;
}
