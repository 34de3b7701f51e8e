import type { APIRoute } from 'astro';
import { loadCatalog } from '../data/catalog.ts';
import { buildDataPackage } from '../data/datapackage.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildDataPackage(loadCatalog()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
