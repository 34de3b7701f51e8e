/**
 * `npm run verify`: quality gates over the built site (dist/, every .html
 * file in it). Build first (`npm run build`).
 *
 *   html     the Nu HTML checker (vnu-jar), zero errors
 *   links    linkinator, zero broken internal links or #fragments
 *   browser  Chromium: no console error or warning, no request leaving the machine
 *   axe      axe-core, WCAG 2.2 A and AA, zero violations (contrast also in dark mode)
 *   meta     every page has a title, a description and lang
 *   alt      every image and chart has a text alternative
 *   csp      a CSP meta on every page that allows no other origin and covers every inline script by hash
 *   editions every page has its twin in the other language, with lang, hreflang and a switch;
 *            English pages are under 2% CJK; each chapter shows the same numbers in both
 *   figures  every figure in chapter prose is a <data> bound to its dataset row (prints the bound share)
 *
 * Each failure is printed as page, where (selector, line or link), [rule] and
 * message; the command exits 1 on any failure.
 *
 * Options (environment): VERIFY_DIST (default dist), VERIFY_PORT (default: a
 * free port), VERIFY_ONLY=html,links,browser (run some gates), VERIFY_PAGES
 * (comma-separated URL paths, default every page), VERIFY_CONCURRENCY (tabs, default 2),
 * SITE_URL (the site address canonical links use, default http://localhost:4321),
 * VERIFY_TIMING=1 (print how long each page took in the browser).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chapterPages, EDITIONS } from '../../src/reports/site.ts';
import { chapterPath } from '../../src/paths.ts';
import { runBrowserGate } from './browser-gate.ts';
import { runEditionsGate } from './editions-gate.ts';
import { boundShare, runFiguresGate } from './figures-gate.ts';
import { runLinksGate } from './links-gate.ts';
import { discoverPages, urlPathOf } from './pages.ts';
import { formatResult, type GateResult } from './report.ts';
import { serveStatic } from './server.ts';
import { runSpacingGate } from './spacing-gate.ts';
import { runVnuGate } from './vnu-gate.ts';

const root = resolve(process.env.VERIFY_DIST ?? 'dist');
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`verify: no built site at ${root} (run npm run build first)`);
  process.exit(2);
}
const only = new Set((process.env.VERIFY_ONLY ?? 'html,links,browser,editions,figures,spacing').split(',').map((s) => s.trim()));
const wanted = process.env.VERIFY_PAGES?.split(',').map((s) => s.trim());
const allPages = discoverPages(root);
const pages = wanted ? allPages.filter((p) => wanted.includes(p.path)) : allPages;
const started = Date.now();
console.log(`verify: ${pages.length} page(s) in ${root}`);

const server = await serveStatic(root, { port: Number(process.env.VERIFY_PORT ?? 0), headers: 'cloudflare' });
let results: GateResult[];
try {
  const gates: Promise<GateResult>[] = [];
  if (only.has('html')) gates.push(runVnuGate(root, pages, urlPathOf));
  if (only.has('links')) gates.push(runLinksGate({ origin: server.origin, pages, site: process.env.SITE_URL ?? 'http://localhost:4321' }));
  if (only.has('browser')) gates.push(runBrowserGate({ origin: server.origin, pages, concurrency: Number(process.env.VERIFY_CONCURRENCY ?? 2) }));
  if (only.has('editions')) {
    const chapters = new Set(chapterPages().map((p) => chapterPath(p.report.id, p.chapter.slug)));
    // The twins are looked for among every built page, even when VERIFY_PAGES checks a few.
    gates.push(Promise.resolve(runEditionsGate(root, pages, chapters, allPages)));
  }
  if (only.has('figures')) {
    const chapters = new Set(chapterPages().flatMap((p) => EDITIONS.map((locale) => chapterPath(p.report.id, p.chapter.slug, locale))));
    const figures = runFiguresGate(root, pages, (path) => chapters.has(path));
    console.log(`verify: figures: ${boundShare(figures)}`);
    gates.push(Promise.resolve(figures));
  }
  if (only.has('spacing')) gates.push(Promise.resolve(runSpacingGate(root, pages)));
  results = await Promise.all(gates);
} finally {
  await server.close();
}

// The browser gate reports several kinds of failure; show each as its own gate.
const shown: GateResult[] = [];
for (const result of results) {
  if (result.gate !== 'browser') {
    shown.push(result);
    continue;
  }
  for (const gate of ['browser', 'axe', 'meta', 'alt', 'csp']) {
    const failures = result.failures.filter((f) => f.gate === gate);
    shown.push({ gate, failures, checked: result.checked, ms: result.ms, ...(gate === 'browser' && result.error ? { error: result.error } : {}) });
  }
}
for (const result of shown) console.log(formatResult(result));
const failed = shown.filter((r) => r.failures.length > 0 || r.error);
const total = shown.reduce((n, r) => n + r.failures.length, 0);
console.log(
  failed.length === 0
    ? `verify: all gates passed on ${pages.length} page(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`
    : `verify: FAILED: ${total} failure(s) in ${failed.map((r) => r.gate).join(', ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
process.exit(failed.length === 0 ? 0 : 1);
