/**
 * The files behind each figure's 下载 menu, made at build time: the chart as
 * a standalone SVG (standalone.ts), that SVG as a 2× PNG (png.ts, with one
 * font subset for every chart of the build), and the chart's data as CSV
 * (csv.ts). The SVG is the wide variant of the very chart the pages show,
 * drawn by the same function (charts/chart-figure.ts) from the same layout;
 * charts the chart-type table draws as HTML tables are drawn from their
 * table model by table-svg.ts.
 */
import type { Element } from 'hast';
import { entryFigure, widestSvg } from '../charts/chart-figure.ts';
import type { ChartEntry } from '../charts/entry.ts';
import { chartTableModel, WIDE_WIDTH } from '../charts/layouts.ts';
import { cjkFonts, PNG_SCALE, renderPngCached, subsetCjkFonts, svgCharacters, type CjkFonts } from './png.ts';
import { chartUrls } from './snippet.ts';
import { standaloneSvg } from './standalone.ts';
import { tableSvg } from './table-svg.ts';

const svgs = new Map<string, Promise<{ svg: string; width: number; height: number }>>();

/** The chart's own <svg> as the downloads and share cards draw it: the wide variant, or its table drawn as SVG. */
export function chartDrawing(entry: ChartEntry): { svg: Element; width: number; height: number } {
  const model = chartTableModel(entry.chart, entry.locale);
  if (model) {
    const table = tableSvg(model, WIDE_WIDTH, entry.title);
    return { svg: table.svg, width: WIDE_WIDTH, height: table.height };
  }
  const { svg, layout } = widestSvg(entry.chart, entryFigure(entry));
  return { svg, width: layout.width, height: layout.height };
}

/** The standalone SVG of a chart; its width is the chart's wide layout width. */
export function chartStandaloneSvg(entry: ChartEntry, site: URL | string): Promise<{ svg: string; width: number; height: number }> {
  const key = `${entry.locale}|${entry.id}|${site}`;
  let result = svgs.get(key);
  if (!result) {
    // A promise, so that a failing chart fails the one download that asks for it.
    result = Promise.resolve().then(() => {
      const chart = chartDrawing(entry);
      return standaloneSvg({ entry, chart: chart.svg, chartWidth: chart.width, chartHeight: chart.height, chapterUrl: chartUrls(entry, site).chapter });
    });
    svgs.set(key, result);
  }
  return result;
}

/**
 * The PNG's size in px without rendering it: the standalone SVG's size (whole
 * px) at PNG_SCALE, which is what resvg's zoom gives (the oEmbed thumbnail
 * size; an e2e test reads it back from every built PNG).
 */
export async function chartPngSize(entry: ChartEntry, site: URL | string): Promise<{ width: number; height: number }> {
  const { width, height } = await chartStandaloneSvg(entry, site);
  return { width: Math.ceil(width * PNG_SCALE), height: Math.ceil(height * PNG_SCALE) };
}

const pngs = new Map<string, Promise<Buffer>>();

/** The font subset of this build: the characters of every standalone SVG asked for so far. */
let subset: { characters: Set<string>; fonts: Promise<CjkFonts> } | undefined;
/** SVGs whose characters are already in `subset`: each batch names all 32, and reading them once is enough. */
const counted = new Set<string>();

export function fontsFor(svgs: string[]): Promise<CjkFonts> {
  const fresh = svgs.filter((svg) => !counted.has(svg));
  for (const svg of fresh) counted.add(svg);
  const needed = new Set(fresh.flatMap((svg) => [...svgCharacters(svg)]));
  if (subset && [...needed].every((c) => subset!.characters.has(c))) return subset.fonts;
  // A chart outside the first batch drew new characters: cut a subset of everything seen.
  const characters = new Set([...(subset?.characters ?? []), ...needed]);
  subset = { characters, fonts: subsetCjkFonts(cjkFonts(), characters) };
  return subset.fonts;
}

function startPng(entry: ChartEntry, site: URL | string, batch: ChartEntry[]): Promise<Buffer> {
  const key = `${entry.locale}|${entry.id}|${site}`;
  let result = pngs.get(key);
  if (!result) {
    const svgs = Promise.all(batch.map((other) => chartStandaloneSvg(other, site)));
    result = Promise.all([chartStandaloneSvg(entry, site), svgs]).then(async ([{ svg }, all]) => renderPngCached(svg, await fontsFor([svg, ...all.map((s) => s.svg)])));
    pngs.set(key, result);
  }
  return result;
}

/**
 * The PNG of a chart. The first call starts every chart's render (`all`), so
 * they run side by side while the build asks for them one at a time.
 */
export function chartPng(entry: ChartEntry, site: URL | string, all: ChartEntry[] = [entry]): Promise<Buffer> {
  // One font subset serves the whole batch, so every render waits for all SVGs before it starts.
  const result = startPng(entry, site, all);
  for (const other of all) startPng(other, site, all).catch(() => {});
  return result;
}
