import type { APIRoute, GetStaticPaths } from 'astro';
import { chartRegistry } from '../../charts/registry/index.ts';
import type { ChartEntry } from '../../charts/registry/types.ts';
import { chartStandaloneSvg } from '../../embed/downloads.ts';

/** /downloads/<id>.svg: the chart as a standalone SVG file (palette and fonts inlined). */
export const getStaticPaths = (() => chartRegistry().map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  const { svg } = await chartStandaloneSvg((props as { entry: ChartEntry }).entry, site ?? url);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
