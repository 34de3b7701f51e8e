/**
 * CORS on what other sites' scripts read: the built site (dist/) served with
 * public/_headers as Netlify and as Cloudflare Pages apply it
 * (scripts/verify/server.ts), and a page on another origin (another port)
 * that reads oEmbed answers, the catalogue and downloads with fetch(), in both
 * editions. A page of the site itself stays unreadable from there, so the
 * test would notice a page that could not tell the two apart.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../scripts/verify/server.ts';
import { downloadPath, embedPath, oembedPath, pagePath } from '../../src/paths.ts';
import { LOCALE_IDS } from '../../src/i18n/locales.ts';
import { chartRegistry } from '../../src/reports/site.ts';

const DIST = 'dist';
const ID = 'a-top50-map';

/** Per edition: the files other sites may read. */
const READABLE = LOCALE_IDS.flatMap((locale) => {
  const entry = chartRegistry(locale).find((e) => e.id === ID)!;
  return [oembedPath(entry, locale), pagePath('/charts.json', locale), downloadPath(entry, 'csv', locale), downloadPath(entry, 'svg', locale), downloadPath(entry, 'png', locale)];
});
const PAGES = LOCALE_IDS.flatMap((locale) => [pagePath('/', locale), embedPath({ id: ID }, locale)]);

for (const host of ['cloudflare', 'netlify'] as const) {
  test.describe(`CORS with the ${host} reading of public/_headers`, () => {
    let site: StaticServer;
    let other: Server;
    let otherOrigin: string;

    test.beforeAll(async () => {
      test.skip(!existsSync(`${DIST}/_headers`), 'no dist/_headers (run npm run build)');
      site = await serveStatic(DIST, { headers: host });
      other = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom tool</title><link rel="icon" href="data:,"></head><body><h1>Charts</h1></body></html>');
      });
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    });
    test.afterAll(async () => {
      await site?.close();
      await new Promise((resolve) => (other ? other.close(resolve) : resolve(undefined)));
    });

    test('the headers: * on oEmbed, catalogue and downloads of both editions, none on pages', async ({ request }) => {
      for (const path of READABLE) {
        const response = await request.get(`${site.origin}${path}`, { headers: { origin: 'https://newsroom.example' } });
        expect(response.status(), path).toBe(200);
        expect(response.headers()['access-control-allow-origin'], path).toBe('*');
      }
      for (const path of PAGES) {
        const response = await request.get(`${site.origin}${path}`, { headers: { origin: 'https://newsroom.example' } });
        expect(response.status(), path).toBe(200);
        expect(response.headers()['access-control-allow-origin'], path).toBeUndefined();
      }
    });

    test("a page on another origin reads them with fetch(), and not the site's pages", async ({ page }) => {
      await page.goto(`${otherOrigin}/`);
      expect(new URL(page.url()).origin).not.toBe(site.origin);
      const results = await page.evaluate(
        async ({ origin, readable, pages }) => {
          const read = async (path: string) => {
            try {
              const response = await fetch(origin + path);
              const body = path.endsWith('.json') ? await response.json() : (await response.arrayBuffer()).byteLength;
              return { path, ok: response.ok, body };
            } catch (error) {
              return { path, ok: false, error: String(error) };
            }
          };
          return { readable: await Promise.all(readable.map(read)), pages: await Promise.all(pages.map(read)) };
        },
        { origin: site.origin, readable: READABLE, pages: PAGES },
      );
      for (const r of results.readable) expect(r, r.path).toMatchObject({ ok: true });
      const oembeds = results.readable.filter((r) => r.path.includes('/oembed/'));
      expect(oembeds).toHaveLength(LOCALE_IDS.length);
      for (const r of oembeds) expect(r.body, r.path).toMatchObject({ version: '1.0', type: 'rich', html: expect.stringContaining('<iframe') });
      for (const r of results.readable.filter((x) => x.path.endsWith('charts.json'))) expect((r.body as { charts: unknown[] }).charts.length, r.path).toBeGreaterThan(0);
      // Without CORS the browser hides the response: fetch() rejects.
      for (const r of results.pages) expect(r, r.path).toMatchObject({ ok: false, error: expect.stringMatching(/TypeError/) });
    });
  });
}
