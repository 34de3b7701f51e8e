/**
 * A chart as a standalone SVG file, for the SVG and PNG downloads: the wide
 * variant of the chart the site draws (the same tree, from
 * charts/chart-figure.ts, or a table drawn by table-svg.ts), with its title
 * and subtitle above and its source, notes and the site's credit below, all
 * as SVG text. The page's CSS custom properties do not exist outside the
 * site, so every element gets chart.css's light-theme paint as presentation
 * attributes with concrete colours from palette.ts (charts/paint.ts), which
 * resvg, browsers and editors all understand, and the font family is set on
 * the root.
 */
import type { Element, ElementContent } from 'hast';
import { toXast } from 'hast-util-to-xast';
import { s } from 'hastscript';
import { toXml } from 'xast-util-to-xml';
import { paintChart } from '../charts/paint.ts';
import { PALETTE, type ChartColours } from '../charts/palette.ts';
import type { ChartEntry } from '../charts/entry.ts';
import { LINE_HEIGHT, wrapText } from '../charts/text.ts';
import { captionOf, captionText } from '../figure/caption.ts';
import { localeInfo } from '../i18n/locales.ts';

export const FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

interface TextBlock {
  text: string;
  size: number;
  /** `sa-title` (ink, bold) or `sa-muted`. */
  className: 'sa-title' | 'sa-muted';
  indent?: number;
  gapBefore?: number;
}

/** Wrapped lines of text blocks stacked from `top`; returns the <text> elements and the height used. */
function textBlocks(blocks: TextBlock[], top: number, width: number, colours: ChartColours): { texts: Element[]; height: number } {
  let y = top;
  const texts: Element[] = [];
  for (const block of blocks) {
    if (!block.text.trim()) continue;
    y += block.gapBefore ?? 0;
    const x = block.indent ?? 0;
    const lines = wrapText(block.text, width - x, block.size, Number.POSITIVE_INFINITY).lines;
    const pitch = block.size * LINE_HEIGHT;
    const tspans = lines.map((line, i) => s('tspan', { x, y: (y + pitch * i + pitch / 2 + block.size * 0.35).toFixed(1) }, line));
    const paint = block.className === 'sa-title' ? { fill: colours.ink, 'font-weight': 700 } : { fill: colours.muted };
    texts.push(s('text', { class: block.className, 'font-size': block.size, ...paint }, tspans));
    y += pitch * lines.length;
  }
  return { texts, height: y - top };
}

export interface StandaloneInput {
  entry: ChartEntry;
  /** The chart's own <svg> (the wide variant the pages draw, or a table drawn by tableSvg). */
  chart: Element;
  chartWidth: number;
  chartHeight: number;
  /** The chapter's absolute URL, for the credit (a file cannot link). */
  chapterUrl: string;
  /** The colours to paint with (default: the light theme). */
  colours?: ChartColours;
}

/**
 * The files are drawn with the bundled CJK font, which sets curly quotes and
 * apostrophes full-width ("report’ s"); in another language's file they
 * become straight ones, which it draws at Latin width. Pages keep them curly.
 */
function straightenQuotes(node: ElementContent | Element): void {
  if (node.type === 'text') {
    node.value = node.value.replace(/[\u2018\u2019]/gu, "'").replace(/[\u201c\u201d]/gu, '"');
    return;
  }
  if (node.type === 'element') for (const child of node.children) straightenQuotes(child);
}

/** One element a line, so the file reads well. */
const lined = (elements: ElementContent[]): ElementContent[] => [...elements.flatMap((e): ElementContent[] => [{ type: 'text', value: '\n' }, e]), { type: 'text', value: '\n' }];

/**
 * The standalone SVG document: header, chart, footer (all from the entry's
 * caption), opaque background, width = the chart's layout width.
 */
export function standaloneSvg({ entry, chart, chartWidth, chartHeight, chapterUrl, colours = PALETTE.light }: StandaloneInput): { svg: string; width: number; height: number } {
  const width = chartWidth;
  const pad = 12;
  const caption = captionOf(entry);
  const header = textBlocks(
    [
      { text: caption.title, size: 20, className: 'sa-title' },
      { text: caption.subtitle ?? '', size: 14, className: 'sa-muted', gapBefore: 2 },
    ],
    pad,
    width,
    colours,
  );
  const chartTop = pad + header.height + 12;
  const footerTop = chartTop + chartHeight + 4;
  const footer = textBlocks(
    [
      ...caption.chartNotes.map((text) => ({ text, size: 13, className: 'sa-muted' as const, gapBefore: 6 })),
      { text: caption.source, size: 12, className: 'sa-muted', gapBefore: 8 },
      // The page lists notes with bullets; a file draws its own.
      ...caption.notes.map((note) => ({ text: `· ${note}`, size: 12, className: 'sa-muted' as const, gapBefore: 1 })),
      { text: captionText(entry.locale).creditFile(chapterUrl), size: 12, className: 'sa-muted', gapBefore: 6 },
    ],
    footerTop,
    width,
    colours,
  );
  const height = Math.ceil(footerTop + footer.height + pad);
  const painted = paintChart(chart, colours);
  const inner: Element = { ...painted, properties: { x: '0', y: chartTop.toFixed(1), ...painted.properties } };
  const root = s(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY },
    lined([s('title', caption.title), s('rect', { width, height, fill: colours.bg }), ...header.texts, inner, ...footer.texts]),
  );
  // An XML file, written by an XML serialiser: HTML's rules leave a "<" from
  // the data raw inside attribute values, which XML (and resvg) refuse.
  if (!localeInfo(entry.locale).htmlLang.startsWith('zh')) straightenQuotes(root);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(toXast(root, { space: 'svg' }))}\n`;
  return { svg, width, height };
}
