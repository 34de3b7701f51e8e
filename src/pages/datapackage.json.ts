import { loadCatalog, REPORTS } from '../reports/site.ts';
import type { APIRoute } from 'astro';
import { buildDataPackage } from '../data/datapackage.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildDataPackage(loadCatalog(), REPORTS), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
