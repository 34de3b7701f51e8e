import { chartRegistry } from '../../../reports/site.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartRoutes } from '../../../routes.ts';
import type { ChartEntry } from '../../../charts/entry.ts';
import { chartPng } from '../../../embed/downloads.ts';

/** /downloads/<id>.png: the standalone SVG rendered at 2× by resvg with the build's subset of the bundled CJK font. */
export const getStaticPaths = chartRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  const png = await chartPng((props as { entry: ChartEntry }).entry, site ?? url, chartRegistry((props as { entry: ChartEntry }).entry.locale));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
