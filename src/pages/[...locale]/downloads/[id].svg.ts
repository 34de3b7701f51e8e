import type { APIRoute, GetStaticPaths } from 'astro';
import { chartRoutes } from '../../../routes.ts';
import type { ChartEntry } from '../../../charts/entry.ts';
import { chartStandaloneSvg } from '../../../embed/downloads.ts';

/** /downloads/<id>.svg: the chart as a standalone SVG file (palette and fonts inlined). */
export const getStaticPaths = chartRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  const { svg } = await chartStandaloneSvg((props as { entry: ChartEntry }).entry, site ?? url);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
