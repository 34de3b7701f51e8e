import { EDITIONS, loadCatalog, reportsIn } from '../reports/site.ts';
import type { APIRoute } from 'astro';
import { buildDataPackage } from '../data/datapackage.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';

/** /datapackage.json: one descriptor for every CSV, in the default language with every other edition's words under i18n. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildDataPackage(loadCatalog(), reportsIn, DEFAULT_LOCALE, EDITIONS.filter((l) => l !== DEFAULT_LOCALE)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
