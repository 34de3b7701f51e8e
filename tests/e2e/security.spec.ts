/**
 * The security baseline of the built site (dist/): every page carries a
 * Content-Security-Policy that allows no other origin and covers each inline
 * script by hash; Chromium enforces it; and the host headers (public/_headers)
 * let any site frame the embed pages and no site frame the others.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { cspFindings } from '../../scripts/verify/csp.ts';
import { discoverPages } from '../../scripts/verify/pages.ts';
import { serveStatic, type StaticServer } from '../../scripts/verify/server.ts';

const DIST = 'dist';
const pages = existsSync(DIST) ? discoverPages(DIST) : [];

test('every built page has a CSP meta that covers each inline script by hash', () => {
  expect(pages.length, 'no pages in dist/ (run npm run build)').toBeGreaterThan(0);
  const problems: string[] = [];
  for (const page of pages) {
    for (const f of cspFindings(readFileSync(join(DIST, page.file), 'utf8'))) problems.push(`${page.path} ${f.where} [${f.rule}] ${f.message}`);
  }
  expect(problems).toEqual([]);
});

test('Chromium refuses an inline script the policy does not list', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const seen = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    const directive = await Promise.race([seen, new Promise<string>((resolve) => setTimeout(() => resolve('none'), 2000))]);
    return { injected: (window as unknown as { __injected?: boolean }).__injected === true, directive };
  });
  expect(ran.injected).toBe(false);
  expect(ran.directive).toMatch(/^script-src/);
  expect(violations.length).toBeGreaterThan(0);
});

for (const host of ['cloudflare', 'netlify'] as const) {
  test.describe(`framing with the ${host} reading of public/_headers`, () => {
    let site: StaticServer;
    let other: StaticServer;
    let otherRoot: string;
    const embed = pages.find((p) => /^\/embed\/[^/]+\/$/.test(p.path));
    const plain = pages.filter((p) => !p.path.startsWith('/embed/') && p.path.endsWith('/')).slice(0, 3);
    const framed = [...(embed ? [embed] : []), ...plain];

    test.beforeAll(async () => {
      site = await serveStatic(DIST, { headers: host });
      // Another origin (another port) that frames the site's pages.
      otherRoot = mkdtempSync(join(tmpdir(), 'ledger-frame-'));
      const frames = framed.map((p, i) => `<iframe name="f${i}" title="${p.path}" src="${site.origin}${p.path}"></iframe>`);
      writeFileSync(join(otherRoot, 'index.html'), `<!doctype html><html lang="en"><title>host</title>${frames.join('')}</html>`);
      other = await serveStatic(otherRoot);
    });
    test.afterAll(async () => {
      await site?.close();
      await other?.close();
      rmSync(otherRoot, { recursive: true, force: true });
    });

    test('another site can frame an embed page and no other page', async ({ page }) => {
      test.skip(!embed, 'no /embed/<id>/ page in dist yet');
      await page.goto(`${other.origin}/`, { waitUntil: 'load' });
      const frameOf = (path: string) => page.frame({ name: `f${framed.findIndex((p) => p.path === path)}` });
      const embedFrame = frameOf(embed!.path);
      expect(embedFrame?.url()).toBe(`${site.origin}${embed!.path}`);
      await expect(embedFrame!.locator('svg, table').first()).toBeAttached();
      for (const p of plain) {
        const frame = frameOf(p.path);
        // A refused frame shows Chromium's error page instead of the document.
        expect(frame?.url(), p.path).not.toBe(`${site.origin}${p.path}`);
      }
    });
  });
}
