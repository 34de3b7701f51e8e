import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng, THUMB_SCALE, type CardSpec } from '../../../embed/cards.ts';
import { allCards, chartCardRoutes } from '../../../routes.ts';
import { chartRegistry, EDITIONS } from '../../../reports/site.ts';

/** /cards/<id>.png: a chart's share card, 1200×630 (og:image); /cards/<id>.thumb.png: the same at half scale, for the gallery. */
export const getStaticPaths = chartCardRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  const { card, size } = props as { card: CardSpec; size: 'card' | 'thumb' };
  const all = allCards();
  const downloads = EDITIONS.flatMap((locale) => chartRegistry(locale));
  const png = await cardPng(card, all, downloads, site ?? url, size === 'thumb' ? THUMB_SCALE : 1);
  // Start every other chart card now, so the render workers run side by side while the build asks for them one at a time.
  for (const other of all) if (other.chart) for (const scale of [1, THUMB_SCALE]) cardPng(other, all, downloads, site ?? url, scale).catch(() => {});
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
