import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverPages, pageKind, urlPathOf } from '../../../scripts/verify/pages.ts';
import { serveStatic, type StaticServer } from '../../../scripts/verify/server.ts';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'verify-pages-'));
  for (const dir of ['charts', 'embed/a-top50-scores', '_astro']) mkdirSync(join(root, dir), { recursive: true });
  const html = (t: string) => `<!doctype html><title>${t}</title>${'<p>text</p>'.repeat(100)}`;
  writeFileSync(join(root, 'index.html'), html('home'));
  writeFileSync(join(root, 'charts/index.html'), html('charts'));
  writeFileSync(join(root, 'embed/a-top50-scores/index.html'), html('embed'));
  writeFileSync(join(root, '404.html'), html('not found'));
  writeFileSync(join(root, '_astro/a.css'), 'a{}');
  writeFileSync(join(root, '_headers'), "/*\n  Content-Security-Policy: frame-ancestors 'none'\n/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *\n");
  server = await serveStatic(root, { headers: 'cloudflare' });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('pages of a built site', () => {
  it('maps files to the URLs they are served at', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('charts/index.html')).toBe('/charts/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });

  it('finds every .html file, whatever pages exist', () => {
    expect(discoverPages(root).map((p) => p.path)).toEqual(['/', '/404.html', '/charts/', '/embed/a-top50-scores/']);
  });

  it('tells home, chapter and embed pages apart', () => {
    const chapters = { 'patents-2021': ['quality-index'], 'trends-2020': ['preface'] };
    expect(pageKind('/', chapters)).toBe('home');
    expect(pageKind('/embed/a-top50-scores/', chapters)).toBe('embed');
    expect(pageKind('/patents-2021/quality-index/', chapters)).toBe('chapter');
    expect(pageKind('/patents-2021/print/', chapters)).toBe('other');
    expect(pageKind('/charts/', chapters)).toBe('other');
  });
});

describe('the static server', () => {
  it('serves directories, redirects to the slash, and answers 404 with 404.html', async () => {
    expect((await fetch(`${server.origin}/charts/`)).status).toBe(200);
    const redirect = await fetch(`${server.origin}/charts`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/charts/']);
    const missing = await fetch(`${server.origin}/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('not found');
    expect((await fetch(`${server.origin}/..%2f..%2fetc/passwd`)).status).not.toBe(200);
  });

  it('gzips text and applies _headers', async () => {
    const response = await fetch(`${server.origin}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    const embed = await fetch(`${server.origin}/embed/a-top50-scores/`);
    expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *');
    // fetch decodes gzip itself; ask for the raw bytes with node:http semantics instead.
    const raw = await new Promise<Buffer>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(`${server.origin}/`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks)));
        }).on('error', reject),
      );
    });
    expect(gunzipSync(raw).toString()).toContain('<title>home</title>');
  });
});
