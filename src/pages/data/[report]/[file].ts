import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetFileRoutes } from '../../../routes.ts';

/** Each dataset's CSV, as stored and with a byte-order mark for Excel (routes.ts). */
export const getStaticPaths = datasetFileRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
