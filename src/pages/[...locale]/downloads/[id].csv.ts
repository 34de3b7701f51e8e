import type { APIRoute, GetStaticPaths } from 'astro';
import { chartRoutes } from '../../../routes.ts';
import type { ChartEntry } from '../../../charts/entry.ts';
import { tableCsv } from '../../../embed/csv.ts';

/** /downloads/<id>.csv: the chart's data (entry.table), UTF-8 with BOM. */
export const getStaticPaths = chartRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(tableCsv((props as { entry: ChartEntry }).entry.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
