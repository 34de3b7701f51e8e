/**
 * The share cards of the site, as PNG files: one per chart and one per
 * chapter in each edition (og:image, 1200×630), and each chart's card at half
 * scale for the gallery's thumbnails (600×315, the same drawing). All of them
 * share the build's font subset with the downloads (downloads.ts' fontsFor)
 * and resvg's render pool and disk cache (png.ts), so a rebuild renders only
 * the cards whose drawing changed.
 */
import type { ChartEntry } from '../charts/entry.ts';
import { captionOf } from '../figure/caption.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg } from './card.ts';
import { chartDrawing, chartStandaloneSvg, fontsFor } from './downloads.ts';
import { renderPngCached } from './png.ts';

export { CARD_HEIGHT, CARD_WIDTH };

/** What one card shows. */
export interface CardSpec {
  /** Unique within the build, e.g. `en|chart|a-top50-scores`. */
  key: string;
  siteName: string;
  context: string;
  title: string;
  /** The chart drawn under the title; none for a chapter without charts. */
  chart?: ChartEntry;
  latin: boolean;
}

/** The thumbnails' scale: half the card, 600×315. */
export const THUMB_SCALE = 0.5;

const svgs = new Map<string, string>();

export function cardSpecSvg(spec: CardSpec): string {
  let svg = svgs.get(spec.key);
  if (svg === undefined) {
    // A chart of part of its rows says so on its card too, as on every other picture of it.
    const note = spec.chart ? captionOf(spec.chart).partial?.note : undefined;
    svg = cardSvg({ siteName: spec.siteName, context: spec.context, title: spec.title, latin: spec.latin, ...(spec.chart ? { chart: chartDrawing(spec.chart) } : {}), ...(note ? { note } : {}) });
    svgs.set(spec.key, svg);
  }
  return svg;
}

const pngs = new Map<string, Promise<Buffer>>();

/**
 * A card as PNG at `scale` (1: the card; THUMB_SCALE: the thumbnail). The
 * font subset is cut once for every card and download (`all`, `downloads`),
 * so the order in which the build asks for files does not change it.
 */
export function cardPng(spec: CardSpec, all: readonly CardSpec[], downloads: readonly ChartEntry[], site: URL | string, scale = 1): Promise<Buffer> {
  const key = `${spec.key}|${scale}|${site}`;
  let result = pngs.get(key);
  if (!result) {
    result = Promise.all(downloads.map((entry) => chartStandaloneSvg(entry, site))).then(async (standalone) => {
      const svg = cardSpecSvg(spec);
      const fonts = await fontsFor([svg, ...all.map(cardSpecSvg), ...standalone.map((s) => s.svg)]);
      return renderPngCached(svg, fonts, scale);
    });
    pngs.set(key, result);
  }
  return result;
}
