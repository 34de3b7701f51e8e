/**
 * Share cards: the picture a social site or chat app shows beside a link
 * (og:image), 1200×630 as Facebook, LinkedIn and X ask, made at build time
 * from the same chart tree as the pages and downloads (downloads.ts'
 * `chartDrawing`), painted with the light palette and drawn by resvg with the
 * build's subset of the bundled CJK font (png.ts).
 *
 * A card must read as a thumbnail a few hundred pixels wide, so it carries
 * the site's name, one line of context (report and chapter), the title in
 * large type and then as much of the chart as fits: a chart taller than the
 * space left is drawn at no less than half the width it would fill and cut at
 * the bottom, under a fade, rather than shrunk into illegible marks.
 */
import type { Element, ElementContent } from 'hast';
import { toXast } from 'hast-util-to-xast';
import { s } from 'hastscript';
import { toXml } from 'xast-util-to-xml';
import { paintChart } from '../charts/paint.ts';
import { PALETTE, type ChartColours } from '../charts/palette.ts';
import { LINE_HEIGHT, wrapText } from '../charts/text.ts';
import { FONT_FAMILY } from './standalone.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD = 48;

export interface CardInput {
  /** The site's name, top left. */
  siteName: string;
  /** One line above the title: report and chapter. */
  context: string;
  title: string;
  /** The chart's own <svg> (unpainted), with its layout size; none for a card of text alone. */
  chart?: { svg: Element; width: number; height: number };
  /** A line under the chart, when the chart shows only part of its data ("前 50 名，共 500 家；完整名单见数据页"). */
  note?: string;
  /** Cards in Latin-script editions straighten curly quotes, which the CJK font sets full-width. */
  latin?: boolean;
  colours?: ChartColours;
}

/** The lines of `text` at `size` in `width`, at most `maxLines`, the last one ending in an ellipsis when cut. */
function lines(text: string, width: number, size: number, maxLines: number): string[] {
  return wrapText(text, width, size, maxLines).lines;
}

/** The card as an SVG document, CARD_WIDTH × CARD_HEIGHT. */
export function cardSvg({ siteName, context, title, chart, note, latin = false, colours = PALETTE.light }: CardInput): string {
  const inner = CARD_WIDTH - 2 * PAD;
  const children: ElementContent[] = [s('rect', { width: CARD_WIDTH, height: CARD_HEIGHT, fill: colours.bg })];
  // A band in the site's first chart colour marks every card as ours, even at thumbnail size.
  children.push(s('rect', { width: CARD_WIDTH, height: 10, fill: colours.slots[0] }));
  let y = PAD + 12;
  children.push(s('text', { x: PAD, y: y + 10, 'font-size': 26, 'font-weight': 700, fill: colours.slots[0] }, siteName));
  const contextLine = lines(context, inner, 22, 1)[0] ?? '';
  children.push(s('text', { x: PAD, y: y + 46, 'font-size': 22, fill: colours.muted }, contextLine));
  y += 70;
  // A long title steps down a size and takes a third line rather than losing its end.
  let titleSize = chart ? 40 : 56;
  let titleLines = lines(title, inner, titleSize, chart ? 2 : 4);
  if (chart && wrapText(title, inner, titleSize, 2).truncated) {
    titleSize = 34;
    titleLines = lines(title, inner, titleSize, 3);
  }
  const pitch = titleSize * LINE_HEIGHT;
  children.push(
    s(
      'text',
      { 'font-size': titleSize, 'font-weight': 700, fill: colours.ink },
      titleLines.map((line, i) => s('tspan', { x: PAD, y: (y + pitch * i + pitch / 2 + titleSize * 0.35).toFixed(1) }, line)),
    ),
  );
  y += pitch * titleLines.length + 20;
  // The note keeps a line of its own at the foot, under the chart and its fade.
  const noteSize = 22;
  const noteSpace = note ? noteSize * LINE_HEIGHT + 8 : 0;
  if (chart) {
    const boxHeight = CARD_HEIGHT - PAD / 2 - y - noteSpace;
    const fitWidth = inner / chart.width;
    const scale = Math.min(fitWidth, Math.max(boxHeight / chart.height, fitWidth / 2));
    const shownHeight = Math.min(chart.height, boxHeight / scale);
    const painted = paintChart(chart.svg, colours);
    const drawnWidth = chart.width * scale;
    // The chart's own viewport clips what does not fit: a viewBox over its top part only.
    children.push({
      ...painted,
      properties: {
        ...painted.properties,
        x: (PAD + (inner - drawnWidth) / 2).toFixed(1),
        y: y.toFixed(1),
        width: drawnWidth.toFixed(1),
        height: (shownHeight * scale).toFixed(1),
        viewBox: `0 0 ${chart.width} ${shownHeight.toFixed(1)}`,
      },
    });
    if (shownHeight < chart.height) {
      const fade = 60;
      const top = y + shownHeight * scale - fade;
      children.push(
        s('defs', [
          s('linearGradient', { id: 'card-fade', x1: 0, y1: 0, x2: 0, y2: 1 }, [
            s('stop', { offset: 0, 'stop-color': colours.bg, 'stop-opacity': 0 }),
            s('stop', { offset: 1, 'stop-color': colours.bg, 'stop-opacity': 1 }),
          ]),
        ]),
        s('rect', { x: 0, y: top.toFixed(1), width: CARD_WIDTH, height: fade, fill: 'url(#card-fade)' }),
      );
    }
  }
  if (note) {
    const noteLine = lines(note, inner, noteSize, 1)[0] ?? '';
    children.push(s('text', { x: PAD, y: (CARD_HEIGHT - PAD / 2 - noteSize * 0.4).toFixed(1), 'font-size': noteSize, fill: colours.muted }, noteLine));
  }
  const root = s('svg', { xmlns: 'http://www.w3.org/2000/svg', width: CARD_WIDTH, height: CARD_HEIGHT, viewBox: `0 0 ${CARD_WIDTH} ${CARD_HEIGHT}`, 'font-family': FONT_FAMILY }, [
    s('title', title),
    ...children,
  ]);
  if (latin) straighten(root);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(toXast(root, { space: 'svg' }))}\n`;
}

function straighten(node: ElementContent | Element): void {
  if (node.type === 'text') node.value = node.value.replace(/[\u2018\u2019]/gu, "'").replace(/[\u201c\u201d]/gu, '"');
  else if (node.type === 'element') for (const child of node.children) straighten(child);
}
