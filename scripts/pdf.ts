/**
 * `npm run pdf`: one PDF per chapter and one per whole report, printed by
 * Chromium from the built site with the print stylesheet, into
 * public/pdf/<report>/<chapter>.pdf and public/pdf/<report>/all.pdf (with
 * public/pdf/manifest.json: page counts). Then the site is built again so
 * dist/ holds the PDFs and the chapter pages link to them.
 *
 *   npm run pdf                  build if dist/ is missing, print, rebuild
 *   npm run pdf -- --build       build first even if dist/ exists
 *   npm run pdf -- --no-rebuild  leave dist/ as it is after printing
 *
 * The built site is served by `astro preview` on port 4333 (PDF_PORT to change).
 */
import { EDITIONS, reportsIn } from '../src/reports/site.ts';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chapterPath } from '../src/paths.ts';
import { PDF_DIR, PDF_MANIFEST, pdfFile, pdfName, type PdfManifest } from '../src/print/pdf-files.ts';
import { reportPrintPath } from '../src/paths.ts';
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from '../tests/chromium.ts';
import { readPdf } from '../tests/pdf-text.ts';
import { printPage } from './pdf-print.ts';

const PORT = Number(process.env.PDF_PORT ?? 4333);
const BASE = `http://127.0.0.1:${PORT}`;
const PARALLEL = 2;
const args = new Set(process.argv.slice(2));

interface Job {
  name: string;
  path: string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function build(): number {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
  return performance.now() - started;
}

async function startPreview(): Promise<ChildProcess> {
  const server = spawn(join('node_modules', '.bin', 'astro'), ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`astro preview exited (${server.exitCode}); is port ${PORT} taken?`);
    try {
      if ((await fetch(`${BASE}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill();
  throw new Error(`astro preview did not answer on ${BASE} within 60 s`);
}

/** Prints one page to its PDF and returns the page count. */
async function print(browser: Browser, job: Job): Promise<{ pages: number; bytes: number }> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(`${BASE}${job.path}`, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${job.path}: HTTP ${response?.status()}`);
    // Links to other pages of the site would point at this preview server in the PDF:
    // point them at the site's public address (the canonical link's origin), or, for
    // a local build without one, leave them as plain text. In-page links stay.
    await page.evaluate(() => {
      const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
      const publicOrigin = canonical && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(canonical) ? new URL(canonical).origin : undefined;
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const url = new URL(a.href);
        if (url.origin !== location.origin) continue;
        if (url.pathname === location.pathname && url.hash) continue;
        if (publicOrigin) {
          a.href = `${publicOrigin}${url.pathname}${url.hash}`;
          a.dataset.printInternal = '';
        } else {
          a.removeAttribute('href');
        }
      }
    });
    const pdf = await printPage(page, { path: join(PDF_DIR, pdfFile(job.name)) });
    const { pages } = await readPdf(pdf);
    return { pages: pages.length, bytes: pdf.byteLength };
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);

  let buildMs = 0;
  if (args.has('--build') || !existsSync(join('dist', 'index.html'))) buildMs = build();

  // Both editions: each chapter and each whole report, in Chinese and in English.
  const jobs: Job[] = EDITIONS.flatMap((locale) =>
    reportsIn(locale).flatMap((report) => [
      ...report.chapters.map((chapter) => ({ name: pdfName(report.id, chapter.slug, locale), path: chapterPath(report.id, chapter.slug, locale) })),
      { name: pdfName(report.id, 'all', locale), path: reportPrintPath(report.id, locale) },
    ]),
  );

  rmSync(PDF_DIR, { recursive: true, force: true });
  const printStarted = performance.now();
  const server = await startPreview();
  const manifest: PdfManifest = {};
  const rows: string[] = [];
  try {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const queue = [...jobs];
      const worker = async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const result = await print(browser, job);
          manifest[job.name] = result;
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
  const ordered: PdfManifest = {};
  for (const job of jobs) {
    const entry = manifest[job.name];
    if (!entry) continue;
    ordered[job.name] = entry;
    rows.push(`  ${join(PDF_DIR, pdfFile(job.name)).padEnd(44)} ${String(entry.pages).padStart(3)} 页  ${String(Math.round(entry.bytes / 1024)).padStart(5)} KB`);
  }
  writeFileSync(join(PDF_DIR, PDF_MANIFEST), `${JSON.stringify(ordered, null, 2)}\n`);
  const printMs = performance.now() - printStarted;
  console.log(`\n${jobs.length} PDFs (A4) in ${seconds(printMs)}:\n${rows.join('\n')}\n`);

  let rebuildMs = 0;
  if (!args.has('--no-rebuild')) {
    console.log('Building the site again, so dist/ has the PDFs and the pages link to them …');
    rebuildMs = build();
  }
  const parts = [buildMs && `build ${seconds(buildMs)}`, `printing ${seconds(printMs)}`, rebuildMs && `rebuild ${seconds(rebuildMs)}`].filter(Boolean);
  console.log(`npm run pdf: ${seconds(performance.now() - started)} (${parts.join(', ')})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
