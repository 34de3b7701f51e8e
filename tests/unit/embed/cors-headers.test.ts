/**
 * public/_headers as Netlify and Cloudflare Pages read it: what other sites'
 * scripts fetch (oEmbed, the catalogue, downloads; both editions) is sent with
 * `Access-Control-Allow-Origin: *`, exactly once; pages are not; and the
 * English embed pages may be framed like the Chinese ones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameableByAnySite, frameableByNone, headersFor, parseHeadersFile } from '../../../scripts/verify/headers-file.ts';
import { downloadPath, embedPath, oembedPath, pagePath } from '../../../src/paths.ts';
import { LOCALE_IDS } from '../../../src/i18n/locales.ts';
import { chartRegistry } from '../../../src/reports/site.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

const readable = LOCALE_IDS.flatMap((locale) => [
  pagePath('/charts.json', locale),
  ...chartRegistry(locale).flatMap((entry) => [
    oembedPath(entry, locale),
    downloadPath(entry, 'svg', locale),
    downloadPath(entry, 'png', locale),
    downloadPath(entry, 'csv', locale),
  ]),
]);
const notReadable = LOCALE_IDS.flatMap((locale) => [
  pagePath('/', locale),
  pagePath('/charts/', locale),
  pagePath('/data/', locale),
  embedPath({ id: 'a-top50-map' }, locale),
]).concat(['/embed.js', '/404.html', '/_astro/x.js', '/oembed.json', '/downloads']);

describe('CORS in public/_headers', () => {
  it('covers both editions', () => {
    expect(readable).toContain('/en/charts.json');
    expect(readable.some((p) => p.startsWith('/en/oembed/'))).toBe(true);
    expect(readable.some((p) => p.startsWith('/en/downloads/'))).toBe(true);
  });

  for (const host of ['cloudflare', 'netlify'] as const) {
    it(`lets any origin read oEmbed answers, the catalogue and downloads, once (${host})`, () => {
      const wrong = readable.filter((path) => headersFor(rules, path, host).get('access-control-allow-origin') !== '*');
      expect(wrong).toEqual([]);
    });

    it(`sends no CORS header with pages and scripts (${host})`, () => {
      const wrong = notReadable.filter((path) => headersFor(rules, path, host).has('access-control-allow-origin'));
      expect(wrong).toEqual([]);
    });

    it(`keeps the other headers on what it makes readable (${host})`, () => {
      for (const path of readable) {
        const headers = headersFor(rules, path, host);
        expect(headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(frameableByNone(headers), path).toBe(true);
      }
    });

    it(`lets any site frame the embed pages of every edition (${host})`, () => {
      for (const locale of LOCALE_IDS) {
        for (const entry of chartRegistry(locale).slice(0, 3)) {
          const headers = headersFor(rules, embedPath(entry, locale), host);
          expect(frameableByAnySite(headers), embedPath(entry, locale)).toBe(true);
          expect((headers.get('content-security-policy') ?? '').split(',').length, embedPath(entry, locale)).toBe(1);
        }
      }
    });
  }
});
