import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng, type CardSpec } from '../../../../embed/cards.ts';
import { allCards, chapterCardRoutes } from '../../../../routes.ts';
import { chartRegistry, EDITIONS } from '../../../../reports/site.ts';

/** /cards/<report>/<chapter>.png: a chapter's share card, 1200×630 (og:image). */
export const getStaticPaths = chapterCardRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  const { card } = props as { card: CardSpec };
  const all = allCards();
  const downloads = EDITIONS.flatMap((locale) => chartRegistry(locale));
  const png = await cardPng(card, all, downloads, site ?? url);
  // Start every chapter's card now, so the render workers run side by side.
  for (const other of all) if (other.key.includes('|chapter|')) cardPng(other, all, downloads, site ?? url).catch(() => {});
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
