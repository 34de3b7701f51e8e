import { loadCatalog, REPORTS } from '../reports/site.ts';
import type { APIRoute } from 'astro';
import { buildDataPackage } from '../data/datapackage.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildDataPackage(loadCatalog(), REPORTS, DEFAULT_LOCALE), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
